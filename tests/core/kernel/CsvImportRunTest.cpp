#include "core/kernel/documents/CsvImportRun.h"

#include "CsvFiles.h"
#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

namespace {

// A kind of import of its own: each row "code,name" becomes a station; a name "bad" is a
// problem of the row, a code already stored is a storage failure (the unique key refuses it).
class StationRows : public CsvImportRows {
public:
    StationRows(const Database &database, int *attempts)
        : m_database(database)
        , m_attempts(attempts) {}

    Status begin() override {
        ++*m_attempts;
        return {};
    }

    Result<CsvRowStored> store(CsvImportRow &row) override {
        if (row.fields().value(1) == u"bad"_s) {
            row.note(u"name"_s, u"is bad"_s);
            return CsvRowStored::Nothing;
        }
        auto inserted = runSql(m_database.connection(),
                               u"INSERT INTO station (code, name, created_at) VALUES (?, ?, 0)"_s,
                               {row.fields().value(0), row.fields().value(1)});
        SD_RETURN_IF_ERROR(inserted);
        return CsvRowStored::Inserted;
    }

private:
    const Database &m_database;
    int *m_attempts;
};

} // namespace

class CsvImportRunTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        m_app = openApp();
        ASSERT_TRUE(m_app);
    }

    QString write(const QByteArray &text) { return m_files.write(text); }

    Result<CsvImportReport> import(const QString &path, const CsvImportOptions &options = {},
                                   const CsvImportRun::Progress &progress = {}) {
        const CsvImportRun run(m_app->database(), m_app->audit(),
                               {u"station"_s, {u"code"_s, u"name"_s}, 2});
        return run.run(
            path, options, nullptr,
            [this] { return std::make_unique<StationRows>(m_app->database(), &m_attempts); },
            progress);
    }

    int count(const QString &sql) {
        return scalarSql(m_app->database().connection(), sql)->toInt();
    }
    int stations() { return count(u"SELECT COUNT(*) FROM station"_s); }
    int audited(const QString &outcome) {
        return count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'station.import' "
                     u"AND object_type = 'station_import' AND outcome = '%1'"_s.arg(outcome));
    }
    // Nothing of the file is stored, and the attempt is on record with these details.
    void expectNothingStored(const CsvImportReport &report, int stationsBefore,
                             const QString &details) {
        EXPECT_FALSE(report.committed);
        EXPECT_TRUE(report.nothingImported());
        EXPECT_EQ(report.inserted, 0);
        EXPECT_EQ(stations(), stationsBefore);
        EXPECT_EQ(audited(u"success"_s), 0);
        EXPECT_EQ(audited(u"failure"_s), 1);
        EXPECT_EQ(lastDetails(), details.arg(report.sha256));
    }
    QString lastDetails() {
        return scalarSql(m_app->database().connection(),
                         u"SELECT details FROM audit_log WHERE action = 'station.import' "
                         u"ORDER BY seq DESC LIMIT 1"_s)
            ->toString();
    }

    std::unique_ptr<Application> m_app;
    sd::test::CsvFiles m_files;
    int m_attempts = 0;
};

// A good file is stored whole, with one success row naming its fingerprint and counts.
TEST_P(CsvImportRunTest, AGoodFileIsStoredAndOnRecord) {
    const int before = stations();
    auto report = import(write("code,name\ns1,One\n\ns2,Two\ns3,Three\n"));
    SD_ASSERT_OK(report);
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->rows, 3); // the blank line is no row
    EXPECT_EQ(report->inserted, 3);
    EXPECT_EQ(stations(), before + 3);
    EXPECT_EQ(audited(u"success"_s), 1);
    EXPECT_EQ(lastDetails(),
              u"sha256=%1 rows=3 inserted=3 updated=0 rejected=0"_s.arg(report->sha256));
}

// One bad row (a problem, or the wrong number of fields) refuses the file: the rows before
// it are rolled back, every problem is named by LINE:COLUMN, and the attempt is on record.
TEST_P(CsvImportRunTest, ABadRowRollsBackTheWholeFile) {
    const int before = stations();
    auto report = import(write("code,name\ns1,One\ns2,Two\ns3,bad\ns4,Four,extra\ns5,Five\n"));
    SD_ASSERT_OK(report);
    EXPECT_EQ(report->rejected, 2);
    EXPECT_EQ(report->problems.shown(),
              QStringList({u"4:name: is bad"_s, u"5:code: expected 2 fields, found 3"_s}));
    expectNothingStored(*report, before, u"sha256=%1 rows=5 problems=2 cancelled=0"_s);
}

// A storage failure in a row is the error, and nothing of the file stays.
TEST_P(CsvImportRunTest, AStorageFailureIsTheErrorAndStoresNothing) {
    const int before = stations();
    auto report = import(write("code,name\ns1,One\ns2,Two\ns1,Again\n"));
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(m_app->database().dialect().isUniqueViolation(report.error()))
        << report.error().message.toStdString();
    EXPECT_EQ(stations(), before);
    EXPECT_EQ(audited(u"success"_s), 0);
}

// A cancel leaves nothing, even rows the progress call had already seen stored.
TEST_P(CsvImportRunTest, ACancelLeavesNothing) {
    const int before = stations();
    QList<qint64> calls;
    auto report = import(write("code,name\ns1,One\ns2,Two\ns3,Three\ns4,Four\ns5,Five\n"), {},
                         [&calls](qint64 done, qint64 total) {
                             EXPECT_GT(total, 0);
                             calls << done;
                             return calls.size() < 2; // cancels at the second call (row 4)
                         });
    SD_ASSERT_OK(report);
    EXPECT_TRUE(report->cancelled);
    EXPECT_EQ(report->rows, 4);
    EXPECT_EQ(calls.size(), 2);
    expectNothingStored(*report, before, u"sha256=%1 rows=4 problems=0 cancelled=1"_s);
}

// With skipInvalid the good rows are stored and the bad ones go, with their problems, to the
// rejects file; a wrong header stores nothing and starts no transaction.
TEST_P(CsvImportRunTest, SkipInvalidStoresTheGoodRowsAndRejectsTheBad) {
    const int before = stations();
    CsvImportOptions options;
    options.skipInvalid = true;
    options.rejectsPath = m_files.path(u"rejects.csv"_s);
    auto report = import(write("code,name\ns1,One\ns2,bad\ns3,Three\n"), options);
    SD_ASSERT_OK(report);
    EXPECT_TRUE(report->committed);
    EXPECT_EQ(report->inserted, 2);
    EXPECT_EQ(report->rejected, 1);
    EXPECT_EQ(stations(), before + 2);
    EXPECT_EQ(lastDetails(),
              u"sha256=%1 rows=3 inserted=2 updated=0 rejected=1"_s.arg(report->sha256));
    QFile rejects(options.rejectsPath);
    ASSERT_TRUE(rejects.open(QIODevice::ReadOnly));
    EXPECT_EQ(rejects.readAll(), QByteArray("\xEF\xBB\xBF"
                                            "code,name,problems\ns2,bad,name: is bad\n"));

    const int attempts = m_attempts;
    auto wrongHeader = import(write("name,code\nOne,s9\n"));
    ASSERT_FALSE(wrongHeader.ok());
    EXPECT_TRUE(wrongHeader.error().message.startsWith(u"1:1: "_s))
        << wrongHeader.error().message.toStdString();
    EXPECT_EQ(m_attempts, attempts);
    EXPECT_EQ(stations(), before + 2);
}

SD_INSTANTIATE_ENGINES(CsvImportRunTest);
