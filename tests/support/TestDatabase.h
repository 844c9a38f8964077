#pragma once

#include "GoldenDatabases.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <memory>

namespace sd::test {

// A fresh database for one test: a SQLite file in a temporary folder, or a new database on
// the throwaway PostgreSQL server named by STATIONDESK_TEST_PG (an admin URL such as
// postgresql://postgres@127.0.0.1:55432/postgres), starting blank, migrated or with the demo
// (cloned from GoldenDatabases). Dropped again when the object goes away.
class TestDatabase {
public:
    ~TestDatabase();

    // Fails (rather than skips) for PostgreSQL when no server answers; callers decide
    // with postgresRequired() whether that is a failure or a skip.
    static Result<std::unique_ptr<TestDatabase>> create(Engine engine, Start start = Start::Blank);

    // Replaces the database's content with start's (no connection may be open on it but the
    // raw one, which is closed): how a test that began blank gets the demo.
    Status reset(Start start);

    const DatabaseUrl &url() const { return m_url; }
    QString urlText() const; // as given to --database
    QString path() const { return m_url.path; }

    // True when CI demands the PostgreSQL half of the suite (STATIONDESK_REQUIRE_PG=1).
    static bool postgresRequired();
    // The admin URL of the test server, or empty when none is configured.
    static QString postgresAdminUrl();

    // Runs SQL outside the application's connection (to tamper, or to play a second user).
    Status execRaw(const QString &sql) const;
    // A connection of the test's own that stays open, like an attacker's sqlite3/psql
    // session; closed when the TestDatabase goes away.
    QSqlDatabase rawConnection();

private:
    TestDatabase() = default;
    Status fill(Start start);

    DatabaseUrl m_url;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
    QString m_rawName;
};

QString engineName(Engine engine);

} // namespace sd::test
