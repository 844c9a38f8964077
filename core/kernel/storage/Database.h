#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/ChangeFeed.h"
#include "core/kernel/storage/DatabaseUrl.h"
#include "core/kernel/storage/Dialect.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <memory>

namespace sd {

// An open station database. Hands out one QSqlDatabase connection per thread,
// looked up by name on each call, so no QSqlDatabase is ever kept as a member
// and a worker thread never shares a connection with the GUI thread.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating a SQLite file if needed) and checks the location and integrity.
    // Does not migrate: see Migrator.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);

    // The connection for the calling thread, opened and configured on first use.
    // Check isOpen() on the result when not on the thread that opened the database.
    QSqlDatabase connection() const;

    const Dialect &dialect() const { return m_dialect; }

    // How long a SQLite write waits for another connection's write lock before it gives up
    // (5 s; STATIONDESK_SQLITE_BUSY_TIMEOUT_MS overrides it, for tests and slow disks).
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    static constexpr int kDefaultBusyTimeoutMs = 5000;
    const DatabaseUrl &url() const { return m_url; }

    // The station this program works for. A SQLite file holds one station; on a
    // shared PostgreSQL server each station's rows are kept apart by station_id.
    qint64 stationId() const { return m_stationId; }
    void setStationId(qint64 id) {
        m_stationId = id;
        m_changes->setStationId(id);
    }

    // What each commit changed (see ChangeFeed); shared by every thread's transactions.
    ChangeFeed &changes() const { return *m_changes; }
    // On PostgreSQL, opens a connection of its own on the calling thread (which needs an
    // event loop) that brings other desks' commits into changes(). Nothing to do on SQLite.
    Status listenForOtherDesks() const;

private:
    Database(DatabaseUrl url, QString connectionPrefix);
    Result<QSqlDatabase> openConnectionForThisThread() const;
    Result<QSqlDatabase> openConnection(const QString &name) const;
    QString connectionNameForThisThread() const;

    DatabaseUrl m_url;
    Dialect m_dialect;
    QString m_connectionPrefix;
    qint64 m_stationId = 0;
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    mutable QMutex m_mutex;
    mutable QStringList m_connectionNames;
    std::unique_ptr<ChangeFeed> m_changes = std::make_unique<ChangeFeed>();
};

} // namespace sd
