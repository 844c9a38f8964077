#pragma once

#include "app/stationctl/CommandSpec.h"
#include "app/stationctl/OutputFormat.h"
#include "core/kernel/common/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace sd {

// One command group of stationctl ("init", "people", "units", …). Each declares itself in
// spec(); this base runs it: --help, the subcommand word, the declared options, the
// messages for a wrong command line, then the action. A new group is one new class
// registered in StationCtl.
class Command {
    Q_DECLARE_TR_FUNCTIONS(sd::Command)

public:
    explicit Command(Console &console)
        : m_console(console) {}
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // The declaration. Built on each call, so that its texts are in the language installed.
    virtual CommandSpec spec() = 0;

    // arguments are everything after the command word.
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments);

protected:
    Console &console() { return m_console; }

    // An output file option's value that is the database (or one of its files) or one of the
    // command's inputs: reported and refused as a usage error before anything is written.
    std::optional<ExitCode> refuseUnsafeOutput(const DatabaseUrl &url, const QString &output,
                                               const QStringList &inputs = {});

    // Reports error on stderr and returns the exit code its kind calls for.
    ExitCode fail(const Error &error);

private:
    ExitCode runAction(const DatabaseUrl &url, const CommandSpec &command, const ActionSpec &action,
                       const QStringList &arguments);

    Console &m_console;
};

// What every command group's class declares: its translation context, the base's
// constructor and spec(). Like Q_OBJECT it leaves the class body in private access.
#define SD_COMMAND(Name)                                                                           \
    Q_DECLARE_TR_FUNCTIONS(sd::Name)                                                               \
public:                                                                                            \
    using Command::Command;                                                                        \
    CommandSpec spec() override;                                                                   \
                                                                                                   \
private:

} // namespace sd

// In a Command's action: reports a failed Result's or Status's error (fail()) and returns its
// exit code; the one line for "if (!x) { return fail(x.error()); }". The expression is
// evaluated once; a value it returns lives until the check is done.
#define SD_FAIL_IF_ERROR(expression)                                                               \
    do {                                                                                           \
        if (auto &&sdFailed_ = (expression); !sdFailed_) {                                         \
            return fail(sdFailed_.error());                                                        \
        }                                                                                          \
    } while (false)
