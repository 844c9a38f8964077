#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace sd {

// A deliberately small option parser shared by stationctl and each of its commands.
// QCommandLineParser was not used because it cannot stop at a subcommand and leave
// the rest untouched, and its messages cannot name the command they belong to.
//
// Accepts "--name value", "--name=value", flags "--name", "-h" for "--help" and "--"
// to end the options. Every mistake is an ErrorCode::Usage error naming the option.
class ArgumentParser {
    Q_DECLARE_TR_FUNCTIONS(sd::ArgumentParser)

public:
    // context names the command in messages, e.g. "stationctl" or "people list".
    explicit ArgumentParser(QString context);

    void addFlag(const QString &name);
    // A repeatable option may be given more than once ("--by month --by area"); value()
    // is then the last, values() all in order.
    void addOption(const QString &name, bool repeatable = false);

    // With stopAtPositional, parsing ends at the first non-option argument, which with
    // everything after it is returned by positionals() untouched: the command and its
    // own options.
    Status parse(const QStringList &arguments, bool stopAtPositional = false);

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name); }
    QStringList values(const QString &name) const { return m_repeated.value(name); }
    QStringList positionals() const { return m_positionals; }

private:
    QString m_context;
    QSet<QString> m_flags;
    QSet<QString> m_options;
    QSet<QString> m_repeatable;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QStringList m_positionals;
};

} // namespace sd
