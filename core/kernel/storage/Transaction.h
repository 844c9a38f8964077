#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <type_traits>

namespace sd {

// RAII guard: begins on construction, rolls back on destruction unless commit()
// succeeded. A service that returns early on an error therefore never leaves a
// half-written change behind.
class Transaction {
public:
    enum class Kind {
        // Takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE). A deferred BEGIN would take it
        // at the first write, after reads, and SQLite then fails at once with "database is
        // locked" rather than wait (waiting could deadlock two such transactions); taken at
        // BEGIN, a second writer waits up to the busy timeout for the first to finish.
        Write,
        // Reads only, every statement seeing the database as of the first one, while writers
        // go on (a deferred read transaction on SQLite's WAL; REPEATABLE READ, READ ONLY on
        // PostgreSQL). For checks that compare several reads, such as the audit chain with
        // its head: read one by one, a write in between looks like tampering.
        Snapshot,
    };

    explicit Transaction(const Database &database, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed; the error says why.
    Status begun() const { return m_beginStatus; }
    Status commit();

    // What a write that waited the whole busy timeout for another connection's lock
    // reports: another desk is writing, try again (no SQL, no driver text).
    static Error busyError(const Database &database);

private:
    Status notifyOtherDesks();

    const Database &m_database;
    QSqlDatabase m_db;
    Status m_beginStatus;
    bool m_active = false;
    // A write transaction: its changes go to the change feed when it commits.
    bool m_writes = false;
};

// Runs work(), which returns a Result, inside one write transaction and commits when it
// succeeds. PostgreSQL serialization failures and deadlocks are retried a few times,
// as the server asks; a SQLite lock held past the busy timeout becomes busyError();
// every other error rolls back and is returned.
template <typename Work> auto inTransaction(const Database &database, Work &&work) {
    using R = std::invoke_result_t<Work &>;
    constexpr int kAttempts = 4;
    for (int attempt = 1;; ++attempt) {
        Transaction transaction(database);
        if (Status begun = transaction.begun(); !begun) {
            return R(begun.error());
        }
        R result = work();
        if (result.ok()) {
            Status committed = transaction.commit();
            if (committed.ok()) {
                return result;
            }
            if (attempt < kAttempts && database.dialect().isRetryable(committed.error())) {
                continue;
            }
            return R(committed.error());
        }
        if (attempt < kAttempts && database.dialect().isRetryable(result.error())) {
            continue;
        }
        if (database.dialect().isBusy(result.error())) {
            return R(Transaction::busyError(database));
        }
        return result;
    }
}

// Runs work() in one read-only snapshot (Transaction::Kind::Snapshot) and returns its
// result; nothing is written, so nothing is committed but the end of the snapshot.
template <typename Work> auto inSnapshot(const Database &database, Work &&work) {
    using R = std::invoke_result_t<Work &>;
    Transaction snapshot(database, Transaction::Kind::Snapshot);
    if (Status begun = snapshot.begun(); !begun) {
        return R(begun.error());
    }
    R result = work();
    if (Status ended = snapshot.commit(); !ended && result.ok()) {
        return R(ended.error());
    }
    return result;
}

} // namespace sd
