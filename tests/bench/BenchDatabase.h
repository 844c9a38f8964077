#pragma once

#include "core/Application.h"

#include <QString>
#include <memory>

namespace sd::bench {

// The stations the benchmarks opened, kept open between benchmarks and closed by
// closeStations() before main() returns: a station closed by a static destructor would
// close its connection after Qt's SQL globals are gone (the exit-time SIGSEGV).
Application *openedStation(const QString &path);
Application &keepStation(const QString &path, std::unique_ptr<Application> app);
void closeStations();

// The benchmark station: a SQLite file with the demo organisation and `rows` seeded
// audit rows, built once (a minute for a million rows) and reused by later runs.
// SD_BENCH_DIR chooses the folder (default /tmp).
Application &benchStation(qint64 auditRows);

} // namespace sd::bench
