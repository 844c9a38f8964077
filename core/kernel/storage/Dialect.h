#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/common/SearchText.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace sd {

// Every difference between SQLite and PostgreSQL lives here, so the rest of the
// code writes one SQL text for both engines.
class Dialect {
public:
    explicit Dialect(Engine engine)
        : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    QString driverName() const;
    QString engineName() const; // "SQLite" / "PostgreSQL", for messages

    // Migration files use {{id}} for an auto-generated 64-bit primary key and {{blob}}
    // for binary data.
    QString expandDdl(QString sql) const;

    // Applies the per-connection settings (SQLite pragmas with the busy timeout, PostgreSQL
    // session parameters) right after a connection opens.
    Status configureConnection(QSqlDatabase &db, int busyTimeoutMs) const;

    // BEGIN for a write transaction (SQLite: IMMEDIATE, taking the write lock now, waiting
    // up to the busy timeout for it) and for a read-only snapshot (SQLite: deferred, which
    // in WAL mode never waits for writers; PostgreSQL: REPEATABLE READ, READ ONLY).
    QString beginWriteSql() const;
    QString beginSnapshotSql() const;

    // The statement that hands a commit's changes to the other desks, with the channel and
    // the payload as its two parameters: PostgreSQL's pg_notify, delivered to every listener
    // when (and only when) the transaction commits. Empty on SQLite, which has no other desks
    // to tell.
    QString notifySql() const;

    // Refuses a SQLite file on a network filesystem: its locking is unreliable there
    // and a second desk would corrupt the file. Always fine for PostgreSQL.
    Status checkLocation(const DatabaseUrl &url) const;

    // Runs the engine's integrity check on an opened file (no-op for PostgreSQL).
    Status checkIntegrity(QSqlDatabase &db) const;

    // SQLite's page cache of this connection (PRAGMA cache_size: pages, or KiB when
    // negative), which a bulk import enlarges for its duration and then restores; nothing
    // on PostgreSQL, whose server sizes its own buffers.
    std::optional<qint64> pageCacheSize(const QSqlDatabase &db) const;
    void setPageCacheSize(const QSqlDatabase &db, qint64 size) const;
    // A consistent copy before migrating an existing database; returns the backup path,
    // or an empty string where the engine keeps its own (PostgreSQL: the operator's dumps).
    Result<QString> backupBeforeMigration(QSqlDatabase &db, const DatabaseUrl &url,
                                          int fromVersion) const;

    // PostgreSQL serialization failure or deadlock: the transaction may be retried.
    bool isRetryable(const Error &error) const;
    // SQLite's "database is locked" (SQLITE_BUSY / SQLITE_LOCKED and their extended codes):
    // another connection held the lock for the whole busy timeout. Never on PostgreSQL,
    // whose writers wait for row locks without a timeout.
    bool isBusy(const Error &error) const;
    QString busyCode() const; // the nativeCode of such an error
    bool isUniqueViolation(const Error &error) const;
    bool isForeignKeyViolation(const Error &error) const;

    // ORDER BY for a text column in code-point order on both engines, whatever the
    // PostgreSQL server's collation, so lists and exports come out identical.
    QString textOrder(const QString &expression) const;

    // Full-text search over alerts (SearchText tokens): a WHERE condition on the alias
    // `a` taking one bound value, and that value for the given query terms.
    QString alertTextCondition() const;
    // The same search driven by the full-text index, for counts that stop early: a FROM
    // source naming alert as `a`, and its WHERE condition taking the same value.
    QString alertTextSource() const;
    QString alertTextMatch() const;
    // The ids in [?, ?] that match the search (values: query, low id, high id), when the
    // engine's index can answer that without reading the rows (empty otherwise).
    QString alertTextIdsInRange() const;
    // The number of matches (values: station, station, query, at most; -1 for all) read
    // from the index alone, or NULL when the table holds another station's alerts too;
    // empty when the engine has no such shortcut.
    QString alertTextCountIfOneStation() const;
    QString fullTextQuery(const QList<SearchText::Term> &terms) const;

    // Lists user tables, to tell an empty database from a foreign one.
    QString listTablesSql() const;

private:
    Engine m_engine;
};

} // namespace sd
