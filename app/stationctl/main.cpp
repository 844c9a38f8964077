#include "StationCtl.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// stationctl: the StationDesk command line. A QCoreApplication only, never widgets,
// so it runs on servers and in scripts without a display.
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"stationctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SD_VERSION));
    sd::Console console;
    return static_cast<int>(sd::StationCtl(console).run(QCoreApplication::arguments().mid(1)));
}
