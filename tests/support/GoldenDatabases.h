#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QString>

namespace sd::test {

// Where a test's database starts from.
enum class Start {
    Blank,    // nothing: no file, or an empty PostgreSQL database (to test init, migrations)
    Migrated, // every migration applied and the station row there, as after `stationctl init`
    Demo,     // the demo station built on that, as after `stationctl demo`
};

// The prebuilt databases tests are cloned from, so that a test neither runs the nine
// migrations nor builds the demo again: a file copy on SQLite, CREATE DATABASE … TEMPLATE on
// PostgreSQL. Built once per test run by the golden.build CTest fixture (sd_golden).
//
// Each copy is named after a key: the SHA-256 of the core library the tests are linked
// with, which holds the migrations and the demo builder. Any change to either gives a new
// key, so a stale copy is never found, let alone used; one missing (a test binary run by
// hand before the fixture) makes the test build its database itself, the slow way.
class GoldenDatabases {
public:
    // The key of this build ("" when the build wrote none: every test builds its own).
    static QString key();

    // The SQLite golden file for start, or "" when there is none for this key.
    static QString sqliteFile(Start start);
    // The PostgreSQL golden database's name for start (whether or not it exists).
    static QString postgresName(Start start);

    // Builds every golden copy of this key that is missing, on SQLite and, when
    // STATIONDESK_TEST_PG names a server, on PostgreSQL; removes other keys' copies.
    static Status buildAll();

    // Puts the demo station into the database at url, which holds a Migrated station; the
    // fall-back when no golden copy is there.
    static Status buildDemoIn(const DatabaseUrl &url);
    // Migrates the blank database at url.
    static Status migrateIn(const DatabaseUrl &url);
};

// Runs statements on the PostgreSQL server's admin database (STATIONDESK_TEST_PG).
Status postgresAdminExec(const QStringList &statements);
// Whether the PostgreSQL server has a database of this name.
Result<bool> postgresHasDatabase(const QString &name);

} // namespace sd::test
