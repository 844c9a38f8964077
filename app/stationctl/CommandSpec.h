#pragma once

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/Console.h"
#include "app/stationctl/OutputFormat.h"
#include "core/Application.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace sd {

// stationctl's exit codes, the contract with scripts.
enum class ExitCode {
    Success = 0,
    Failure = 1, // the operation failed or the input was invalid
    Usage = 2,   // the command line itself was wrong
};

// What an action needs of the station database.
enum class DatabaseUse {
    None,            // nothing: it prints what is built into the program
    Existing,        // an initialised database of this version
    CreateOrMigrate, // created if missing, migrated if older (init, demo)
};

// One option of an action: "--name VALUE", or the flag "--name" when value is empty.
// kFormatOption is the --format of a listing, checked before the action runs.
struct OptionSpec {
    QString name{};
    QString value{};         // the placeholder the reference shows, e.g. "FILE"
    bool repeatable = false; // may be given more than once

    bool operator==(const OptionSpec &) const = default;
};

// --format table|csv|json, table unless given.
inline const OptionSpec kFormatOption{QStringLiteral("format"), QStringLiteral("FORMAT")};

class Invocation;

// One subcommand ("people list"), or the command itself when name is empty ("init").
struct ActionSpec {
    QString name{};
    QList<OptionSpec> options{};
    // The positional arguments it takes, as the reference shows them ("FILE.csv"); none
    // when empty, and any given is then an "unexpected argument".
    QString operands{};
    DatabaseUse database = DatabaseUse::Existing;
    std::function<ExitCode(Invocation &)> run{};
};

// A command group, declared once. Dispatch, the usage messages, --help, opening the
// database, docs/cli.md and the man page all read this; nothing else lists options.
struct CommandSpec {
    QString name;    // the word on the command line
    QString summary; // one line for the overview
    QString help;    // the full text of stationctl <name> --help
    QList<ActionSpec> actions;
};

// One run of an action: its parsed command line and, on first asking, the database.
class Invocation {
public:
    Invocation(const DatabaseUrl &url, const ActionSpec &action, const ArgumentParser &parser,
               Console &console);
    ~Invocation();
    Invocation(const Invocation &) = delete;
    Invocation &operator=(const Invocation &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    QStringList values(const QString &option) const { return m_parser.values(option); }
    QStringList operands() const { return m_parser.positionals(); }
    // The checked value of kFormatOption, for an action that declares it.
    OutputFormat format() const { return m_format; }
    void setFormat(OutputFormat format) { m_format = format; }

    // The database, opened as the action declared. Opened only when asked, after the action
    // has checked its command line, so a wrong command line is exit 2 even without a
    // database. Null when it cannot be opened, which has then been reported, and always
    // for an action declared DatabaseUse::None.
    Application *app();

private:
    const DatabaseUrl &m_url;
    const ActionSpec &m_action;
    const ArgumentParser &m_parser;
    Console &m_console;
    std::unique_ptr<Application> m_app;
    OutputFormat m_format = OutputFormat::Table;
};

} // namespace sd
