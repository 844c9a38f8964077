#include "app/stationctl/Command.h"

#include "core/kernel/documents/OutputPath.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString actionNames(const CommandSpec &command) {
    QStringList names;
    for (const ActionSpec &action : command.actions) {
        names << action.name;
    }
    return names.join(u", "_s);
}
} // namespace

ExitCode Command::run(const DatabaseUrl &url, const QStringList &arguments) {
    const CommandSpec command = spec();
    if (command.actions.size() == 1 && command.actions.first().name.isEmpty()) {
        return runAction(url, command, command.actions.first(), arguments);
    }
    const QString word = arguments.value(0);
    if (word == u"--help"_s || word == u"-h"_s) {
        m_console.out() << command.help;
        return ExitCode::Success;
    }
    if (word.isEmpty()) {
        return fail(Error::usage(tr("missing subcommand for stationctl %1; use: %2")
                                     .arg(command.name, actionNames(command))));
    }
    const auto action =
        std::find_if(command.actions.cbegin(), command.actions.cend(),
                     [&](const ActionSpec &candidate) { return candidate.name == word; });
    if (action == command.actions.cend()) {
        return fail(Error::usage(tr("unknown subcommand \"%1\" for stationctl %2; use: %3")
                                     .arg(word, command.name, actionNames(command))));
    }
    return runAction(url, command, *action, arguments.mid(1));
}

ExitCode Command::runAction(const DatabaseUrl &url, const CommandSpec &command,
                            const ActionSpec &action, const QStringList &arguments) {
    const QString context =
        QStringList{u"stationctl"_s, command.name, action.name}.join(u' ').trimmed();
    ArgumentParser parser(context);
    for (const OptionSpec &option : action.options) {
        if (option.value.isEmpty()) {
            parser.addFlag(option.name);
        } else {
            parser.addOption(option.name, option.repeatable);
        }
    }
    SD_FAIL_IF_ERROR(parser.parse(arguments));
    if (parser.isSet(u"help"_s)) {
        m_console.out() << command.help;
        return ExitCode::Success;
    }
    if (action.operands.isEmpty() && !parser.positionals().isEmpty()) {
        return fail(Error::usage(tr("unexpected argument \"%1\" for %2; see %2 --help")
                                     .arg(parser.positionals().first(), context)));
    }
    Invocation invocation(url, action, parser, m_console);
    if (action.options.contains(kFormatOption)) {
        auto format = parseOutputFormat(
            parser.isSet(kFormatOption.name) ? parser.value(kFormatOption.name) : u"table"_s);
        SD_FAIL_IF_ERROR(format);
        invocation.setFormat(format.value());
    }
    return action.run(invocation);
}

std::optional<ExitCode> Command::refuseUnsafeOutput(const DatabaseUrl &url, const QString &output,
                                                    const QStringList &inputs) {
    SD_FAIL_IF_ERROR(OutputPath::check(output, url, inputs));
    return std::nullopt;
}

ExitCode Command::fail(const Error &error) {
    m_console.error(error.message);
    return error.code == ErrorCode::Usage ? ExitCode::Usage : ExitCode::Failure;
}

} // namespace sd
