#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QStringList>
#include <functional>

namespace sd {

struct Migration {
    int version = 0;
    QString name;
    QString sql; // already chosen for the engine, placeholders not yet expanded
};

// Brings a database to the schema this program knows: numbered migrations from the
// resource folder :/sd/migrations, each applied in its own transaction together with
// its schema_version row, so a failure leaves the database at the previous version.
class Migrator {
public:
    // directory holds the NNNN_name.sql files; tests pass their own folder to
    // exercise upgrades between versions this program never shipped.
    explicit Migrator(const Database &database, QString directory = defaultDirectory())
        : m_database(database)
        , m_directory(std::move(directory)) {}

    static QString defaultDirectory();

    struct Outcome {
        int fromVersion = 0;
        int toVersion = 0;
        QString backupPath; // empty when nothing needed backing up
    };

    // The highest migration compiled into this program (or found in directory).
    static int latestVersion(const QString &directory = defaultDirectory());
    // Migrations for an engine, in order; per-engine files (NNNN_name.sqlite.sql,
    // NNNN_name.postgresql.sql) replace the shared NNNN_name.sql.
    static QList<Migration> migrationsFor(Engine engine,
                                          const QString &directory = defaultDirectory());
    // Splits a migration into statements; trigger bodies (BEGIN … END;) and
    // dollar-quoted function bodies stay whole.
    static QStringList splitStatements(const QString &sql);

    // 0 for an empty database; an error for a database with tables but no
    // StationDesk schema, or with a schema newer than this program.
    Result<int> currentVersion() const;

    // Applies every pending migration up to target (default: latest). An existing
    // database is backed up first.
    Result<Outcome> migrate(int target = -1) const;

private:
    Status apply(const Migration &migration) const;

    const Database &m_database;
    QString m_directory;
};

} // namespace sd
