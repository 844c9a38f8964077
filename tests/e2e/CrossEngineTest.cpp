#include "StationCtlRunner.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

// The listings a script would compare, in the machine formats.
QStringList listings(const QString &url) {
    QStringList outputs;
    for (const QStringList &arguments :
         {QStringList{u"people"_s, u"list"_s, u"--format"_s, u"csv"_s},
          QStringList{u"units"_s, u"list"_s, u"--format"_s, u"csv"_s},
          QStringList{u"units"_s, u"list"_s, u"--format"_s, u"json"_s}}) {
        const CtlRun run = runInProcess(QStringList{u"--database"_s, url} + arguments);
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        outputs << run.out;
    }
    return outputs;
}

} // namespace

// The product promise "same behaviour on SQLite and PostgreSQL", checked from the outside:
// the same demo listed from a SQLite file and from a PostgreSQL database is byte-identical.
TEST(CrossEngineTest, DemoListsIdenticallyOnSqliteAndPostgres) {
    // Each engine's demo as `stationctl demo` built it there (the golden copies).
    auto sqlite = TestDatabase::create(Engine::Sqlite, Start::Demo);
    ASSERT_TRUE(sqlite.ok()) << sqlite.error().message.toStdString();
    auto postgres = TestDatabase::create(Engine::Postgres, Start::Demo);
    if (!postgres) {
        // The same rule as EngineTest: skipped locally, a failure when CI demands PostgreSQL.
        if (!TestDatabase::postgresRequired()) {
            GTEST_SKIP() << "PostgreSQL not available: " << postgres.error().message.toStdString();
        }
        FAIL() << postgres.error().message.toStdString();
    }
    const QStringList fromSqlite = listings(sqlite.value()->urlText());
    const QStringList fromPostgres = listings(postgres.value()->urlText());
    ASSERT_EQ(fromSqlite.size(), fromPostgres.size());
    for (qsizetype i = 0; i < fromSqlite.size(); ++i) {
        EXPECT_FALSE(fromSqlite.at(i).isEmpty());
        EXPECT_EQ(fromSqlite.at(i).toStdString(), fromPostgres.at(i).toStdString())
            << "listing " << i << " differs between the engines";
    }
}

} // namespace sd::test
