#include "StationCtlFixture.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sd::test {

CtlRun StationCtlFixture::ctl(const QStringList &arguments) {
    return runInProcess(QStringList{u"--database"_s, testDatabase().urlText()} + arguments);
}

CtlRun StationCtlFixture::ctlWithInput(const QStringList &arguments, const QByteArray &input) {
    return runInProcess(QStringList{u"--database"_s, testDatabase().urlText()} + arguments, input);
}

void StationCtlFixture::buildDemo() {
    // The demo as `stationctl demo` builds it, cloned: only the demo's own tests build it.
    SD_ASSERT_OK(testDatabase().reset(Start::Demo));
}

QJsonArray StationCtlFixture::jsonOf(const QStringList &arguments) {
    const CtlRun run = ctl(arguments + QStringList{u"--format"_s, u"json"_s});
    EXPECT_EQ(run.exitCode, 0) << describe(run);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString() << "\n"
                                                     << run.out.toStdString();
    EXPECT_TRUE(document.isArray()) << run.out.toStdString();
    return document.array();
}

void StationCtlFixture::runClientSql(const QString &sqliteSql, const QString &postgresSql) {
    const CtlRun run =
        engine() == Engine::Sqlite
            ? runExternal(u"sqlite3"_s, {testDatabase().path(), sqliteSql})
            : runExternal(u"psql"_s, {testDatabase().urlText(), u"-X"_s, u"-q"_s, u"-v"_s,
                                      u"ON_ERROR_STOP=1"_s, u"-c"_s, postgresSql});
    ASSERT_TRUE(run.finished && run.exitCode == 0) << describe(run);
}

} // namespace sd::test
