#pragma once

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/Console.h"
#include "app/stationctl/OutputFormat.h"
#include "core/Application.h"
#include "core/kernel/common/Error.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

namespace sd {

// stationctl's exit codes, the contract with scripts.
enum class ExitCode {
    Success = 0,
    Failure = 1, // the operation failed or the input was invalid
    Usage = 2,   // the command line itself was wrong
};

// One command group of stationctl ("init", "people", "units", …). main() knows only
// this interface, so a new group is one new class registered in StationCtl.
class Command {
    Q_DECLARE_TR_FUNCTIONS(sd::Command)

public:
    explicit Command(Console &console)
        : m_console(console) {}
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // The word on the command line.
    virtual QString name() const = 0;
    // One line for the overview in stationctl --help.
    virtual QString summary() const = 0;
    // The full help for stationctl <name> --help.
    virtual QString usage() const = 0;

    // arguments are everything after the command word.
    virtual ExitCode run(const DatabaseUrl &url, const QStringList &arguments) = 0;

protected:
    Console &console() { return m_console; }

    // Opens the station database; on failure reports why on stderr and returns null.
    std::unique_ptr<Application> openApplication(const DatabaseUrl &url,
                                                 Application::OpenMode mode);

    // An output file option's value that is the database (or one of its files) or one of the
    // command's inputs: reported and refused as a usage error before anything is written.
    std::optional<ExitCode> refuseUnsafeOutput(const DatabaseUrl &url, const QString &output,
                                               const QStringList &inputs = {});

    // Reports error on stderr and returns the exit code its kind calls for.
    ExitCode fail(const Error &error);
    // Prints the usage text on stdout for --help.
    ExitCode showUsage();

    // Parses a subcommand's arguments. Returns an exit code when the command is over
    // already: the arguments were wrong, --help was given (usage printed), or a positional
    // argument was left over — reported with unexpectedArgument, whose %1 is that argument.
    // Each command words that message itself, so its translation stays with the command.
    std::optional<ExitCode> parseArguments(ArgumentParser &parser, const QStringList &arguments,
                                           const QString &unexpectedArgument);
    // The --format option of a listing command: table unless given.
    static Result<OutputFormat> formatOption(const ArgumentParser &parser);

private:
    Console &m_console;
};

} // namespace sd
