#include "AlertBenchData.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimeZone>
#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace sd;

// The alert register at scale (issue 4, item 9), on 1,000,000 generated alerts.
// Run the import benchmarks one at a time in their own process for a clean peak RSS:
//   sd_bench --benchmark_filter=AlertImport
namespace {

constexpr qint64 kRows = 1000000;

void requireOk(bool ok, benchmark::State &state, const char *what) {
    if (!ok) {
        state.SkipWithError(what);
    }
}

QString scratch(const QString &name) {
    return QDir(qEnvironmentVariable("SD_BENCH_DIR", u"/tmp"_s)).filePath(name);
}

// CPU seconds (user + system) of this process or of its finished children: on a shared
// machine the wall time says as much about the neighbours as about the import.
double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void removeDatabase(const QString &path) {
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile::remove(path + suffix);
    }
}

// (a) The whole CSV through AlertImporter into a fresh demo station (indexes, FTS5 trigger
// and number checks included), one transaction.
// Each import benchmark runs on two data sets (args: rows kind, row count): the seeder's
// long rows, and short rows like a dispatch export's, where per-row costs show.
bench::AlertRows rowsKind(const benchmark::State &state) {
    return state.range(0) == 0 ? bench::AlertRows::Long : bench::AlertRows::Short;
}

void importDataSets(benchmark::internal::Benchmark *b) {
    b->ArgNames({"short", "rows"})
        ->Args({0, kRows})
        ->Args({1, 200000})
        ->Args({1, 500000})
        ->Unit(benchmark::kSecond)
        ->Iterations(1)
        ->UseRealTime();
}

void BM_AlertImportCsv(benchmark::State &state) {
    const qint64 rows = state.range(1);
    const QString csv = bench::alertCsvPath(rowsKind(state), rows);
    const QString path = scratch(u"stationdesk-bench-import.sqlite"_s);
    for (auto _ : state) {
        state.PauseTiming();
        auto app = bench::openCopyOfEmptyStation(path);
        bench::resetPeakRss();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        state.ResumeTiming();
        auto report = app->alertImporter().importFile(csv, AlertImportOptions{});
        state.PauseTiming();
        state.counters["cpu_s"] = cpuSeconds(RUSAGE_SELF) - cpuBefore;
        requireOk(report.ok() && report->inserted == rows, state, "import");
        state.counters["peak_rss_MiB"] = static_cast<double>(bench::peakRssKiB()) / 1024.0;
        app.reset();
        removeDatabase(path);
        state.ResumeTiming();
    }
    state.counters["rows_per_s"] = benchmark::Counter(
        static_cast<double>(rows), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_AlertImportCsv)->Apply(importDataSets);

// Runs a script through the sqlite3 shell on a fresh file, timing it and counting the
// shell's CPU; the script ends by printing the alert count.
void shellImport(benchmark::State &state, const QString &script, const QString &file) {
    const QByteArray rows = QByteArray::number(state.range(1));
    const QString path = scratch(file);
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(path);
        const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
        state.ResumeTiming();
        QProcess shell;
        shell.start(u"sqlite3"_s, {u"-bail"_s, path});
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        const bool finished = shell.waitForFinished(-1);
        state.PauseTiming();
        state.counters["cpu_s"] = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
        const QByteArray out = shell.readAllStandardOutput().trimmed();
        requireOk(finished && shell.exitCode() == 0 && out.endsWith(rows), state,
                  "sqlite3 shell import");
        if (!out.endsWith(rows)) {
            std::fprintf(stderr, "%s\n%s\n", out.constData(),
                         shell.readAllStandardError().constData());
        }
        removeDatabase(path);
        state.ResumeTiming();
    }
}

// Same journal settings as the app (WAL, synchronous=FULL), and the app's B-tree indexes.
constexpr auto kShellIndexes = uR"(CREATE INDEX alert_number ON alert (number);
CREATE INDEX alert_received ON alert (received_at);
CREATE INDEX alert_category ON alert (category, received_at);
CREATE INDEX alert_status ON alert (status, received_at);
CREATE INDEX alert_area ON alert (area, received_at);
)";

// (b) The same file through the sqlite3 shell, side by side: .import into a table with the
// same columns, then the same indexes and an FTS5 index (trigram tokenizer, which finds
// substrings of three characters or more) over summary, location, caller_name and
// caller_phone. The trigram index is smaller than the app's (which also finds one- and
// two-character Chinese words), so this is the stricter yardstick.
void BM_AlertSqliteShellImport(benchmark::State &state) {
    const QString script = uR"(PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE alert (number TEXT, received_at TEXT, source TEXT, category TEXT,
  preventable INTEGER, area TEXT, location TEXT, caller_name TEXT, caller_phone TEXT,
  summary TEXT, status TEXT);
.import --csv --skip 1 '%1' alert
BEGIN;
%2CREATE VIRTUAL TABLE alert_fts USING fts5(summary, location, caller_name, caller_phone,
  content='alert', content_rowid='rowid', tokenize='trigram');
