#include "storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

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

Result<DatabaseUrl> parsePostgres(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return Error::usage(
            Tr::tr("Invalid PostgreSQL URL \"%1\": %2").arg(text, url.errorString()));
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
                .arg(text));
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
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        return parsePostgres(text);
    }
    if (text.contains(u"://"_s)) {
        return Error::usage(
            Tr::tr("Unsupported database URL \"%1\": use a SQLite file path or postgresql://…")
                .arg(text));
    }
    DatabaseUrl result;
    result.engine = Engine::Sqlite;
    QString path = text.startsWith(u"sqlite:"_s) ? text.mid(7) : text;
    result.path = QFileInfo(path).absoluteFilePath();
    return result;
}

Result<DatabaseUrl> DatabaseUrl::resolve(const QString &commandLineValue) {
    if (!commandLineValue.isEmpty()) {
        return parse(commandLineValue);
    }
    const QString fromEnvironment = qEnvironmentVariable("STATIONDESK_DATABASE");
    if (!fromEnvironment.isEmpty()) {
        return parse(fromEnvironment);
    }
    return parse(defaultSqlitePath());
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
    if (!user.isEmpty()) {
        text += user + u'@';
    }
    text += host.startsWith(u'/') ? QString() : host;
    if (port > 0) {
        text += u':' + QString::number(port);
    }
    return text + u'/' + database;
}

} // namespace sd
