// DatabaseUrl::parse on any text (a --database value or STATIONDESK_DATABASE). Besides
// crashes it checks what a caller relies on: a SQLite path is absolute, a PostgreSQL URL
// names one database, and a password never shows: the input is also parsed with a known
// password put into its user part (and once as a password= parameter), which no message
// and no display name may contain.
#include "FuzzSupport.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QDir>

using namespace sd;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"Fz9SecretPw"_s;

void checkParsed(const QString &text, bool hasSecret) {
    const auto url = DatabaseUrl::parse(text);
    if (!url) {
        fuzz::check(!url.error().message.isEmpty(), "a refused URL has no message", text);
        fuzz::check(!hasSecret || !url.error().message.contains(kSecret),
                    "a refused database URL shows its password", url.error().message);
        return;
    }
    const QString shown = url->displayName();
    fuzz::check(!hasSecret || !shown.contains(kSecret), "the display name shows the password",
                shown);
    if (url->engine == Engine::Sqlite) {
        fuzz::check(QDir::isAbsolutePath(url->path), "a SQLite path is not absolute", url->path);
        return;
    }
    fuzz::check(!url->database.isEmpty() && !url->database.contains(u'/'),
                "a PostgreSQL URL without exactly one database", url->database);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = fuzz::textOf(data, size);
    checkParsed(text, false);
    // The same URL with a password: "scheme://user@host/…" becomes
    // "scheme://user:SECRET@host/…" (the last @ before the path ends the user part).
    const qsizetype scheme = text.indexOf(u"://"_s);
    if (scheme < 0) {
        return 0;
    }
    qsizetype end = scheme + 3;
    while (end < text.size() && text[end] != u'/' && text[end] != u'?' && text[end] != u'#') {
        ++end;
    }
    const qsizetype at = text.lastIndexOf(u'@', end - 1);
    if (at >= scheme + 3) {
        checkParsed(text.left(at) + u':' + kSecret + text.mid(at), true);
    }
    // …and as libpq's password parameter.
    checkParsed(text + (text.contains(u'?') ? u'&' : u'?') + u"password="_s + kSecret, true);
    return 0;
}
