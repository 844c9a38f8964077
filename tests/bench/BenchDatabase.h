#pragma once

#include "core/Application.h"

#include <memory>

namespace sd::bench {

// The benchmark station: a SQLite file with the demo organisation and `rows` seeded
// audit rows, built once (a minute for a million rows) and reused by later runs.
// SD_BENCH_DIR chooses the folder (default /tmp).
Application &benchStation(qint64 auditRows);

} // namespace sd::bench
