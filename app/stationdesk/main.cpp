#include "core/Application.h"
#include "ui/shell/Language.h"
#include "ui/shell/SessionController.h"
#include "ui/shell/SingleInstance.h"
#include "ui/shell/UiResources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Main {
    Q_DECLARE_TR_FUNCTIONS(sd::Main)
};

// The language must be known before the parser is built, so that --help is already
// in that language; a plain scan finds it without judging the other arguments.
QString requestedLanguage(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang"_s && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (argument.startsWith(u"--lang="_s)) {
            return argument.mid(7);
        }
    }
    return sd::Language::systemDefault();
}

int fail(const QString &title, const QString &message) {
    // Also on stderr: a desk started from a script or a shortcut may have no one watching.
    std::fprintf(stderr, "stationdesk: %s\n", qPrintable(message));
    QMessageBox box(QMessageBox::Critical, title, message);
    box.addButton(Main::tr("Close"), QMessageBox::AcceptRole);
    box.exec();
    return 1;
}

// True when the command line only asks for help or the version: those are answered
// on the terminal and must work without a display.
bool wantsTerminalOnly(const QStringList &arguments) {
    static const QStringList terminalOptions = {u"-h"_s,         u"--help"_s, u"-?"_s,
                                                u"--help-all"_s, u"-v"_s,     u"--version"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (terminalOptions.contains(arguments.at(i))) {
            return true;
        }
    }
    return false;
}

struct Options {
    QCommandLineOption database{u"database"_s,
                                Main::tr("The station database: a SQLite file path or "
                                         "postgresql://user@host:port/db. Default: "
                                         "$STATIONDESK_DATABASE, else a file in your "
                                         "application-data folder."),
                                u"URL"_s};
    QCommandLineOption language{
        u"lang"_s, Main::tr("User-interface language: zh_CN or en. Default: from the system."),
        u"zh_CN|en"_s};
};

void describe(QCommandLineParser &parser, const Options &options) {
    parser.setApplicationDescription(
        Main::tr("StationDesk: records, responsibilities and duty for a neighbourhood police "
                 "station."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.database);
    parser.addOption(options.language);
}

void setIdentity() {
    QCoreApplication::setApplicationName(u"StationDesk"_s);
    QCoreApplication::setOrganizationName(u"StationDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
}

} // namespace

int main(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    const QString language = requestedLanguage(arguments);
    const bool knownLanguage = sd::Language::isSupported(language);
    const QString effective = knownLanguage ? language : u"en"_s;

    if (wantsTerminalOnly(arguments)) {
        QCoreApplication terminal(argc, argv);
        setIdentity();
        sd::Language::install(effective);
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(terminal); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(u"stationdesk"_s);
    sd::initUiResources();
    QApplication::setWindowIcon(QIcon(u":/icons/stationdesk.svg"_s));
    sd::Language::install(effective);
    sd::Language::applyFont(effective);

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    if (!knownLanguage) {
        return fail(Main::tr("StationDesk"),
                    Main::tr("Unknown language \"%1\" for --lang: use zh_CN or en.").arg(language));
    }

    auto url = sd::DatabaseUrl::resolve(parser.isSet(options.database)
                                            ? std::optional(parser.value(options.database))
                                            : std::nullopt);
    if (!url) {
        return fail(Main::tr("Cannot open the station database"), url.error().message);
    }
    // Before opening: a second start must not migrate or touch the station at all.
    sd::SingleInstance instance(sd::SingleInstance::keyFor(url.value()));
    if (!instance.claim()) {
        std::fprintf(stderr, "stationdesk: %s\n",
                     qPrintable(Main::tr("StationDesk is already open on %1 for this user; "
                                         "that window was brought to the front.")
                                    .arg(url->displayName())));
        return 0;
    }
    auto opened = sd::Application::open(url.value(), sd::Application::OpenMode::CreateOrMigrate);
    if (!opened) {
        return fail(Main::tr("Cannot open the station database"),
                    Main::tr("StationDesk could not open %1.\n\n%2")
                        .arg(url->displayName(), opened.error().message));
    }
    std::unique_ptr<sd::Application> station = std::move(opened.value());

    // First run (no administrator yet), then the login dialog, then the main window; back
    // to the login dialog after logging out. Nothing of the station shows before a login.
    sd::SessionController session(*station);
    QObject::connect(&session, &sd::SessionController::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    QObject::connect(&instance, &sd::SingleInstance::activationRequested, &session,
                     &sd::SessionController::bringToFront);
    session.start();
    return QApplication::exec();
}
