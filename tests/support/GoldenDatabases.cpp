#include "GoldenDatabases.h"

#include "TestDatabase.h"
#include "core/Application.h"
#include "core/demo/DemoStation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

QAtomicInt g_adminConnections;

QString stateName(Start start) {
    return start == Start::Demo ? u"demo"_s : u"migrated"_s;
}

QString goldenFolder() {
    return QStringLiteral(SD_GOLDEN_DIR);
}

// Opens the admin connection, runs work on it, and removes it again.
template <typename Work> Status withAdminConnection(Work &&work) {
    const QString adminText = TestDatabase::postgresAdminUrl();
    if (adminText.isEmpty()) {
        return Error::storage(
            u"STATIONDESK_TEST_PG is not set: no PostgreSQL server to test against"_s);
    }
    auto admin = DatabaseUrl::parse(adminText);
    if (!admin) {
        return admin.error();
    }
    const QString name = u"sd-test-admin-%1"_s.arg(g_adminConnections.fetchAndAddRelaxed(1));
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin->host);
        if (admin->port > 0) {
            db.setPort(admin->port);
        }
        db.setUserName(admin->user);
        db.setPassword(admin->password);
        db.setDatabaseName(admin->database);
        db.setConnectOptions(u"connect_timeout=5"_s);
        if (!db.open()) {
            status = Error::storage(u"cannot reach the test PostgreSQL server %1: %2"_s.arg(
                admin->displayName(), db.lastError().text()));
        } else {
            status = work(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Result<std::unique_ptr<Application>> openMigrated(const DatabaseUrl &url) {
    return Application::open(url, Application::OpenMode::CreateOrMigrate);
}

// Builds the golden copy for start into url (a blank database), the way the tests did.
Status buildInto(const DatabaseUrl &url, Start start) {
    if (Status migrated = GoldenDatabases::migrateIn(url); !migrated) {
        return migrated;
    }
    return start == Start::Demo ? GoldenDatabases::buildDemoIn(url) : Status();
}

DatabaseUrl postgresUrl(const QString &database) {
    DatabaseUrl url = DatabaseUrl::parse(TestDatabase::postgresAdminUrl()).value();
    url.database = database;
    return url;
}

Status buildPostgres(Start start) {
    const QString name = GoldenDatabases::postgresName(start);
    auto exists = postgresHasDatabase(name);
    if (!exists) {
        return exists.error();
    }
    if (exists.value()) {
        return {};
    }
    // Built under another name and renamed when whole, so a build cut short is never used.
    const QString building = name + u"_building"_s;
    if (Status created = postgresAdminExec(
            {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(building),
             u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu "
             u"ICU_LOCALE 'zh-CN' LOCALE 'C.UTF-8'"_s.arg(building)});
        !created) {
        return created;
    }
    if (Status built = buildInto(postgresUrl(building), start); !built) {
        return built;
    }
    return postgresAdminExec({u"ALTER DATABASE %1 RENAME TO %2"_s.arg(building, name),
                              u"ALTER DATABASE %1 WITH IS_TEMPLATE true"_s.arg(name)});
}

Status buildSqlite(Start start) {
    const QString path =
        QDir(goldenFolder())
            .filePath(u"%1-%2.sqlite"_s.arg(GoldenDatabases::key().left(16), stateName(start)));
    if (QFile::exists(path)) {
        return {};
    }
    if (!QDir().mkpath(goldenFolder())) {
        return Error::storage(u"cannot create %1"_s.arg(goldenFolder()));
    }
    const QString building = path + u".building"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(building + suffix);
    }
    if (Status built = buildInto(DatabaseUrl::parse(building).value(), start); !built) {
        return built;
    }
    // Closed, so the WAL is checkpointed into the file and the file alone is the database.
    if (QFile::exists(building + u"-wal"_s)) {
        return Error::storage(u"%1 still has a write-ahead log after closing"_s.arg(building));
    }
    if (!QFile::rename(building, path)) {
        return Error::storage(u"cannot rename %1 to %2"_s.arg(building, path));
    }
    return {};
}

// Other keys' files and databases: a previous build's, never to be used again.
Status removeStale() {
    const QString current = GoldenDatabases::key().left(16);
    QDir folder(goldenFolder());
    for (const QString &file : folder.entryList({u"*.sqlite*"_s}, QDir::Files)) {
        if (!file.startsWith(current + u'-')) {
            folder.remove(file);
        }
    }
    if (TestDatabase::postgresAdminUrl().isEmpty()) {
        return {};
    }
    QStringList stale;
    Status listed = withAdminConnection([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT datname FROM pg_database WHERE datname LIKE 'sdgold\\_%'"_s)) {
            return Error::storage(query.lastError().text());
        }
        while (query.next()) {
            const QString name = query.value(0).toString();
            if (!name.startsWith(u"sdgold_"_s + current + u'_')) {
                stale << name;
            }
        }
        return {};
    });
    if (!listed) {
        return listed;
    }
    QStringList drops;
    for (const QString &name : stale) {
        drops << u"ALTER DATABASE %1 WITH IS_TEMPLATE false"_s.arg(name)
              << u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name);
    }
    return drops.isEmpty() ? Status() : postgresAdminExec(drops);
}

} // namespace

QString GoldenDatabases::key() {
    static const QString key = [] {
        QFile file(QDir(goldenFolder()).filePath(u"golden.key"_s));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).trimmed()
                                              : QString();
    }();
    return key;
}

QString GoldenDatabases::sqliteFile(Start start) {
    if (start == Start::Blank || key().isEmpty()) {
        return {};
    }
    const QString path =
        QDir(goldenFolder()).filePath(u"%1-%2.sqlite"_s.arg(key().left(16), stateName(start)));
    return QFile::exists(path) ? path : QString();
}

QString GoldenDatabases::postgresName(Start start) {
    return u"sdgold_%1_%2"_s.arg(key().left(16), stateName(start));
}

Status GoldenDatabases::migrateIn(const DatabaseUrl &url) {
    auto app = openMigrated(url);
    return app ? Status() : Status(app.error());
}

Status GoldenDatabases::buildDemoIn(const DatabaseUrl &url) {
    auto app = openMigrated(url);
    if (!app) {
        return app.error();
    }
    auto built = DemoStation(*app.value()).build();
    return built ? Status() : Status(built.error());
}

Status GoldenDatabases::buildAll() {
    if (key().isEmpty()) {
        return Error::storage(u"no golden.key in %1: build the tests first"_s.arg(goldenFolder()));
    }
    if (Status removed = removeStale(); !removed) {
        return removed;
    }
    for (const Start start : {Start::Migrated, Start::Demo}) {
        if (Status built = buildSqlite(start); !built) {
            return built;
        }
        if (!TestDatabase::postgresAdminUrl().isEmpty()) {
            if (Status built = buildPostgres(start); !built) {
                return built;
            }
        }
    }
    return {};
}

Status postgresAdminExec(const QStringList &statements) {
    return withAdminConnection([&](QSqlDatabase &db) -> Status {
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                return Error::storage(u"%1: %2"_s.arg(sql, query.lastError().text()));
            }
        }
        return {};
    });
}

Result<bool> postgresHasDatabase(const QString &name) {
    bool found = false;
    Status checked = withAdminConnection([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(u"SELECT 1 FROM pg_database WHERE datname = ?"_s);
        query.addBindValue(name);
        if (!query.exec()) {
            return Error::storage(query.lastError().text());
        }
        found = query.next();
        return {};
    });
    if (!checked) {
        return checked.error();
    }
    return found;
}

} // namespace sd::test
