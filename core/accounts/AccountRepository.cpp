#include "core/accounts/AccountRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AccountRepository)
};

const QString kSelect =
    u"SELECT a.id, a.person_id, p.badge_no, p.name, p.active, a.role, a.password_hash, "
    u"a.failed_attempts, a.first_failure_at, a.locked_until, a.disabled, a.password_changed_at, "
    u"a.last_login_at, a.row_version, a.updated_at, a.updated_by "
    u"FROM account a JOIN person p ON p.id = a.person_id WHERE a.station_id = ?"_s;

Account accountFrom(const QSqlQuery &q) {
    Account a;
    readColumns(q, 0, a.id, a.personId, a.badgeNo, a.personName, a.personActive, a.role,
                a.passwordHash, a.failedAttempts, a.firstFailureAt, a.lockedUntil, a.disabled,
                a.passwordChangedAt, a.lastLoginAt, a.rowVersion, a.updatedAt, a.updatedBy);
    return a;
}

} // namespace

Result<QList<Account>> AccountRepository::select(const QString &where,
                                                 const QVariantList &values) const {
    return rowsSql(m_database.connection(),
                   kSelect + where + u" ORDER BY "_s +
                       m_database.dialect().textOrder(u"p.badge_no"_s),
                   QVariantList{m_database.stationId()} + values,
                   [&](const QSqlQuery &row) { return accountFrom(row); });
}

Result<std::optional<Account>> AccountRepository::findByBadge(const QString &badgeNo) const {
    auto found = select(u" AND p.badge_no = ?"_s, {badgeNo});
    SD_RETURN_IF_ERROR(found);
    return found->isEmpty() ? std::optional<Account>() : std::optional<Account>(found->first());
}

Result<Account> AccountRepository::find(qint64 id) const {
    auto found = select(u" AND a.id = ?"_s, {id});
    SD_RETURN_IF_ERROR(found);
    if (found->isEmpty()) {
        return Error::notFound(Tr::tr("No account with id %1").arg(id));
    }
    return found->first();
}

Result<QList<Account>> AccountRepository::list() const {
    return select({}, {});
}

Result<int> AccountRepository::countUsableAdmins() const {
    return countSql(m_database.connection(),
                    u"SELECT COUNT(*) FROM account a JOIN person p ON p.id = a.person_id "
                    u"WHERE a.station_id = ? AND a.role = 'admin' AND a.disabled = 0 "
                    u"AND p.active = 1"_s,
                    {m_database.stationId()});
}

Result<Account> AccountRepository::insert(qint64 personId, Role role, const QString &passwordHash,
                                          qint64 nowMs, const QString &actor) const {
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO account (station_id, person_id, role, password_hash, "
        u"password_changed_at, created_at, updated_at, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {m_database.stationId(), personId, toKey(role), passwordHash, nowMs, nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return find(id.value().toLongLong());
}

Result<int> AccountRepository::recordFailure(qint64 id, qint64 nowMs, qint64 windowStartMs) const {
    auto count = scalarSql(
        m_database.connection(),
        u"UPDATE account SET "
        u"failed_attempts = CASE WHEN first_failure_at IS NULL OR first_failure_at < ? THEN 1 "
        u"ELSE failed_attempts + 1 END, "
        u"first_failure_at = CASE WHEN first_failure_at IS NULL OR first_failure_at < ? THEN ? "
        u"ELSE first_failure_at END "
        u"WHERE id = ? RETURNING failed_attempts"_s,
        {windowStartMs, windowStartMs, nowMs, id});
    SD_RETURN_IF_ERROR(count);
    return count.value().toInt();
}

Status AccountRepository::change(qint64 id, const QString &assignments,
                                 const QVariantList &values) const {
    auto query =
        runSql(m_database.connection(),
               u"UPDATE account SET "_s + assignments + u" WHERE id = ? AND station_id = ?"_s,
               values + QVariantList{id, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        return Error::notFound(Tr::tr("No account with id %1").arg(id));
    }
    return {};
}

Status AccountRepository::lockUntil(qint64 id, qint64 untilMs) const {
    return change(id, u"locked_until = ?, failed_attempts = 0, first_failure_at = NULL"_s,
                  {untilMs});
}

Status AccountRepository::recordLogin(qint64 id, qint64 nowMs) const {
    return change(id,
                  u"failed_attempts = 0, first_failure_at = NULL, locked_until = NULL, "
                  u"last_login_at = ?"_s,
                  {nowMs});
}

Status AccountRepository::setPasswordHash(qint64 id, const QString &hash, qint64 nowMs,
                                          const QString &actor) const {
    return change(id,
                  u"password_hash = ?, password_changed_at = ?, row_version = row_version + 1, "
                  u"updated_at = ?, updated_by = ?"_s,
                  {hash, nowMs, nowMs, actor});
}

Status AccountRepository::setRole(qint64 id, Role role, qint64 nowMs, const QString &actor) const {
    return change(id, u"role = ?, row_version = row_version + 1, updated_at = ?, updated_by = ?"_s,
                  {toKey(role), nowMs, actor});
}

Status AccountRepository::setDisabled(qint64 id, bool disabled, qint64 nowMs,
                                      const QString &actor) const {
    return change(id,
                  u"disabled = ?, row_version = row_version + 1, updated_at = ?, updated_by = ?"_s,
                  {disabled ? 1 : 0, nowMs, actor});
}

Status AccountRepository::clearLock(qint64 id, qint64 nowMs, const QString &actor) const {
    return change(id,
                  u"locked_until = NULL, failed_attempts = 0, first_failure_at = NULL, "
                  u"row_version = row_version + 1, updated_at = ?, updated_by = ?"_s,
                  {nowMs, actor});
}

} // namespace sd
