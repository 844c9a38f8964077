#include "BenchDatabase.h"

#include "core/demo/AuditSeeder.h"
#include "core/demo/DemoStation.h"

#include <QDir>
#include <QFileInfo>
#include <cstdio>
#include <map>

using namespace Qt::StringLiterals;

namespace sd::bench {

namespace {
[[noreturn]] void die(const QString &what, const Error &error) {
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}
} // namespace

Application &benchStation(qint64 auditRows) {
    static std::map<qint64, std::unique_ptr<Application>> stations;
    auto &slot = stations[auditRows];
    if (slot) {
        return *slot;
    }
    const QString dir = qEnvironmentVariable("SD_BENCH_DIR", u"/tmp"_s);
    const QString path = QDir(dir).filePath(u"stationdesk-bench-audit-%1.sqlite"_s.arg(auditRows));
    const bool fresh = !QFileInfo::exists(path);
    auto url = DatabaseUrl::parse(path);
    auto app = Application::open(url.value(), Application::OpenMode::CreateOrMigrate);
    if (!app) {
        die(path, app.error());
    }
    if (fresh) {
        std::fprintf(stderr, "building %s (once)\n", qPrintable(path));
        if (auto demo = DemoStation(*app.value()).build(); !demo) {
            die(u"demo"_s, demo.error());
        }
        if (auto seeded = AuditSeeder(app.value()->database(), app.value()->session())
                              .seed(auditRows, 1, app.value()->clock().nowMs());
            !seeded) {
            die(u"seed"_s, seeded.error());
        }
    }
    slot = std::move(app.value());
    return *slot;
}

} // namespace sd::bench
