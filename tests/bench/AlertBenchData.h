#pragma once

#include "core/Application.h"

#include <QString>

namespace sd::bench {

// The alert benchmarks' data, made by the same generator as `stationctl seed --alerts`
// (seed 1, three years up to 2026-06-30 Asia/Shanghai, the demo station's areas and
// officers) and built once into SD_BENCH_DIR (default /tmp), reused by later runs:
//  - a demo station without alerts (the import's starting point, copied per run),
//  - the alerts as the import CSV,
//  - a station holding them (what `stationctl seed --alerts` makes).
QString emptyStationPath();
QString alertCsvPath(qint64 rows);
// The same alerts as short rows, like a dispatch system's export: a dozen characters of
// summary, many empty fields. Per-row costs show here that long rows hide.
QString shortAlertCsvPath(qint64 rows);
enum class AlertRows { Long, Short };
QString alertCsvPath(AlertRows kind, qint64 rows);
// The same CSV with one more column, search_text: the tokens the app stores and indexes
// for each row (SearchText::index), so the sqlite3 shell can build the app's very index.
QString alertCsvWithTokensPath(AlertRows kind, qint64 rows);
Application &alertStation(qint64 rows);

// A fresh copy of the empty station at path, opened.
std::unique_ptr<Application> openCopyOfEmptyStation(const QString &path);

// The peak resident set size so far (VmHWM, KiB), and a reset of it (clear_refs 5), so a
// benchmark can report the peak of just its own work.
qint64 peakRssKiB();
void resetPeakRss();

} // namespace sd::bench
