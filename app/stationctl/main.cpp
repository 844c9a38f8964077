#include "app/stationctl/StationCtl.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

// stationctl: the StationDesk command line. A QCoreApplication only, never widgets,
// so it runs on servers and in scripts without a display.
int main(int argc, char **argv) {
    // A reader that goes away (`stationctl export alerts | head`) must become a write error
    // the command reports and exits 1 on, not a silent death by SIGPIPE.
    std::signal(SIGPIPE, SIG_IGN);
    // Commands that paint PDFs with text need fonts, hence a QGuiApplication; the offscreen
    // platform keeps them working without a display. Everything else stays QCoreApplication.
    bool paints = false;
    for (int i = 1; i < argc; ++i) {
        paints = paints || qstrcmp(argv[i], "labels") == 0 || qstrcmp(argv[i], "report") == 0;
    }
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app;
    if (paints) {
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"stationctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::Console console;
    return static_cast<int>(sd::StationCtl(console).run(QCoreApplication::arguments().mid(1)));
}
