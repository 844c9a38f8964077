#include "AlertBenchData.h"

#include "BenchDatabase.h"
#include "core/demo/AlertSeeder.h"
#include "core/demo/DemoStation.h"
#include "core/kernel/common/SearchText.h"
#include "core/kernel/documents/Csv.h"
#include "core/kernel/storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace sd::bench {

namespace {
[[noreturn]] void die(const QString &what, const Error &error) {
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

QString benchPath(const QString &name) {
    return QDir(qEnvironmentVariable("SD_BENCH_DIR", u"/tmp"_s)).filePath(name);
}

std::unique_ptr<Application> openStation(const QString &path) {
    auto app =
        Application::open(DatabaseUrl::parse(path).value(), Application::OpenMode::CreateOrMigrate);
    if (!app) {
        die(path, app.error());
    }
    return std::move(app.value());
}

AlertSeedOptions options(qint64 rows) {
    AlertSeedOptions seed;
    seed.count = rows;
    seed.seed = 1;
    seed.years = 3;
    seed.endMs =
        QDateTime(QDate(2026, 7, 1), QTime(0, 0), QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
            .toMSecsSinceEpoch();
    return seed;
}

// Folds the WAL into the file so a plain copy of it is the whole station.
void checkpoint(Application &app) {
    if (auto done = runSql(app.database().connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s, {});
        !done) {
        die(u"checkpoint"_s, done.error());
    }
}

void progress(qint64 done, qint64 total) {
    if (done % 100000 == 0 || done == total) {
        std::fprintf(stderr, "  %lld of %lld\n", static_cast<long long>(done),
                     static_cast<long long>(total));
    }
}
// Writes path once from source, row by row (line 0 is the header), whole or not at all.
QString deriveCsv(const QString &source, const QString &path,
                  const std::function<QStringList(const QStringList &, qint64)> &derive) {
    if (QFileInfo::exists(path)) {
        return path;
    }
    std::fprintf(stderr, "writing %s (once)\n", qPrintable(path));
    QFile in(source);
    QFile out(path + u".writing"_s);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
        die(path, Error::storage(u"cannot open the derived CSV's files"_s));
    }
    CsvReader reader(in);
    CsvWriter writer(out);
    CsvRecord record;
    for (qint64 line = 0; reader.next(record); ++line) {
        writer.writeRow(derive(record.fields, line));
    }
    out.close();
    if (reader.error() || !QFile::rename(out.fileName(), path)) {
        die(path, Error::storage(u"cannot write the derived CSV"_s));
    }
    return path;
}
} // namespace

QString emptyStationPath() {
    const QString path = benchPath(u"stationdesk-bench-alerts-empty.sqlite"_s);
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "building %s (once)\n", qPrintable(path));
        auto app = openStation(path);
        if (auto demo = DemoStation(*app).build(); !demo) {
            die(u"demo"_s, demo.error());
        }
        checkpoint(*app);
    }
    return path;
}

QString alertCsvPath(qint64 rows) {
    const QString path = benchPath(u"stationdesk-bench-alerts-%1.csv"_s.arg(rows));
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "writing %s (once)\n", qPrintable(path));
        auto app = openStation(emptyStationPath());
        const AlertSeeder seeder(app->database(), app->audit(), app->station());
        if (auto written = seeder.writeCsv(options(rows), path, progress); !written) {
            die(path, written.error());
        }
    }
    return path;
}

QString shortAlertCsvPath(qint64 rows) {
    // Like a dispatch system's export: a dozen characters of summary, the address, a caller
    // on one row in three, no area on half the rows, "preventable" left empty when false.
    enum { Preventable = 4, Area = 5, CallerName = 7, CallerPhone = 8, Summary = 9 };
    return deriveCsv(alertCsvPath(rows),
                     benchPath(u"stationdesk-bench-alerts-%1-short.csv"_s.arg(rows)),
                     [](const QStringList &header, qint64 line) {
                         if (line == 0) {
                             return header;
                         }
                         QStringList f = header;
                         f[Summary] = f[Summary].left(12);
                         if (line % 3 != 0) {
                             f[CallerName].clear();
                             f[CallerPhone].clear();
                         }
                         if (line % 2 == 0) {
                             f[Area].clear();
                         }
                         if (f[Preventable] == u"0"_s) {
                             f[Preventable].clear();
                         }
                         return f;
                     });
}

QString alertCsvPath(AlertRows kind, qint64 rows) {
    return kind == AlertRows::Long ? alertCsvPath(rows) : shortAlertCsvPath(rows);
}

QString alertCsvWithTokensPath(AlertRows kind, qint64 rows) {
    const QString source = alertCsvPath(kind, rows);
    const QString path = QString(source).replace(u".csv"_s, u"-tokens.csv"_s);
    // The columns the app indexes, in its order: summary, location, caller_name, caller_phone.
    return deriveCsv(source, path, [](const QStringList &f, qint64 line) {
        return QStringList(f) << (line == 0 ? u"search_text"_s
                                            : SearchText::index({f[9], f[6], f[7], f[8]}));
    });
}

Application &alertStation(qint64 rows) {
    const QString path = benchPath(u"stationdesk-bench-alerts-%1.sqlite"_s.arg(rows));
    if (Application *opened = openedStation(path)) {
        return *opened;
    }
    if (!QFileInfo::exists(path)) {
        std::fprintf(stderr, "building %s (once)\n", qPrintable(path));
        const QString building = path + u".building"_s;
        QFile::remove(building);
        {
            auto app = openCopyOfEmptyStation(building);
            const AlertSeeder seeder(app->database(), app->audit(), app->station());
            if (auto seeded = seeder.seed(options(rows), progress); !seeded) {
                die(path, seeded.error());
            }
            checkpoint(*app);
        }
        // Only a finished station is ever reused.
        if (!QFile::rename(building, path)) {
            die(path, Error::storage(u"cannot rename the built station"_s));
        }
        QFile::remove(building + u"-wal"_s);
        QFile::remove(building + u"-shm"_s);
    }
    return keepStation(path, openStation(path));
}

std::unique_ptr<Application> openCopyOfEmptyStation(const QString &path) {
    const QString empty = emptyStationPath();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
    if (!QFile::copy(empty, path)) {
        die(path, Error::storage(u"cannot copy the empty station"_s));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return openStation(path);
}

qint64 peakRssKiB() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

void resetPeakRss() {
    QFile clear(u"/proc/self/clear_refs"_s);
    if (clear.open(QIODevice::WriteOnly)) {
        clear.write("5");
    }
}

} // namespace sd::bench
