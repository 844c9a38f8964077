// A password given on standard input (`stationctl user add|passwd --password-stdin`):
// PasswordReader on any bytes, then the PasswordPolicy check the account service makes.
// The reader keeps the first line exactly (without its line break), and a password the
// policy accepts must be one the login screen can type: valid UTF-8 without NUL or other
// control characters, since the GUI hashes the UTF-8 of what was typed.
#include "Console.h"
#include "FuzzSupport.h"
#include "PasswordReader.h"
#include "security/PasswordPolicy.h"

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

bool typeable(const QByteArray &bytes) {
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        return false; // not UTF-8: no keyboard makes these bytes
    }
    return std::none_of(text.begin(), text.end(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytesOf(data, size);
    QByteArray out;
    QString err;
    Console console(&out, &err, input);
    PasswordReader reader(console, console.inputFd());
    const auto secret = reader.read(u"Password: "_s);
    if (!secret) {
        fuzz::check(secret.error().field == u"password"_s && !secret.error().message.isEmpty(),
                    "a refused password without a message on its field");
        return 0;
    }
    QByteArray line = input.left(input.indexOf('\n'));
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    fuzz::check(secret->utf8() == line, "the password is not the first line as given",
                QString::fromLatin1(line.toPercentEncoding()));
    if (PasswordPolicy().check(*secret)) {
        fuzz::check(typeable(secret->utf8()),
                    "a password is accepted that the login screen cannot type",
                    QString::fromLatin1(secret->utf8().toPercentEncoding()));
    }
    return 0;
}
