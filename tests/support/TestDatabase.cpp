#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

QAtomicInt g_counter;

// Runs statements on the admin database with a short-lived connection of its own.
Status adminExec(const DatabaseUrl &admin, const QStringList &statements) {
    const QString name = u"sd-test-admin-%1"_s.arg(g_counter.fetchAndAddRelaxed(1));
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(admin.host);
        if (admin.port > 0) {
            db.setPort(admin.port);
        }
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.database);
        db.setConnectOptions(u"connect_timeout=5"_s);
        if (!db.open()) {
            status = Error::storage(u"cannot reach the test PostgreSQL server %1: %2"_s.arg(
                admin.displayName(), db.lastError().text()));
        } else {
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                if (!query.exec(sql)) {
                    status = Error::storage(u"%1: %2"_s.arg(sql, query.lastError().text()));
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

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
Result<std::unique_ptr<TestDatabase>> TestDatabase::create(Engine engine) {
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
    if (Status created =
            adminExec(admin.value(), {u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                      u"LOCALE_PROVIDER icu ICU_LOCALE 'zh-CN' "
                                      u"LOCALE 'C.UTF-8'"_s.arg(test->m_pgName)});
        !created) {
        return created.error();
    }
    test->m_url = admin.value();
    test->m_url.database = test->m_pgName;
    return test;
}

TestDatabase::~TestDatabase() {
    if (!m_rawName.isEmpty()) {
        QSqlDatabase::removeDatabase(m_rawName);
    }
    if (m_pgName.isEmpty()) {
        return;
    }
    auto admin = DatabaseUrl::parse(postgresAdminUrl());
    if (admin) {
        (void)adminExec(admin.value(),
                        {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_pgName)});
    }
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
