#include "StationCtlFixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
const QString kSecret = u"s3cret"_s;

// Database URLs that carry the password s3cret (as it is or percent-encoded), most of them
// malformed the way a hurried hand types them, a few valid but pointing at no server.
const QStringList kShapes = {
    u"postgresql://u:s3cret@h:99999/db"_s,
    u"postgres://u:s3cret@/"_s,
    u"postgresql://u:s3cret@h/db?bogus=1"_s,
    u"postgresql://u:s3cret@h/a/b"_s,
    u"postgresql://u:s3cret@[::1/db"_s,
    u"mysql://u:s3cret@h/db"_s,
    u"postgresql://u:s%33cret@h:99999/db"_s,
    u"postgresql://u:%73%33%63%72%65%74@h/a/b"_s,
    u"postgresql://u:s3cret@h"_s,
    u"postgresql://u:s3cret@h/"_s,
    u"postgresql://u:s3cret@h:port/db"_s,
    u"postgresql://u:s3 cret s3cret@h/db"_s,
    u"postgresql://u:s3cret@h/db%ZZ"_s,
    u"postgresql:u:s3cret@h/db"_s,
    u"postgresql:/u:s3cret@h/db"_s,
    u"postgresql://u:s3cret@h@x/db"_s,
    u"POSTGRESQL://u:s3cret@h/db"_s,
    u"sqlite://u:s3cret@h/db"_s,
    u" postgresql://u:s3cret@h:99999/db "_s,
    u"postgresql://h/db?password=s3cret"_s,
    u"postgresql://u:s3cret@127.0.0.1:1/db?connect_timeout=2"_s,
    u"postgresql://:s%33cret@127.0.0.1:1/db?connect_timeout=2"_s,
};

bool showsSecret(const CtlRun &run) {
    for (const QString &text : {run.out, run.err}) {
        if (text.contains(kSecret) || text.contains(u"s%33cret"_s) ||
            text.contains(u"%73%33%63"_s)) {
            return true;
        }
    }
    return false;
}
} // namespace

// A password in a database URL is never echoed by stationctl, whether the URL comes from
// --database or STATIONDESK_DATABASE, parses or not, or names a server that is not there.
TEST(SecretsCommandTest, NoMessageShowsTheDatabasePassword) {
    int shown = 0;
    for (const QString &shape : kShapes) {
        const CtlRun given = runInProcess({u"--database"_s, shape, u"audit"_s, u"verify"_s});
        EXPECT_NE(given.exitCode, 0) << shape.toStdString() << describe(given);
        EXPECT_FALSE(showsSecret(given)) << shape.toStdString() << describe(given);
        const CtlRun variable = runStationCtlWithDatabaseVariable(shape, {u"audit"_s, u"verify"_s});
        EXPECT_NE(variable.exitCode, 0) << shape.toStdString() << describe(variable);
        EXPECT_FALSE(showsSecret(variable)) << shape.toStdString() << describe(variable);
        shown += showsSecret(given) || showsSecret(variable) ? 1 : 0;
    }
    EXPECT_EQ(shown, 0) << "of " << kShapes.size() << " shapes";
}

// On a server that takes the connection (the test server trusts its clients and ignores the
// password), the commands' results, messages and audit rows do not show it either.
class SecretsOnServerTest : public StationCtlFixture {};

TEST_P(SecretsOnServerTest, ACommandThatWorksDoesNotShowThePassword) {
    QString url = testDatabase().urlText();
    const qsizetype at = url.indexOf(u'@');
    ASSERT_GT(at, 0) << url.toStdString();
    url.insert(at, u':' + kSecret);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(u"alerts.csv"_s);
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("number,received_at,source,category,preventable,area,location,caller_name,"
               "caller_phone,summary,status\n"
               ",2026-03-10T09:00:00,phone,dispute,0,,Market St 1,,,Noise,open\n"
               ",bad,phone,dispute,0,,Market St 2,,,Bad,open\n");
    file.close();
    for (const QStringList &arguments :
         {QStringList{u"import"_s, u"alerts"_s, csv},
          QStringList{u"import"_s, u"alerts"_s, csv, u"--skip-invalid"_s,
                      dir.filePath(u"rejects.csv"_s)},
          QStringList{u"audit"_s, u"list"_s}, QStringList{u"audit"_s, u"verify"_s},
          QStringList{u"export"_s, u"alerts"_s, u"--format"_s, u"json"_s}}) {
        const CtlRun run = runStationCtl(url, arguments);
        EXPECT_FALSE(showsSecret(run)) << arguments.join(u' ').toStdString() << describe(run);
    }
    const CtlRun listed = runStationCtl(url, {u"audit"_s, u"list"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(listed.exitCode, 0) << describe(listed);
    EXPECT_TRUE(listed.out.contains(u"alert.import"_s)) << describe(listed);
}

INSTANTIATE_TEST_SUITE_P(Engines, SecretsOnServerTest, ::testing::Values(::sd::Engine::Postgres),
                         ::sd::test::engineParamName);

// An empty --database or STATIONDESK_DATABASE is a usage error, not the per-user default
// (most often it is a script's unset variable).
TEST(EmptyDatabaseCommandTest, AnEmptyDatabaseIsAUsageError) {
    const CtlRun empty = runStationCtl({u"--database"_s, QString(), u"export"_s, u"alerts"_s});
    EXPECT_EQ(empty.exitCode, 2) << describe(empty);
    EXPECT_TRUE(empty.err.contains(u"--database needs"_s)) << describe(empty);
    const CtlRun variable =
        runStationCtlWithDatabaseVariable(QString(), {u"export"_s, u"alerts"_s});
    EXPECT_EQ(variable.exitCode, 2) << describe(variable);
    EXPECT_TRUE(variable.err.contains(u"STATIONDESK_DATABASE is set but empty"_s))
        << describe(variable);
}

} // namespace sd::test
