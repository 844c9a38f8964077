#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QProcess;

namespace sd::test {

// What one run of the stationctl executable produced.
struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false; // false when it crashed or timed out
};

// Runs stationctl's commands in this process on a Console that captures both channels,
// with input as standard input, in English unless the arguments name --lang. Exit code,
// results and messages are the command's own; what only a separate process has (main(),
// signals, the environment it starts with, a terminal) is tested with runStationCtl.
CtlRun runInProcess(const QStringList &arguments, const QByteArray &input = {});

// Runs the real stationctl binary (built alongside the tests) in a separate process,
// in English (unless arguments name --lang), with STATIONDESK_DATABASE cleared and the per-user
// data folder moved to sandboxDataHome(), so a test can never touch the user's real station
// database.
CtlRun runStationCtl(const QStringList &arguments);

// The same with --database url in front.
CtlRun runStationCtl(const QString &databaseUrl, const QStringList &arguments);

// The same with input as standard input (a password for --password-stdin). Every other
// run gets an empty, closed standard input, so a command that reads it never hangs.
CtlRun runStationCtlWithInput(const QString &databaseUrl, const QStringList &arguments,
                              const QByteArray &input);

// Runs another program found on PATH, such as the sqlite3 or psql client a test uses to
// play an attacker. When it is not installed, the result says so in err (finished false).
CtlRun runExternal(const QString &program, const QStringList &arguments);

// The same with STATIONDESK_DATABASE set to value instead of cleared.
CtlRun runStationCtlWithDatabaseVariable(const QString &value, const QStringList &arguments);

// Runs a bash script in which `ctl ARGS…` runs stationctl (in English, on databaseUrl), for
// what only a shell sets up: resource limits (ulimit -f), redirections to /dev/full, pipes
// whose reader goes away.
CtlRun runStationCtlScript(const QString &databaseUrl, const QString &script);

// Starts the real stationctl as runStationCtl runs it (in English, sandboxed, --database url in
// front, standard input empty) and returns without waiting, for the tests that kill it or run
// several at once; the caller waits for it (waitForStarted, waitForFinished).
void startStationCtl(QProcess &process, const QString &databaseUrl, const QStringList &arguments);

// The XDG data folder the child processes see; the default database lives under it.
QString sandboxDataHome();

// For gtest messages: the exit code and both streams.
std::string describe(const CtlRun &run);

} // namespace sd::test
