// A password given on standard input (`stationctl user add|passwd --password-stdin`):
// PasswordReader on any bytes, then the PasswordPolicy check the account service makes.
// The reader keeps the first line exactly (without its line break and a leading byte order
// mark), and what it returns can be typed at the login screen, which hashes the UTF-8 of
// what was typed: valid UTF-8 without control characters (NUL, tab, ESC, DEL).
#include "FuzzSupport.h"
#include "app/stationctl/Console.h"
#include "app/stationctl/PasswordReader.h"
#include "core/kernel/security/PasswordPolicy.h"

#include <QStringDecoder>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

bool typeable(const QByteArray &bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.toUtf8() != bytes) {
        return false; // not UTF-8: no keyboard makes these bytes
    }
    return std::none_of(bytes.begin(), bytes.end(),
                        [](char c) { return quint8(c) < 0x20 || c == 0x7F; });
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
    const qsizetype end = input.indexOf('\n');
    QByteArray line = end < 0 ? input : input.left(end);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (line.startsWith("\xEF\xBB\xBF")) {
        line.remove(0, 3);
    }
    fuzz::check(secret->utf8() == line, "the password is not the first line as given",
                QString::fromLatin1(line.toPercentEncoding()));
    fuzz::check(typeable(secret->utf8()),
                "a password is accepted that the login screen cannot type",
                QString::fromLatin1(secret->utf8().toPercentEncoding()));
    static_cast<void>(PasswordPolicy().check(*secret));
    return 0;
}
