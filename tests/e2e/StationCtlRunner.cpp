#include "StationCtlRunner.h"

#include "app/stationctl/Console.h"
#include "app/stationctl/StationCtl.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

QProcessEnvironment sandboxEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"STATIONDESK_DATABASE"_s);
    environment.insert(u"XDG_DATA_HOME"_s, sandboxDataHome());
    return environment;
}

// The binary built alongside the tests, unless STATIONDESK_TEST_STATIONCTL names another
// (an installed package's, or an older build's to show that a new test fails there).
QString stationCtlPath() {
    const QString chosen = qEnvironmentVariable("STATIONDESK_TEST_STATIONCTL");
    return chosen.isEmpty() ? QStringLiteral(SD_STATIONCTL_PATH) : chosen;
}

CtlRun runProgram(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment, const QByteArray &input = {}) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (process.waitForStarted()) {
        process.write(input);
        process.closeWriteChannel();
    }
    constexpr int kTimeoutMs = 120000;
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    CtlRun run;
    run.finished = process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CtlRun runWith(const QStringList &arguments, const QProcessEnvironment &environment,
               const QByteArray &input = {}) {
    // English unless the test picks a language: the assertions read the messages.
    const QStringList language =
        arguments.contains(u"--lang"_s) ? QStringList() : QStringList{u"--lang"_s, u"en"_s};
    return runProgram(stationCtlPath(), language + arguments, environment, input);
}

} // namespace

CtlRun runInProcess(const QStringList &arguments, const QByteArray &input) {
    const QStringList language =
        arguments.contains(u"--lang"_s) ? QStringList() : QStringList{u"--lang"_s, u"en"_s};
    QByteArray out;
    CtlRun run;
    {
        Console console(&out, &run.err, input);
        run.exitCode = static_cast<int>(StationCtl(console).run(language + arguments));
    }
    run.out = QString::fromUtf8(out);
    run.finished = true;
    return run;
}

void startStationCtl(QProcess &process, const QString &databaseUrl, const QStringList &arguments) {
    process.setProcessEnvironment(sandboxEnvironment());
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(stationCtlPath(),
                  QStringList{u"--lang"_s, u"en"_s, u"--database"_s, databaseUrl} + arguments);
}

QString sandboxDataHome() {
    static QTemporaryDir directory;
    return directory.path();
}

CtlRun runStationCtl(const QStringList &arguments) {
    return runWith(arguments, sandboxEnvironment());
}

CtlRun runStationCtl(const QString &databaseUrl, const QStringList &arguments) {
    return runStationCtl(QStringList{u"--database"_s, databaseUrl} + arguments);
}

CtlRun runStationCtlWithInput(const QString &databaseUrl, const QStringList &arguments,
                              const QByteArray &input) {
    return runWith(QStringList{u"--database"_s, databaseUrl} + arguments, sandboxEnvironment(),
                   input);
}

CtlRun runExternal(const QString &program, const QStringList &arguments) {
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        CtlRun missing;
        missing.err = u"%1 is not installed or not on PATH; the tests need the real client "
                      u"(scripts/lib/common.sh installs it)"_s.arg(program);
        return missing;
    }
    return runProgram(path, arguments, QProcessEnvironment::systemEnvironment());
}

CtlRun runStationCtlWithDatabaseVariable(const QString &value, const QStringList &arguments) {
    QProcessEnvironment environment = sandboxEnvironment();
    environment.insert(u"STATIONDESK_DATABASE"_s, value);
    return runWith(arguments, environment);
}

CtlRun runStationCtlScript(const QString &databaseUrl, const QString &script) {
    QProcessEnvironment environment = sandboxEnvironment();
    environment.insert(u"SD_CTL"_s, stationCtlPath());
    environment.insert(u"SD_DB"_s, databaseUrl);
    const QString prelude = u"ctl() { \"$SD_CTL\" --lang en --database \"$SD_DB\" \"$@\"; }\n"_s;
    return runProgram(u"/bin/bash"_s, {u"-c"_s, prelude + script}, environment);
}

std::string describe(const CtlRun &run) {
    return u"exit %1%2\n--- stdout:\n%3--- stderr:\n%4"_s.arg(run.exitCode)
        .arg(run.finished ? QString() : u" (crashed or timed out)"_s, run.out, run.err)
        .toStdString();
}

} // namespace sd::test
