#include "app/stationctl/Command.h"

#include "core/kernel/documents/OutputPath.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// The words after "group" of the actions named "group …", or of all actions when group is
// empty: what "use: …" lists. An action may be two words ("roster list").
QString actionNames(const CommandSpec &command, const QString &group = {}) {
    QStringList names;
    for (const ActionSpec &action : command.actions) {
        if (group.isEmpty()) {
            const QString first = action.name.section(u' ', 0, 0);
            if (!names.contains(first)) {
                names << first;
            }
        } else if (action.name.startsWith(group + u' ')) {
            names << action.name.mid(group.size() + 1);
        }
    }
    return names.join(u", "_s);
}

// How many words of arguments name action: 1 or 2, or 0 when they do not name it.
qsizetype wordsNaming(const ActionSpec &action, const QStringList &arguments) {
    const QStringList words = action.name.split(u' ');
    return arguments.mid(0, words.size()) == words ? words.size() : 0;
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
    for (const ActionSpec &action : command.actions) {
        if (const qsizetype words = wordsNaming(action, arguments)) {
            return runAction(url, command, action, arguments.mid(words));
        }
    }
    if (const QString group = actionNames(command, word); !group.isEmpty()) {
        const QString context = command.name + u' ' + word;
        const QString second = arguments.value(1);
        if (second == u"--help"_s || second == u"-h"_s) {
            m_console.out() << command.help;
            return ExitCode::Success;
        }
        if (second.isEmpty() || second.startsWith(u'-')) {
            return fail(Error::usage(
                tr("missing subcommand for stationctl %1; use: %2").arg(context, group)));
        }
        return fail(Error::usage(tr("unknown subcommand \"%1\" for stationctl %2; use: %3")
                                     .arg(second, context, group)));
    }
    return fail(Error::usage(tr("unknown subcommand \"%1\" for stationctl %2; use: %3")
                                 .arg(word, command.name, actionNames(command))));
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
