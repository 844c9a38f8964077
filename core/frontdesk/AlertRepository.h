#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// SQL for alerts and their handling officers. Lists are keyset pages sorted in SQL;
// callers run writes inside their own transaction.
class AlertRepository {
public:
    explicit AlertRepository(const Database &database)
        : m_database(database) {}

    Result<QList<Alert>> page(const AlertFilter &filter, const AlertPageRequest &request) const;
    // The number of matching alerts; with atMost, counting stops there (a count of atMost
    // means "at least that many").
    Result<qint64> count(const AlertFilter &filter, std::optional<qint64> atMost = {}) const;
    Result<Alert> find(qint64 id) const;
    Result<std::optional<Alert>> findByNumber(const QString &number) const;
    // The next free JQ-<year>-NNNNNN for the year.
    Result<QString> nextNumber(int year) const;

    Result<Alert> insert(const Alert &alert, qint64 nowMs, const QString &actor) const;
    Result<Alert> update(const Alert &alert, qint64 nowMs, const QString &actor) const;
    // For the importer: no read-back, the caller reports counts only.
    Result<qint64> insertQuick(const Alert &alert, qint64 nowMs, const QString &actor) const;
    Status updateByNumber(const Alert &alert, qint64 nowMs, const QString &actor) const;

private:
    // The page of a text search taken from the first rows of the list's order, checked
    // against the full-text index; empty when that cannot be sure to give the whole page.
    Result<std::optional<QList<Alert>>> windowPage(const AlertFilter &filter,
                                                   const AlertPageRequest &request,
                                                   const QString &rangeSql) const;
    // The count of a text-only search read from the full-text index without the rows;
    // empty when the engine or the filter needs the rows.
    Result<std::optional<qint64>> countFromIndexAlone(const AlertFilter &filter,
                                                      std::optional<qint64> atMost) const;
    Result<QList<Alert>> fetch(const QString &sql, const QVariantList &values) const;
    Status fillOfficers(QList<Alert> &alerts) const;
    Status writeOfficers(qint64 alertId, const QList<qint64> &officerIds) const;

    const Database &m_database;
};

} // namespace sd
