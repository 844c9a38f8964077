#include "StationCtlRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

// A database path that does not exist, so no test here can touch a real one.
class UsageTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString missingDatabase() const { return m_dir.filePath(u"none.sqlite"_s); }
    CtlRun ctl(const QStringList &arguments) { return runStationCtl(missingDatabase(), arguments); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(UsageTest, UnknownCommandIsExit2) {
    const CtlRun run = ctl({u"frobnicate"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(u"unknown command \"frobnicate\""_s)) << describe(run);
}

TEST_F(UsageTest, NoCommandIsExit2) {
    const CtlRun run = ctl({});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"--help"_s)) << describe(run);
}

TEST_F(UsageTest, UnknownFormatIsExit2AndNamesTheValue) {
    for (const QString &group : {u"people"_s, u"units"_s}) {
        const CtlRun run = ctl({group, u"list"_s, u"--format"_s, u"xml"_s});
        EXPECT_EQ(run.exitCode, 2) << describe(run);
        EXPECT_EQ(run.err,
                  u"stationctl: unknown format \"xml\" for --format; use table, csv or json\n"_s);
    }
}

TEST_F(UsageTest, UnknownOptionIsExit2) {
    const CtlRun run = ctl({u"people"_s, u"list"_s, u"--colour"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"--colour"_s)) << describe(run);
}

TEST_F(UsageTest, MissingOptionValueIsExit2) {
    const CtlRun run = ctl({u"people"_s, u"list"_s, u"--format"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"--format needs a value"_s)) << describe(run);
}

TEST_F(UsageTest, UnknownSubcommandIsExit2) {
    const CtlRun run = ctl({u"units"_s, u"delete"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"\"delete\""_s)) << describe(run);
}

TEST_F(UsageTest, UnsupportedDatabaseUrlIsExit2) {
    const CtlRun run = runStationCtl(u"mysql://host/db"_s, {u"people"_s, u"list"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"mysql://host/db"_s)) << describe(run);
}

TEST_F(UsageTest, UnknownLanguageIsExit2) {
    const CtlRun run = ctl({u"--lang"_s, u"fr"_s, u"init"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"\"fr\""_s)) << describe(run);
}

TEST_F(UsageTest, MissingDatabaseIsExit1AndSaysToRunInit) {
    const CtlRun run = ctl({u"people"_s, u"list"_s});
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.err.contains(u"init"_s)) << describe(run);
    EXPECT_FALSE(QFile::exists(missingDatabase())) << "listing must not create a database";
}

TEST_F(UsageTest, HelpAndVersionSucceed) {
    const CtlRun help = ctl({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0) << describe(help);
    for (const QString &command : {u"init"_s, u"demo"_s, u"people"_s, u"units"_s}) {
        EXPECT_TRUE(help.out.contains(u"  "_s + command)) << command.toStdString();
    }
    const CtlRun commandHelp = ctl({u"people"_s, u"list"_s, u"--help"_s});
    EXPECT_EQ(commandHelp.exitCode, 0) << describe(commandHelp);
    EXPECT_TRUE(commandHelp.out.contains(u"--search"_s));
    const CtlRun version = ctl({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0) << describe(version);
    EXPECT_TRUE(version.out.startsWith(u"stationctl "_s)) << describe(version);
}

TEST_F(UsageTest, DatabaseComesFromTheEnvironmentWithoutTheOption) {
    const QString path = m_dir.filePath(u"from-environment.sqlite"_s);
    const CtlRun run = runStationCtlWithDatabaseVariable(path, {u"init"_s});
    EXPECT_EQ(run.exitCode, 0) << describe(run);
    EXPECT_TRUE(QFile::exists(path));
}

TEST_F(UsageTest, TheOptionWinsOverTheEnvironment) {
    const QString fromVariable = m_dir.filePath(u"from-environment.sqlite"_s);
    const CtlRun run = runStationCtlWithDatabaseVariable(
        fromVariable, {u"--database"_s, missingDatabase(), u"init"_s});
    EXPECT_EQ(run.exitCode, 0) << describe(run);
    EXPECT_TRUE(QFile::exists(missingDatabase()));
    EXPECT_FALSE(QFile::exists(fromVariable));
}

TEST_F(UsageTest, WithoutEitherThePerUserFileIsUsed) {
    const CtlRun run = runStationCtl({u"init"_s});
    EXPECT_EQ(run.exitCode, 0) << describe(run);
    // The runner points the per-user data folder into a sandbox.
    EXPECT_TRUE(QFile::exists(sandboxDataHome() + u"/StationDesk/station.sqlite"_s));
}

} // namespace sd::test
