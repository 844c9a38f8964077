#include "StationCtlFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

// stationctl seed --alerts: deterministic generated alerts, stored or written as the
// import CSV, on both engines.
class AlertSeedCommandTest : public StationCtlFixture {
protected:
    const QStringList kSeed{u"seed"_s, u"--alerts"_s, u"400"_s,       u"--seed"_s,
                            u"7"_s,    u"--until"_s,  u"2020-06-30"_s};

    // Another fresh SQLite station with the demo organisation; kept until the test ends.
    QString freshDemoDatabase() {
        auto created = TestDatabase::create(Engine::Sqlite, Start::Demo);
        EXPECT_TRUE(created.ok()) << (created ? "" : created.error().message.toStdString());
        m_others.push_back(std::move(created.value()));
        return m_others.back()->urlText();
    }

    static CtlRun run(const QString &database, const QStringList &arguments) {
        return runInProcess(QStringList{u"--database"_s, database} + arguments);
    }

    QString exportOf(const QString &database) {
        // Only the seeded years: the demo station has alerts of its own, dated by today.
        const CtlRun exported = run(database, {u"export"_s, u"alerts"_s, u"--from"_s,
                                               u"2017-01-01"_s, u"--to"_s, u"2020-07-01"_s});
        EXPECT_EQ(exported.exitCode, 0) << describe(exported);
        return exported.out;
    }

    std::vector<std::unique_ptr<TestDatabase>> m_others;
};

TEST_P(AlertSeedCommandTest, TheSameSeedGivesTheSameAlertsOnTwoFreshDatabases) {
    buildDemo();
    const CtlRun seeded = ctl(kSeed);
    ASSERT_EQ(seeded.exitCode, 0) << describe(seeded);
    EXPECT_TRUE(seeded.out.contains(u"400 alerts added"_s)) << describe(seeded);
    const QString here = exportOf(testDatabase().urlText());
    const QStringList lines = here.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 401) << here.left(2000).toStdString(); // the header and 400 rows
    EXPECT_TRUE(lines.at(1).startsWith(u"JQ-"_s)) << lines.at(1).toStdString();

    const QString other = freshDemoDatabase();
    const CtlRun again = run(other, kSeed);
    ASSERT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_EQ(exportOf(other), here);

    // Another seed gives other alerts.
    const QString third = freshDemoDatabase();
    QStringList otherSeed = kSeed;
    otherSeed[4] = u"8"_s;
    ASSERT_EQ(run(third, otherSeed).exitCode, 0);
    EXPECT_NE(exportOf(third), here);

    // One audit row for the run (the demo may have seeded alerts of its own).
    int runs = 0;
    for (const QJsonValue &row : jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"alert.seed"_s})) {
        const QString details = row.toObject().value(u"details"_s).toString();
        runs += details.contains(u"400 "_s) && details.contains(u"seed 7"_s) ? 1 : 0;
    }
    EXPECT_EQ(runs, 1);
}

TEST_P(AlertSeedCommandTest, TheGeneratedCsvImportsToTheSameAlertsTheSeedStores) {
    buildDemo();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(u"alerts.csv"_s);
    QStringList toCsv = kSeed;
    toCsv << u"--alerts-csv"_s << csv;
    const CtlRun written = ctl(toCsv);
    ASSERT_EQ(written.exitCode, 0) << describe(written);
    // Writing the file stores nothing.
    EXPECT_EQ(exportOf(testDatabase().urlText()).split(u'\n', Qt::SkipEmptyParts).size(), 1);

    const CtlRun imported = ctl({u"import"_s, u"alerts"_s, csv});
    ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    const QString fromCsv = exportOf(testDatabase().urlText());
    EXPECT_EQ(fromCsv.split(u'\n', Qt::SkipEmptyParts).size(), 401);

    const QString other = freshDemoDatabase();
    ASSERT_EQ(run(other, kSeed).exitCode, 0);
    EXPECT_EQ(exportOf(other), fromCsv);
}

TEST_P(AlertSeedCommandTest, ABadCountOrOptionIsAUsageErrorAndStoresNothing) {
    buildDemo();
    for (const QString &bad : {u"0"_s, u"-3"_s, u"many"_s, u""_s}) {
        const CtlRun run = ctl({u"seed"_s, u"--alerts"_s, bad});
        EXPECT_EQ(run.exitCode, 2) << bad.toStdString() << describe(run);
    }
    EXPECT_EQ(ctl({u"seed"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"seed"_s, u"--alerts"_s, u"5"_s, u"--years"_s, u"0"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"seed"_s, u"--alerts"_s, u"5"_s, u"--until"_s, u"June"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"seed"_s, u"--alerts"_s, u"5"_s, u"--until"_s, u"2999-01-01"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"seed"_s, u"--alerts-csv"_s, u"x.csv"_s}).exitCode, 2);
    EXPECT_EQ(exportOf(testDatabase().urlText()).split(u'\n', Qt::SkipEmptyParts).size(), 1);

    // Both kinds at once.
    const CtlRun both = ctl({u"seed"_s, u"--audit-rows"_s, u"50"_s, u"--alerts"_s, u"20"_s,
                             u"--until"_s, u"2019-12-31"_s});
    ASSERT_EQ(both.exitCode, 0) << describe(both);
    EXPECT_EQ(exportOf(testDatabase().urlText()).split(u'\n', Qt::SkipEmptyParts).size(), 21);
}

SD_INSTANTIATE_ENGINES(AlertSeedCommandTest);

} // namespace sd::test
