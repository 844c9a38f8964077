#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

QAtomicInt g_counter;

} // namespace

QString engineName(Engine engine) {
    return engine == Engine::Sqlite ? u"SQLite"_s : u"PostgreSQL"_s;
}

bool TestDatabase::postgresRequired() {
    return qEnvironmentVariable("STATIONDESK_REQUIRE_PG") == u"1"_s;
}

QString TestDatabase::postgresAdminUrl() {
    return qEnvironmentVariable("STATIONDESK_TEST_PG");
}

// PostgreSQL test databases use a Chinese linguistic collation, as a station's server
// would, so any query whose order silently depends on the server's collation shows up
// as a difference between the engines.
Result<std::unique_ptr<TestDatabase>> TestDatabase::create(Engine engine, Start start) {
    std::unique_ptr<TestDatabase> test(new TestDatabase());
    if (engine == Engine::Sqlite) {
        test->m_dir = std::make_unique<QTemporaryDir>();
        if (!test->m_dir->isValid()) {
            return Error::storage(u"cannot create a temporary folder"_s);
        }
        auto url = DatabaseUrl::parse(test->m_dir->filePath(u"station.sqlite"_s));
        if (!url) {
            return url.error();
        }
        test->m_url = url.value();
        if (Status filled = test->fill(start); !filled) {
            return filled.error();
        }
        return test;
    }
    const QString adminText = postgresAdminUrl();
    if (adminText.isEmpty()) {
        return Error::storage(
            u"STATIONDESK_TEST_PG is not set: no PostgreSQL server to test against"_s);
    }
    auto admin = DatabaseUrl::parse(adminText);
    if (!admin) {
        return admin.error();
    }
    test->m_pgName = u"sdtest_%1_%2"_s.arg(QCoreApplication::applicationPid())
                         .arg(g_counter.fetchAndAddRelaxed(1));
    test->m_url = admin.value();
    test->m_url.database = test->m_pgName;
    if (Status filled = test->fill(start); !filled) {
        return filled.error();
    }
    return test;
}

// Creates the database as start asks: cloned from the golden copy when this build has one,
// else built here the slow way.
Status TestDatabase::fill(Start start) {
    if (m_url.engine == Engine::Sqlite) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            QFile::remove(m_url.path + suffix);
        }
        if (start == Start::Blank) {
            return {};
        }
        if (const QString golden = GoldenDatabases::sqliteFile(start); !golden.isEmpty()) {
            return QFile::copy(golden, m_url.path)
                       ? Status()
                       : Status(Error::storage(u"cannot copy %1 to %2"_s.arg(golden, m_url.path)));
        }
    } else {
        QString source = u"template0"_s;
        if (start != Start::Blank) {
            auto exists = postgresHasDatabase(GoldenDatabases::postgresName(start));
            if (!exists) {
                return exists.error();
            }
            if (exists.value()) {
                source = GoldenDatabases::postgresName(start);
            }
        }
        // A golden database was made with the zh-CN collation: its clone keeps it.
        const QString create =
            source == u"template0"_s
                ? u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu "
                  u"ICU_LOCALE 'zh-CN' LOCALE 'C.UTF-8'"_s.arg(m_pgName)
                : u"CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY"_s.arg(m_pgName, source);
        if (Status created = postgresAdminExec(
                {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName), create});
            !created) {
            return created;
        }
        if (start == Start::Blank || source != u"template0"_s) {
            return {};
        }
    }
    return start == Start::Demo ? GoldenDatabases::buildDemoIn(m_url)
                                : GoldenDatabases::migrateIn(m_url);
}

Status TestDatabase::reset(Start start) {
    if (!m_rawName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_rawName);
        m_rawName.clear();
    }
    return fill(start);
}

TestDatabase::~TestDatabase() {
    if (!m_rawName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_rawName);
    }
    if (m_pgName.isEmpty()) {
        return;
    }
    static_cast<void>(
        postgresAdminExec({u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName)}));
}

QString TestDatabase::urlText() const {
    if (m_url.engine == Engine::Sqlite) {
        return m_url.path;
    }
    QString text = u"postgresql://"_s;
    if (!m_url.user.isEmpty()) {
        text += m_url.user + u'@';
    }
    text += m_url.host;
    if (m_url.port > 0) {
        text += u':' + QString::number(m_url.port);
    }
    return text + u'/' + m_url.database;
}

namespace {
QSqlDatabase addConnection(const DatabaseUrl &url, const QString &name) {
    QSqlDatabase db =
        QSqlDatabase::addDatabase(url.engine == Engine::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    if (url.engine == Engine::Sqlite) {
        db.setDatabaseName(url.path);
    } else {
        db.setHostName(url.host);
        if (url.port > 0) {
            db.setPort(url.port);
        }
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
    }
    return db;
}
} // namespace

QSqlDatabase TestDatabase::rawConnection() {
    if (m_rawName.isEmpty()) {
        m_rawName = u"sd-test-attacker-%1"_s.arg(g_counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = addConnection(m_url, m_rawName);
        db.open();
        return db;
    }
    return QSqlDatabase::database(m_rawName);
}

Status TestDatabase::execRaw(const QString &sql) const {
    const QString name = u"sd-test-raw-%1"_s.arg(g_counter.fetchAndAddRelaxed(1));
    Status status;
    {
        QSqlDatabase db = addConnection(m_url, name);
        if (!db.open()) {
            status = Error::storage(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                status = Error::storage(query.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace sd::test
