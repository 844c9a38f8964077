#include "app/stationctl/ArgumentParser.h"

using namespace Qt::StringLiterals;

namespace sd {

ArgumentParser::ArgumentParser(QString context)
    : m_context(std::move(context)) {
    addFlag(u"help"_s);
}

void ArgumentParser::addFlag(const QString &name) {
    m_flags.insert(name);
}

void ArgumentParser::addOption(const QString &name, bool repeatable) {
    m_options.insert(name);
    if (repeatable) {
        m_repeatable.insert(name);
    }
}

Status ArgumentParser::parse(const QStringList &arguments, bool stopAtPositional) {
    m_values.clear();
    m_repeated.clear();
    m_positionals.clear();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s) {
            m_positionals << arguments.mid(i + 1);
            break;
        }
        if (argument == u"-h"_s) {
            m_values.insert(u"help"_s, {});
            continue;
        }
        if (!argument.startsWith(u"--"_s)) {
            if (argument.startsWith(u'-') && argument.size() > 1) {
                return Error::usage(
                    tr("unknown option \"%1\" for %2; see %2 --help").arg(argument, m_context));
            }
            if (stopAtPositional) {
                m_positionals << arguments.mid(i);
                break;
            }
            m_positionals << argument;
            continue;
        }
        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        const QString display = u"--"_s + name;
        if (m_values.contains(name) && !m_repeatable.contains(name)) {
            return Error::usage(tr("option %1 is given twice").arg(display));
        }
        if (m_flags.contains(name)) {
            if (equals >= 0) {
                return Error::usage(tr("option %1 takes no value").arg(display));
            }
            m_values.insert(name, {});
            continue;
        }
        if (!m_options.contains(name)) {
            return Error::usage(
                tr("unknown option \"%1\" for %2; see %2 --help").arg(display, m_context));
        }
        if (equals < 0 && i + 1 >= arguments.size()) {
            return Error::usage(tr("option %1 needs a value").arg(display));
        }
        const QString value = equals >= 0 ? argument.mid(equals + 1) : arguments.at(++i);
        m_values.insert(name, value);
        m_repeated[name] << value;
    }
    return {};
}

} // namespace sd
