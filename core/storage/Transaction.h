#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <type_traits>

namespace sd {

// RAII guard: begins on construction, rolls back on destruction unless commit()
// succeeded. A service that returns early on an error therefore never leaves a
// half-written change behind.
class Transaction {
public:
    explicit Transaction(const Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed; the error says why.
    Status begun() const { return m_beginStatus; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_beginStatus;
    bool m_active = false;
};

// Runs work(), which returns a Result, inside one transaction and commits when it
// succeeds. PostgreSQL serialization failures and deadlocks are retried a few times,
// as the server asks; every other error rolls back and is returned.
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
        return result;
    }
}

} // namespace sd