INSERT INTO alert_fts (alert_fts) VALUES ('rebuild');
COMMIT;
SELECT count(*) FROM alert;
)"_s.arg(bench::alertCsvPath(rowsKind(state), state.range(1)), QString::fromUtf16(kShellIndexes));
    shellImport(state, script, u"stationdesk-bench-shell.sqlite"_s);
}
BENCHMARK(BM_AlertSqliteShellImport)->Apply(importDataSets);

// (b') The shell building the app's very full-text index: the file with the app's search
// tokens as one more column (computed beforehand, so the shell's time leaves out the
// tokenizing the app does), an FTS5 index over them with the app's tokenizer settings.
void BM_AlertSqliteShellImportSameIndex(benchmark::State &state) {
    const QString script = uR"(PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
CREATE TABLE alert (number TEXT, received_at TEXT, source TEXT, category TEXT,
  preventable INTEGER, area TEXT, location TEXT, caller_name TEXT, caller_phone TEXT,
  summary TEXT, status TEXT, search_text TEXT);
.import --csv --skip 1 '%1' alert
BEGIN;
%2CREATE VIRTUAL TABLE alert_fts USING fts5(search_text, content='alert', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO alert_fts (alert_fts) VALUES ('rebuild');
COMMIT;
SELECT count(*) FROM alert;
)"_s.arg(bench::alertCsvWithTokensPath(rowsKind(state), state.range(1)),
         QString::fromUtf16(kShellIndexes));
    shellImport(state, script, u"stationdesk-bench-shell-same.sqlite"_s);
}
BENCHMARK(BM_AlertSqliteShellImportSameIndex)->Apply(importDataSets);

// (c) What the alert list does when it opens: the newest page (default request).
void BM_AlertFirstPage(benchmark::State &state) {
    Application &app = bench::alertStation(kRows);
    for (auto _ : state) {
        auto page = app.alerts().page(AlertFilter{}, AlertPageRequest{});
        requireOk(page.ok() && page->size() == 200, state, "first page");
        benchmark::DoNotOptimize(page);
    }
}
BENCHMARK(BM_AlertFirstPage)->Unit(benchmark::kMillisecond);

// (d) Full-text search as typed into the list's search box: the first page and the count
// the list shows (AlertTableModel: capped at 10,000, "more than 10,000"). The exact number
// of hits is counted once, outside the timing.
void searchBench(benchmark::State &state, const QString &term) {
    Application &app = bench::alertStation(kRows);
    AlertFilter filter;
    filter.text = term;
    constexpr qint64 kCap = 10000;
    for (auto _ : state) {
        auto page = app.alerts().page(filter, AlertPageRequest{});
        auto count = app.alerts().count(filter, kCap + 1);
        requireOk(page.ok() && count.ok() && !page->isEmpty(), state, "search");
        benchmark::DoNotOptimize(count);
    }
    auto hits = app.alerts().count(filter);
    state.counters["hits"] = hits.ok() ? static_cast<double>(*hits) : -1.0;
}
// The exact count of a common word, which the list no longer waits for.
void BM_AlertSearchExactCount(benchmark::State &state) {
    Application &app = bench::alertStation(kRows);
    AlertFilter filter;
    filter.text = u"纠纷"_s;
    for (auto _ : state) {
        auto count = app.alerts().count(filter);
        requireOk(count.ok() && *count > 0, state, "count");
    }
}
BENCHMARK(BM_AlertSearchExactCount)->Unit(benchmark::kMillisecond);
void BM_AlertSearchTwoCharacters(benchmark::State &state) {
    searchBench(state, u"纠纷"_s);
}
BENCHMARK(BM_AlertSearchTwoCharacters)->Unit(benchmark::kMillisecond);
void BM_AlertSearchThreeCharacters(benchmark::State &state) {
    searchBench(state, u"电动车"_s);
}
BENCHMARK(BM_AlertSearchThreeCharacters)->Unit(benchmark::kMillisecond);
// A rarer term: the page has to look further for 200 hits.
void BM_AlertSearchRareTerm(benchmark::State &state) {
    searchBench(state, u"井盖"_s);
}
BENCHMARK(BM_AlertSearchRareTerm)->Unit(benchmark::kMillisecond);

// (e) A statistics-style count: one category in one calendar year (station time).
void BM_AlertFilteredCount(benchmark::State &state) {
    Application &app = bench::alertStation(kRows);
    const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    AlertFilter filter;
    filter.category = AlertCategory::Dispute;
    filter.from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), zone).toMSecsSinceEpoch();
    filter.to = QDateTime(QDate(2026, 1, 1), QTime(0, 0), zone).toMSecsSinceEpoch();
    qint64 found = 0;
    for (auto _ : state) {
        auto count = app.alerts().count(filter);
        requireOk(count.ok() && *count > 0, state, "count");
        found = count.ok() ? *count : 0;
    }
    state.counters["alerts"] = static_cast<double>(found);
}
BENCHMARK(BM_AlertFilteredCount)->Unit(benchmark::kMillisecond);

} // namespace
