#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

// A failed statement's message names what was being done and the cause in plain words,
// mapped from the engine's own code, and never quotes the SQL (issue 13, item 8).
class SqlErrorTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        SD_ASSERT_OK(run(u"CREATE TABLE sd_probe (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"_s));
    }
    QSqlDatabase db() { return m_app->database().connection(); }
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values = {}) {
        return runSql(db(), sql, values);
    }
    // The message of a statement that must fail, checked to quote none of its SQL.
    QString failure(const QString &sql, const QVariantList &values = {}) {
        auto ran = run(sql, values);
        EXPECT_FALSE(ran.ok()) << sql.toStdString();
        if (ran.ok()) {
            return {};
        }
        const QString message = ran.error().message;
        for (const QString &word :
             {u"INSERT"_s, u"SELECT"_s, u"SELEC "_s, u"VALUES"_s, u"EXECUTE"_s, u"?"_s}) {
            EXPECT_FALSE(message.contains(word)) << message.toStdString();
        }
        return message;
    }
    std::unique_ptr<Application> m_app;
};

TEST_P(SqlErrorTest, MessagesNameTheOperationAndTheCause) {
    const QString insert = u"INSERT INTO sd_probe (id, name) VALUES (?, ?)"_s;
    SD_ASSERT_OK(run(insert, {1, u"a"_s}));

    auto duplicate = run(insert, {2, u"a"_s});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.startsWith(
        u"Could not add rows to the sd_probe table: the database refused the change"_s))
        << duplicate.error().message.toStdString();
    EXPECT_TRUE(m_app->database().dialect().isUniqueViolation(duplicate.error()));

    const QString syntax = failure(u"SELEC 1"_s);
    EXPECT_TRUE(syntax.contains(u"syntax error"_s)) << syntax.toStdString();

    auto none = scalarSql(db(), u"SELECT name FROM sd_probe WHERE id = ?"_s, {99});
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().message, u"Could not read the sd_probe table: no row was found."_s);

    if (engine() == Engine::Postgres) {
        SD_ASSERT_OK(run(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s));
        const QString readOnly = failure(insert, {3, u"b"_s});
        EXPECT_TRUE(readOnly.contains(u"accepts only reads"_s)) << readOnly.toStdString();
        SD_ASSERT_OK(run(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"_s));
        // A NUL character cuts the driver's statement short; the message still quotes none of
        // it (CsvReader refuses NUL bytes before they get here).
        failure(insert, {4, QString::fromUtf16(u"a\0b", 3)});
        return;
    }

    SD_ASSERT_OK(run(u"PRAGMA query_only = 1"_s));
    const QString readOnly = failure(insert, {3, u"b"_s});
    EXPECT_EQ(readOnly, u"Could not add rows to the sd_probe table: the database cannot be "
                        u"written: its file or its folder is read-only."_s);
    SD_ASSERT_OK(run(u"PRAGMA query_only = 0"_s));

    // A full disk: the file may not grow past its present size.
    auto pages = scalarSql(db(), u"PRAGMA page_count"_s);
    ASSERT_TRUE(pages.ok());
    SD_ASSERT_OK(run(u"PRAGMA max_page_count = %1"_s.arg(pages->toLongLong())));
    const QString full = failure(insert, {5, QString(200000, u'x')});
    EXPECT_TRUE(full.endsWith(u"the disk is full."_s)) << full.toStdString();
    SD_ASSERT_OK(run(u"PRAGMA max_page_count = 1073741823"_s));

    // Another connection holding the write lock, and no wait.
    QSqlDatabase other = testDatabase().rawConnection();
    QSqlQuery lock(other);
    ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));
    SD_ASSERT_OK(run(u"PRAGMA busy_timeout = 0"_s));
    const QString locked = failure(insert, {6, u"c"_s});
    EXPECT_TRUE(locked.contains(u"has the database locked"_s)) << locked.toStdString();
    ASSERT_TRUE(lock.exec(u"ROLLBACK"_s));

    // A file that is not a database.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"damaged.sqlite"_s);
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'Z'));
    }
    {
        QSqlDatabase damaged = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"sd-damaged"_s);
        damaged.setDatabaseName(path);
        ASSERT_TRUE(damaged.open());
        auto read = runSql(damaged, u"SELECT COUNT(*) FROM alert"_s);
        ASSERT_FALSE(read.ok());
        EXPECT_TRUE(read.error().message.contains(u"damaged or is not a database"_s))
            << read.error().message.toStdString();
        damaged.close();
    }
    QSqlDatabase::removeDatabase(u"sd-damaged"_s);
}

SD_INSTANTIATE_ENGINES(SqlErrorTest);
