#include "app/stationctl/StationCtl.h"

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/AssessCommand.h"
#include "app/stationctl/AuditCommand.h"
#include "app/stationctl/CliReference.h"
#include "app/stationctl/CloseCommand.h"
#include "app/stationctl/DemoCommand.h"
#include "app/stationctl/DutyCommand.h"
#include "app/stationctl/ExportCommand.h"
#include "app/stationctl/HonoursCommand.h"
#include "app/stationctl/ImportCommand.h"
#include "app/stationctl/InitCommand.h"
#include "app/stationctl/LabelsCommand.h"
#include "app/stationctl/MediationCommand.h"
#include "app/stationctl/OwnersCommand.h"
#include "app/stationctl/PeopleCommand.h"
#include "app/stationctl/PermissionsCommand.h"
#include "app/stationctl/RecordsCommand.h"
#include "app/stationctl/ReportCommand.h"
#include "app/stationctl/SeedCommand.h"
#include "app/stationctl/SettingsCommand.h"
#include "app/stationctl/StatsCommand.h"
#include "app/stationctl/UnitsCommand.h"
#include "app/stationctl/UserCommand.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QStringList kLanguages = {u"zh_CN"_s, u"en"_s};
} // namespace

StationCtl::StationCtl(Console &console)
    : m_console(console) {
    m_commands.push_back(std::make_unique<InitCommand>(console));
    m_commands.push_back(std::make_unique<DemoCommand>(console));
    m_commands.push_back(std::make_unique<PeopleCommand>(console));
    m_commands.push_back(std::make_unique<UnitsCommand>(console));
    m_commands.push_back(std::make_unique<ImportCommand>(console));
    m_commands.push_back(std::make_unique<ExportCommand>(console));
    m_commands.push_back(std::make_unique<RecordsCommand>(console));
    m_commands.push_back(std::make_unique<MediationCommand>(console));
    m_commands.push_back(std::make_unique<DutyCommand>(console));
    m_commands.push_back(std::make_unique<CloseCommand>(console));
    m_commands.push_back(std::make_unique<ReportCommand>(console));
    m_commands.push_back(std::make_unique<StatsCommand>(console));
    m_commands.push_back(std::make_unique<AssessCommand>(console));
    m_commands.push_back(std::make_unique<HonoursCommand>(console));
    m_commands.push_back(std::make_unique<OwnersCommand>(console));
    m_commands.push_back(std::make_unique<LabelsCommand>(console));
    m_commands.push_back(std::make_unique<UserCommand>(console));
    m_commands.push_back(std::make_unique<AuditCommand>(console));
    m_commands.push_back(std::make_unique<PermissionsCommand>(console));
    m_commands.push_back(std::make_unique<SeedCommand>(console));
    m_commands.push_back(std::make_unique<SettingsCommand>(console));
}

StationCtl::~StationCtl() {
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
}

Command *StationCtl::find(const QString &name) const {
    const auto found =
        std::find_if(m_commands.cbegin(), m_commands.cend(),
                     [&](const auto &command) { return command->spec().name == name; });
    return found == m_commands.cend() ? nullptr : found->get();
}

QList<CommandSpec> StationCtl::specs() const {
    QList<CommandSpec> specs;
    for (const auto &command : m_commands) {
        specs.append(command->spec());
    }
    return specs;
}

ExitCode StationCtl::fail(const Error &error) {
    m_console.error(error.message);
    return error.code == ErrorCode::Usage ? ExitCode::Usage : ExitCode::Failure;
}

QString StationCtl::usage() const {
    QString text = tr("Usage: stationctl [--database URL] [--lang zh_CN|en] <command> [options]\n"
                      "\n"
                      "Commands:\n");
    const QList<CommandSpec> commands = specs();
    int width = 0;
    for (const CommandSpec &command : commands) {
        width = std::max(width, int(command.name.size()));
    }
    for (const CommandSpec &command : commands) {
        text += u"  "_s + command.name.leftJustified(width + 2) + command.summary + u'\n';
    }
    return text + u'\n' + globalOptions(DatabaseUrl::defaultSqlitePath()) + u'\n' + exitStatus();
}

QString StationCtl::globalOptions(const QString &defaultDatabase) {
    return tr("Options:\n"
              "  --database URL   a SQLite file path, or postgresql://user@host:port/dbname\n"
              "                   (password and TLS the libpq way: PGPASSWORD, ~/.pgpass,\n"
              "                   ?sslmode=require). Default: $STATIONDESK_DATABASE, else\n"
              "                   %1\n"
              "  --lang zh_CN|en  language of messages and table headings\n"
              "  --version        show the version\n"
              "  -h, --help       show this help; stationctl <command> --help for a command\n")
        .arg(defaultDatabase);
}

