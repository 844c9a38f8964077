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

std::map<QString, std::unique_ptr<Application>> &stations() {
    static std::map<QString, std::unique_ptr<Application>> opened;
    return opened;
}
} // namespace

Application *openedStation(const QString &path) {
    const auto found = stations().find(path);
    return found == stations().end() ? nullptr : found->second.get();
}

Application &keepStation(const QString &path, std::unique_ptr<Application> app) {
    auto &slot = stations()[path];
    slot = std::move(app);
    return *slot;
}

void closeStations() {
    stations().clear();
}

Application &benchStation(qint64 auditRows) {
    const QString dir = qEnvironmentVariable("SD_BENCH_DIR", u"/tmp"_s);
    const QString path = QDir(dir).filePath(u"stationdesk-bench-audit-%1.sqlite"_s.arg(auditRows));
    if (Application *opened = openedStation(path)) {
        return *opened;
    }
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
    return keepStation(path, std::move(app.value()));
}

} // namespace sd::bench
