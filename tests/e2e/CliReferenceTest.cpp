#include "app/stationctl/CliReference.h"

#include "StationCtlRunner.h"
#include "app/stationctl/StationCtl.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

// The declarations as the program holds them, in English (no translator is installed).
QList<CommandSpec> declaredCommands() {
    QByteArray out;
    QString err;
    Console console(&out, &err);
    return StationCtl(console).specs();
}

QString sourceFile(const QString &relative) {
    QFile file(QStringLiteral(SD_SOURCE_DIR "/") + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first line where the stored file and the generated text part, for the message.
std::string firstDifference(const QString &stored, const QString &generated) {
    const QStringList a = stored.split(u'\n');
    const QStringList b = generated.split(u'\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i)) {
            return QStringLiteral("line %1: stored \"%2\", generated \"%3\"")
                .arg(i + 1)
                .arg(a.value(i), b.value(i))
                .toStdString();
        }
    }
    return {};
}

const QSet<QString> kGlobalOptions = {u"database"_s, u"lang"_s, u"help"_s, u"version"_s};

} // namespace

// docs/cli.md is generated; this fails when a command changed and the file was not
// regenerated (stationctl --lang en help --markdown > docs/cli.md).
TEST(CliReferenceTest, TheMarkdownReferenceIsUpToDate) {
    // The real program, whose version the man page shows.
    const CtlRun run = runStationCtl({u"help"_s, u"--markdown"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QString stored = sourceFile(u"docs/cli.md"_s);
    EXPECT_TRUE(stored == run.out) << firstDifference(stored, run.out)
                                   << "\ndocs/cli.md is out of date; regenerate it with:\n"
                                      "  stationctl --lang en help --markdown > docs/cli.md";
}

TEST(CliReferenceTest, TheManPageIsUpToDate) {
    // The real program, whose version the man page shows.
    const CtlRun run = runStationCtl({u"help"_s, u"--man"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QString stored = sourceFile(u"docs/stationctl.1"_s);
    EXPECT_TRUE(stored == run.out) << firstDifference(stored, run.out)
                                   << "\ndocs/stationctl.1 is out of date; regenerate it with:\n"
                                      "  stationctl --lang en help --man > docs/stationctl.1";
}

// groff -ww reports every construct it had to guess at; the page must need no guessing.
TEST(CliReferenceTest, TheManPageFormatsWithoutWarnings) {
    const CtlRun groff =
        runExternal(u"groff"_s, {u"-man"_s, u"-ww"_s, u"-z"_s, u"-Tutf8"_s,
                                 QStringLiteral(SD_SOURCE_DIR "/docs/stationctl.1")});
    ASSERT_TRUE(groff.finished) << describe(groff);
    EXPECT_EQ(groff.exitCode, 0) << describe(groff);
    EXPECT_TRUE(groff.err.isEmpty()) << describe(groff);
}

// The help text is written by hand next to the declaration: every option the parser
// accepts is explained there, and every option it explains is accepted.
TEST(CliReferenceTest, EachHelpTextNamesExactlyTheDeclaredOptions) {
    static const QRegularExpression optionWord(u"--([a-z][a-z-]*)"_s);
    for (const CommandSpec &command : declaredCommands()) {
        QSet<QString> declared = kGlobalOptions;
        for (const ActionSpec &action : command.actions) {
            for (const OptionSpec &option : action.options) {
                declared.insert(option.name);
                EXPECT_TRUE(command.help.contains(u"--"_s + option.name))
                    << command.name.toStdString() << " does not explain --"
                    << option.name.toStdString();
            }
        }
        for (const auto &match : optionWord.globalMatch(command.help)) {
            EXPECT_TRUE(declared.contains(match.captured(1)))
                << command.name.toStdString()
                << " explains an option it does not take: " << match.captured(0).toStdString();
        }
    }
}

// The messages for a wrong command line come from the declaration, the same for every
// command: checked for all of them, so a new command cannot get them wrong.
TEST(CliReferenceTest, EveryCommandRefusesAWrongCommandLineWithExit2) {
    for (const CommandSpec &command : declaredCommands()) {
        const std::string name = command.name.toStdString();
        const CtlRun help = runInProcess({command.name, u"--help"_s});
        EXPECT_EQ(help.exitCode, 0) << name << describe(help);
        EXPECT_EQ(help.out, command.help) << name;
        for (const ActionSpec &action : command.actions) {
            QStringList words{command.name};
            if (!action.name.isEmpty()) {
                words << action.name.split(u' '); // "roster list" is two words
            }
            const CtlRun actionHelp = runInProcess(words + QStringList{u"--help"_s});
            EXPECT_EQ(actionHelp.out, command.help) << name;
            const CtlRun unknown = runInProcess(words + QStringList{u"--no-such-option"_s});
            EXPECT_EQ(unknown.exitCode, 2) << name << describe(unknown);
            EXPECT_TRUE(unknown.err.contains(u"--no-such-option"_s)) << describe(unknown);
            if (action.operands.isEmpty()) {
                const CtlRun stray = runInProcess(words + QStringList{u"stray"_s});
                EXPECT_EQ(stray.exitCode, 2) << name << describe(stray);
                EXPECT_TRUE(stray.err.contains(u"unexpected argument \"stray\""_s))
                    << describe(stray);
            }
        }
        if (command.actions.first().name.isEmpty()) {
            continue; // no subcommands
        }
        const CtlRun missing = runInProcess({command.name});
        EXPECT_EQ(missing.exitCode, 2) << name << describe(missing);
        EXPECT_TRUE(missing.err.contains(u"missing subcommand"_s)) << describe(missing);
        const CtlRun wrong = runInProcess({command.name, u"frobnicate"_s});
        EXPECT_EQ(wrong.exitCode, 2) << name << describe(wrong);
        EXPECT_TRUE(wrong.err.contains(u"unknown subcommand \"frobnicate\""_s) &&
                    wrong.err.contains(command.actions.first().name))
            << describe(wrong);
    }
}

TEST(CliReferenceTest, TheSynopsisShowsEachActionWithItsOptions) {
    for (const CommandSpec &command : declaredCommands()) {
        if (command.name != u"people"_s) {
            continue;
        }
        EXPECT_EQ(CliReference::synopsis(command),
                  QStringList{u"stationctl people list [--format FORMAT] [--search TEXT] "
                              "[--active]"_s});
        return;
    }
    FAIL() << "no people command";
}

TEST(CliReferenceTest, HelpOnAnUnknownTopicIsExit2) {
    const CtlRun run = runInProcess({u"help"_s, u"frobnicate"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_TRUE(run.err.contains(u"frobnicate"_s)) << describe(run);
    const CtlRun people = runInProcess({u"help"_s, u"people"_s});
    EXPECT_EQ(people.exitCode, 0) << describe(people);
    EXPECT_TRUE(people.out.contains(u"--search"_s)) << describe(people);
}

} // namespace sd::test