QString StationCtl::exitStatus() {
    return tr("Exit status: 0 done, 1 the operation failed, 2 the command line is wrong.\n");
}

Status StationCtl::installLanguage(const QString &language) {
    QString chosen = language;
    if (!chosen.isEmpty() && !kLanguages.contains(chosen)) {
        return Error::usage(tr("unknown language \"%1\" for --lang; use zh_CN or en").arg(chosen));
    }
    if (chosen.isEmpty()) {
        chosen = QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    }
    if (chosen == u"en"_s) {
        return {}; // the source texts are English
    }
    auto translator = std::make_unique<QTranslator>();
    // Embedded by the build from resources/translations, as for the GUI.
    if (!translator->load(u":/i18n/stationdesk_"_s + chosen + u".qm"_s)) {
        if (!language.isEmpty()) {
            m_console.error(
                tr("no %1 translation in this build; continuing in English").arg(chosen));
        }
        return {};
    }
    QCoreApplication::installTranslator(translator.get());
    m_translator = std::move(translator);
    return {};
}

ExitCode StationCtl::help(const QStringList &topic) {
    const QString word = topic.value(0);
    if (topic.size() > 1) {
        return fail(Error::usage(tr("unexpected argument \"%1\" for stationctl help; see "
                                    "stationctl --help")
                                     .arg(topic.at(1))));
    }
    // The reference shows the usual default database rather than this machine's.
    const auto reference = QString::fromUtf16(CliReference::kDefaultDatabase);
    if (word == u"--markdown"_s) {
        m_console.out() << CliReference::markdown(specs(), globalOptions(reference), exitStatus());
    } else if (word == u"--man"_s) {
        m_console.out() << CliReference::manPage(specs(), globalOptions(reference), exitStatus(),
                                                 QCoreApplication::applicationVersion());
    } else if (Command *command = find(word)) {
        m_console.out() << command->spec().help;
    } else if (word.isEmpty()) {
        m_console.out() << usage();
    } else {
        return fail(Error::usage(
            tr("no help on \"%1\"; use a command's name, --markdown or --man").arg(word)));
    }
    return ExitCode::Success;
}

ExitCode StationCtl::run(const QStringList &arguments) {
    const ExitCode code = dispatch(arguments);
    // A result that did not reach its reader is not a success, whatever the command did.
    if (QString reason; !m_console.finishOutput(&reason)) {
        m_console.error(tr("cannot write to standard output: %1").arg(reason));
        return code == ExitCode::Success ? ExitCode::Failure : code;
    }
    return code;
}

ExitCode StationCtl::dispatch(const QStringList &arguments) {
    ArgumentParser parser(u"stationctl"_s);
    parser.addOption(u"database"_s);
    parser.addOption(u"lang"_s);
    parser.addFlag(u"version"_s);
    const Status parsed = parser.parse(arguments, true);
    // The language first, so that even a complaint about the other options is in it.
    SD_FAIL_IF_ERROR(installLanguage(parser.value(u"lang"_s)));
    SD_FAIL_IF_ERROR(parsed);
    if (parser.isSet(u"version"_s)) {
        m_console.out() << u"stationctl "_s << QCoreApplication::applicationVersion() << u'\n';
        return ExitCode::Success;
    }
    const QStringList rest = parser.positionals();
    if (parser.isSet(u"help"_s) || rest.value(0) == u"help"_s) {
        return help(rest.value(0) == u"help"_s ? rest.mid(1) : QStringList());
    }
    if (rest.isEmpty()) {
        return fail(Error::usage(tr("no command given; see stationctl --help")));
    }
    Command *command = find(rest.first());
    if (!command) {
        QStringList names;
        for (const CommandSpec &candidate : specs()) {
            names << candidate.name;
        }
        return fail(Error::usage(
            tr("unknown command \"%1\"; use one of: %2").arg(rest.first(), names.join(u", "_s))));
    }
    auto url = DatabaseUrl::resolve(
        parser.isSet(u"database"_s) ? std::optional(parser.value(u"database"_s)) : std::nullopt);
    if (!url) {
        return fail(Error::usage(url.error().message));
    }
    return command->run(url.value(), rest.mid(1));
}

} // namespace sd
