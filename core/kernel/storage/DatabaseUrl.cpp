#include "core/kernel/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::DatabaseUrl)
};

// libpq parameters that may travel in the URL's query string; anything else is
// probably a typo and is refused rather than silently ignored.
const QStringList kPostgresOptions = {
    u"sslmode"_s,          u"sslrootcert"_s, u"sslcert"_s,
    u"sslkey"_s,           u"sslcrl"_s,      u"connect_timeout"_s,
    u"application_name"_s, u"passfile"_s,    u"target_session_attrs"_s};

// QUrl's reason without the part that quotes the text ("; source was …") or a character of
// the password ("Invalid password (character 'x' not permitted)").
QString urlProblem(const QUrl &url) {
    QString reason = url.errorString().section(u';', 0, 0).trimmed();
    if (reason.startsWith(u"Invalid password"_s)) {
        reason = Tr::tr("the password holds a character that must be percent-encoded");
    }
    return reason;
}

Result<DatabaseUrl> parsePostgres(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error::usage(Tr::tr("Invalid PostgreSQL URL \"%1\": %2")
                                .arg(DatabaseUrl::redacted(text), urlProblem(url)));
    }
    DatabaseUrl result;
    result.engine = Engine::Postgres;
    result.host = url.host();
    result.port = url.port(-1);
    result.user = url.userName();
    result.password = url.password();
    result.database = url.path().mid(1);
    if (result.database.isEmpty() || result.database.contains(u'/')) {
        return Error::usage(
            Tr::tr("PostgreSQL URL \"%1\" must name one database, as in postgresql://host/dbname")
                .arg(DatabaseUrl::redacted(text)));
    }
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"host"_s) { // a Unix socket directory, the libpq way
            result.host = value;
            continue;
        }
        if (!kPostgresOptions.contains(key)) {
            return Error::usage(Tr::tr("Unknown PostgreSQL URL parameter \"%1\"; known: %2")
                                    .arg(key, kPostgresOptions.join(u", "_s)));
        }
        options << key + u'=' + value;
    }
    result.connectOptions = options.join(u';');
    return result;
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &rawText) {
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        return Error::usage(Tr::tr("The database location is empty"));
    }
    // A NUL would cut the file name short where the system reads it (QFileInfo makes
    // "station" of "station\0.sqlite"); a newline or escape is a pasting mistake. The text is
    // not quoted: it may hold a password, and the character itself would not show.
    const qsizetype leadingSpace = rawText.indexOf(text.front());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].category() == QChar::Other_Control) {
            return Error::usage(
                Tr::tr("The database location holds a control character (U+%1) at character "
                       "%2; a file path or URL cannot contain one")
                    .arg(QString::number(text[i].unicode(), 16).toUpper().rightJustified(4, u'0'),
                         QString::number(leadingSpace + i + 1)));
        }
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        return parsePostgres(text);
    }
    // A URL of another kind, or a PostgreSQL one without its "//", would otherwise be taken
    // for a file name (and a file created under it).
    static const QRegularExpression otherScheme(
        u"^(postgres|postgresql|pgsql|mysql|mariadb|jdbc|odbc|http|https):"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (text.contains(u"://"_s) || otherScheme.match(text).hasMatch()) {
        return Error::usage(
            Tr::tr("Unsupported database URL \"%1\": use a SQLite file path or postgresql://…")
                .arg(redacted(text)));
    }
    DatabaseUrl result;
    result.engine = Engine::Sqlite;
    const QString path = text.startsWith(u"sqlite:"_s) ? text.mid(7).trimmed() : text;
    if (path.isEmpty()) { // "sqlite:" alone: an empty path would open no file at all
        return Error::usage(Tr::tr("The database location \"%1\" names no file; write "
                                   "sqlite:/path/to/station.sqlite or just the path")
                                .arg(text));
    }
    result.path = QFileInfo(path).absoluteFilePath();
    return result;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const std::optional<QString> &commandLineValue) {
    if (commandLineValue) {
        if (commandLineValue->trimmed().isEmpty()) {
            return Error::usage(Tr::tr("--database needs a SQLite file path or a postgresql:// "
                                       "URL; leave the option out to use $STATIONDESK_DATABASE "
                                       "or the default"));
        }
        return parse(*commandLineValue);
    }
    if (qEnvironmentVariableIsSet("STATIONDESK_DATABASE")) {
        // Set but empty is most often a script's unset variable ("…=$DB"): opening the
        // per-user default instead would write to a station nobody meant.
        const QString fromEnvironment = qEnvironmentVariable("STATIONDESK_DATABASE");
        if (fromEnvironment.trimmed().isEmpty()) {
            return Error::usage(Tr::tr("STATIONDESK_DATABASE is set but empty; set it to a SQLite "
                                       "file path or a postgresql:// URL, or unset it to use %1")
                                    .arg(defaultSqlitePath()));
        }
        return parse(fromEnvironment);
    }
    return parse(defaultSqlitePath());
}

QString DatabaseUrl::redacted(const QString &text) {
    // A URL starts with a scheme ("postgresql:u:pw@h" has no "//"), except sqlite:/path/file,
    // a file name. Any text holding "://" is a URL too, whatever comes before it
    // ("pöstgres://", "data/://", "sqlite:/a://"): parse refuses it as one and quotes it.
    static const QRegularExpression scheme(u"^\\s*[A-Za-z][A-Za-z0-9+.-]*:/*"_s);
    const QRegularExpressionMatch match = scheme.match(text);
    const qsizetype separator = text.indexOf(u"://"_s);
    qsizetype start = separator >= 0 ? separator + 3 : -1;
    if (match.hasMatch() &&
        (separator >= 0 || !match.captured().trimmed().startsWith(u"sqlite:"_s))) {
        start = start >= 0 ? std::min(start, match.capturedEnd()) : match.capturedEnd();
    }
    if (start < 0) {
        return text;
    }
    QString result = text;
    // user:password@host — the password runs from the first colon after the scheme to the
    // last @, which may hide more than the password in a malformed URL, never less.
    const qsizetype at = result.lastIndexOf(u'@');
    const qsizetype colon = result.indexOf(u':', start);
    if (at > start && colon >= start && colon < at) {
        result.replace(colon + 1, at - colon - 1, u"***"_s);
    }
    static const QRegularExpression passwordParameter(u"([?&;]password=)[^&#]*"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
    result.replace(passwordParameter, u"\\1***"_s);
    return result;
}

QString DatabaseUrl::defaultSqlitePath() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(u"StationDesk/station.sqlite"_s);
}

QString DatabaseUrl::displayName() const {
    if (engine == Engine::Sqlite) {
        return QDir::toNativeSeparators(path);
    }
    QString text = u"postgresql://"_s;
    if (!user.isEmpty() || !password.isEmpty()) {
        text += user + (password.isEmpty() ? QString() : u":***"_s) + u'@';
    }
    text += host.startsWith(u'/') ? QString() : host;
    if (port > 0) {
        text += u':' + QString::number(port);
    }
    return text + u'/' + database;
}

} // namespace sd
