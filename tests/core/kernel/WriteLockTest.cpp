// Writers wait for another desk's write lock instead of failing at once (issue 13, item 5).
#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

namespace {

QAtomicInt g_holders;

Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}

// Another desk in the middle of a write: a connection of its own, on a thread of its own,
// holding the write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: the audit head, which every
// audited write updates) for holdMs, then committing.
class WriteLockHolder {
public:
    WriteLockHolder(const DatabaseUrl &url, int holdMs) {
        std::promise<QString> locked;
        std::future<QString> lockedResult = locked.get_future();
        m_thread = std::thread([this, url, holdMs, promise = std::move(locked)]() mutable {
            hold(url, holdMs, promise);
        });
        m_lockError = lockedResult.get();
    }
    ~WriteLockHolder() { m_thread.join(); }
    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;

    // Empty once the lock is held; otherwise why it could not be taken.
    const QString &lockError() const { return m_lockError; }
    // Set just before the lock goes: a write that got the lock can only see it set.
    bool released() const { return m_released.load(); }

private:
    void hold(const DatabaseUrl &url, int holdMs, std::promise<QString> &locked) {
        const QString name = u"sd-test-lock-holder-%1"_s.arg(g_holders.fetchAndAddRelaxed(1));
        {
            const bool sqlite = url.engine == Engine::Sqlite;
            QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? u"QSQLITE"_s : u"QPSQL"_s, name);
            if (sqlite) {
                db.setDatabaseName(url.path);
            } else {
                db.setHostName(url.host);
                db.setPort(url.port);
                db.setUserName(url.user);
                db.setPassword(url.password);
                db.setDatabaseName(url.database);
            }
            QSqlQuery query(db);
            const bool held = db.open() && query.exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s) &&
                              (sqlite || query.exec(u"LOCK TABLE audit_head IN EXCLUSIVE MODE"_s));
            locked.set_value(held ? QString()
                                  : db.lastError().text() + query.lastError().text() +
                                        u" (no lock)"_s);
            if (held) {
                std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
                m_released = true;
                query.exec(u"COMMIT"_s);
            }
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    std::thread m_thread;
    QString m_lockError;
    std::atomic<bool> m_released{false};
};

QString writeAlertCsv(const QString &path, const QString &summary) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("number,received_at,source,category,preventable,area,location,caller_name,"
               "caller_phone,summary,status\n");
    file.write((u",2026-03-01T10:00:00+08:00,phone,dispute,0,,云溪路12号,李秀兰,13812345678,"_s +
                summary + u",open\n"_s)
                   .toUtf8());
    return path;
}

} // namespace

class WriteLockTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        for (const auto &badge : {u"100001"_s, u"100002"_s}) {
            Person person;
            person.badgeNo = badge;
            person.name = u"民警"_s + badge;
            SD_ASSERT_OK(m_app->organisation().addPerson(person));
        }
        SD_ASSERT_OK(m_app->accounts().createFirstAdmin(u"100001"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"100002"_s, Role::Officer, pw("Officer-Front-77")));
    }

    qint64 alertCount() {
        return scalarSql(m_app->database().connection(), u"SELECT COUNT(*) FROM alert"_s)
            ->toLongLong();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Application> m_app;
};

// Today's account change reads the account first, so a deferred BEGIN took the write lock
// mid-transaction and failed with "database is locked" in 0.1 s.
TEST_P(WriteLockTest, AnAccountChangeWaitsForAnotherDesksWrite) {
    WriteLockHolder otherDesk(testDatabase().url(), 1500);
    ASSERT_TRUE(otherDesk.lockError().isEmpty()) << otherDesk.lockError().toStdString();
    const Status locked = m_app->accounts().lock(u"100002"_s);
    ASSERT_TRUE(locked.ok()) << locked.error().message.toStdString();
    EXPECT_TRUE(otherDesk.released());
}

TEST_P(WriteLockTest, AnImportWaitsForAnotherDesksWrite) {
    const QString csv = writeAlertCsv(m_dir.filePath(u"a.csv"_s), u"门口有人吵架"_s);
    const qint64 before = alertCount();
    WriteLockHolder otherDesk(testDatabase().url(), 1500);
    ASSERT_TRUE(otherDesk.lockError().isEmpty()) << otherDesk.lockError().toStdString();
    auto report = m_app->alertImporter().importFile(csv, AlertImportOptions{});
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->committed);
    EXPECT_TRUE(otherDesk.released());
    EXPECT_EQ(alertCount(), before + 1);
}

SD_INSTANTIATE_ENGINES(WriteLockTest);

// SQLite only: a PostgreSQL writer waits for row locks without a timeout.
class SqliteBusyTimeoutTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_url = *DatabaseUrl::parse(m_dir.filePath(u"station.sqlite"_s));
        // Short, so the test does not sit out the 5 s a desk waits.
        qputenv("STATIONDESK_SQLITE_BUSY_TIMEOUT_MS", "200");
        auto app = Application::open(m_url, Application::OpenMode::CreateOrMigrate,
                                     std::make_unique<FixedClock>(sd::test::kFixedNowMs));
        qunsetenv("STATIONDESK_SQLITE_BUSY_TIMEOUT_MS");
        ASSERT_TRUE(app.ok()) << app.error().message.toStdString();
        m_app = std::move(app.value());
        ASSERT_EQ(m_app->database().busyTimeoutMs(), 200);
    }

    static void expectAnotherDeskIsWriting(const Error &error) {
        EXPECT_EQ(error.code, ErrorCode::Storage);
        EXPECT_TRUE(error.message.contains(u"Another desk is writing"_s))
            << error.message.toStdString();
        EXPECT_TRUE(error.message.contains(u"Try again"_s)) << error.message.toStdString();
        // The driver's text and the statement are no use to the person at the desk.
        EXPECT_FALSE(error.message.contains(u"database is locked"_s))
            << error.message.toStdString();
        EXPECT_FALSE(error.message.contains(u"BEGIN"_s)) << error.message.toStdString();
    }

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    std::unique_ptr<Application> m_app;
};

TEST_F(SqliteBusyTimeoutTest, AWriteThatWaitsPastTheTimeoutSaysAnotherDeskIsWriting) {
    const QString csv = writeAlertCsv(m_dir.filePath(u"a.csv"_s), u"门口有人吵架"_s);
    WriteLockHolder otherDesk(m_url, 1500);
    ASSERT_TRUE(otherDesk.lockError().isEmpty()) << otherDesk.lockError().toStdString();
    auto report = m_app->alertImporter().importFile(csv, AlertImportOptions{});
    ASSERT_FALSE(report.ok());
    expectAnotherDeskIsWriting(report.error());
    const Status recorded = m_app->audit().record({u"test.write"_s, {}, {}, u"success"_s, {}});
    ASSERT_FALSE(recorded.ok());
    expectAnotherDeskIsWriting(recorded.error());
}

// Checks read in a snapshot: they neither wait for a writer nor are refused by one (had the
// verify asked for the write lock, it would have given up after 0.2 s).
TEST_F(SqliteBusyTimeoutTest, VerifyingTheAuditLogDoesNotWaitForTheWriteLock) {
    SD_ASSERT_OK(m_app->audit().record({u"test.write"_s, {}, {}, u"success"_s, {}}));
    WriteLockHolder otherDesk(m_url, 1500);
    ASSERT_TRUE(otherDesk.lockError().isEmpty()) << otherDesk.lockError().toStdString();
    auto verified = m_app->audit().verify();
    ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
    EXPECT_TRUE(verified->intact) << verified->problem.toStdString();
}
