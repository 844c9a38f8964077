#pragma once

#include "app/stationctl/Command.h"
#include "app/stationctl/Console.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTranslator>
#include <memory>
#include <vector>

namespace sd {

// The stationctl program without main(): global options (--database, --lang, --help,
// --version), then hands the rest to the command named on the command line. Kept out
// of main.cpp so tests can run it in-process with a captured Console.
class StationCtl {
    Q_DECLARE_TR_FUNCTIONS(sd::StationCtl)

public:
    explicit StationCtl(Console &console);
    ~StationCtl();

    // arguments excludes the program name.
    ExitCode run(const QStringList &arguments);

    // Every command's declaration, in the order of the overview.
    QList<CommandSpec> specs() const;

private:
    // Parses the global options and runs the command.
    ExitCode dispatch(const QStringList &arguments);
    // stationctl help [COMMAND | --markdown | --man]: the overview, one command's help, or
    // the whole reference as docs/cli.md or the man page stationctl.1.
    ExitCode help(const QStringList &topic);
    QString usage() const;
    // The options every command takes, naming defaultDatabase as the default.
    static QString globalOptions(const QString &defaultDatabase);
    static QString exitStatus();
    Command *find(const QString &name) const;
    // "en", "zh_CN", or empty for the system's language.
    Status installLanguage(const QString &language);
    ExitCode fail(const Error &error);

    Console &m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace sd
