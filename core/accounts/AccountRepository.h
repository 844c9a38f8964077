#pragma once

#include "core/accounts/Account.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QList>

namespace sd {

// SQL for accounts. Failure counting is done in single UPDATE statements so two desks
// recording failures at once cannot lose one. Callers own the transaction.
class AccountRepository {
public:
    explicit AccountRepository(const Database &database)
        : m_database(database) {}

    Result<std::optional<Account>> findByBadge(const QString &badgeNo) const;
    Result<Account> find(qint64 id) const;
    Result<QList<Account>> list() const;
    Result<int> countUsableAdmins() const; // enabled admin accounts of active people

    Result<Account> insert(qint64 personId, Role role, const QString &passwordHash, qint64 nowMs,
                           const QString &actor) const;

    // Counts a failure in the window starting at windowStartMs; returns the new count.
    Result<int> recordFailure(qint64 id, qint64 nowMs, qint64 windowStartMs) const;
    Status lockUntil(qint64 id, qint64 untilMs) const;
    Status recordLogin(qint64 id, qint64 nowMs) const;
    Status setPasswordHash(qint64 id, const QString &hash, qint64 nowMs,
                           const QString &actor) const;
    Status setRole(qint64 id, Role role, qint64 nowMs, const QString &actor) const;
    Status setDisabled(qint64 id, bool disabled, qint64 nowMs, const QString &actor) const;
    Status clearLock(qint64 id, qint64 nowMs, const QString &actor) const;

private:
    Result<QList<Account>> select(const QString &where, const QVariantList &values) const;
    Status change(qint64 id, const QString &assignments, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace sd
