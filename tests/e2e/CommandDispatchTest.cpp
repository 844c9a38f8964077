#include "app/stationctl/Command.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// A group with one-word and two-word actions, none of which opens a database; each action
// reports its name and what was left for it to read.
class NestedCommand : public Command {
    SD_COMMAND(NestedCommand)
};

CommandSpec NestedCommand::spec() {
    CommandSpec spec{.name = u"duty"_s, .summary = {}, .help = u"the help\n"_s, .actions = {}};
    for (const QString &name : {u"roster list"_s, u"roster swap"_s, u"today"_s}) {
        spec.actions << ActionSpec{.name = name,
                                   .options = {{u"from"_s, u"DATE"_s}},
                                   .operands = u"NAME"_s,
                                   .database = DatabaseUse::None,
                                   .run = [this, name](Invocation &in) {
                                       console().out() << name << u':' << in.operands().join(u',')
                                                       << u':' << in.value(u"from"_s);
                                       return ExitCode::Success;
                                   }};
    }
    return spec;
}

struct Dispatched {
    ExitCode code;
    QString out;
    QString err;
};

Dispatched dispatch(const QStringList &arguments) {
    QByteArray out;
    QString err;
    Console console(&out, &err);
    NestedCommand command(console);
    const ExitCode code = command.run(DatabaseUrl{}, arguments);
    console.finishOutput(nullptr);
    return {code, QString::fromUtf8(out), err};
}
} // namespace

TEST(CommandDispatchTest, TwoWordActionsTakeTheRestOfTheLine) {
    const Dispatched list =
        dispatch({u"roster"_s, u"list"_s, u"--from"_s, u"2026-12-01"_s, u"x"_s});
    EXPECT_EQ(list.code, ExitCode::Success) << list.err.toStdString();
    EXPECT_EQ(list.out, u"roster list:x:2026-12-01"_s);
    const Dispatched swap = dispatch({u"roster"_s, u"swap"_s, u"y"_s});
    EXPECT_EQ(swap.out, u"roster swap:y:"_s);
    const Dispatched today = dispatch({u"today"_s, u"roster"_s});
    EXPECT_EQ(today.out, u"today:roster:"_s) << "a later word that names a group is an operand";
}

TEST(CommandDispatchTest, AnIncompleteOrWrongSecondWordNamesTheGroupAndItsActions) {
    const Dispatched missing = dispatch({u"roster"_s});
    EXPECT_EQ(missing.code, ExitCode::Usage);
    EXPECT_TRUE(
        missing.err.contains(u"missing subcommand for stationctl duty roster; use: list, swap"_s))
        << missing.err.toStdString();
    const Dispatched flag = dispatch({u"roster"_s, u"--from"_s, u"2026-12-01"_s});
    EXPECT_EQ(flag.code, ExitCode::Usage);
    EXPECT_TRUE(flag.err.contains(u"missing subcommand for stationctl duty roster"_s));
    const Dispatched wrong = dispatch({u"roster"_s, u"lists"_s});
    EXPECT_EQ(wrong.code, ExitCode::Usage);
    EXPECT_TRUE(wrong.err.contains(
        u"unknown subcommand \"lists\" for stationctl duty roster; use: list, swap"_s))
        << wrong.err.toStdString();
    const Dispatched top = dispatch({u"rota"_s});
    EXPECT_TRUE(
        top.err.contains(u"unknown subcommand \"rota\" for stationctl duty; use: roster, today"_s))
        << top.err.toStdString();
    EXPECT_EQ(dispatch({u"roster"_s, u"--help"_s}).out, u"the help\n"_s);
}

} // namespace sd
