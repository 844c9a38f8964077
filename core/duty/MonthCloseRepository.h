#pragma once

#include "core/duty/MonthClose.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// SQL of the monthly close: the figures of a month's range, its unowned items, the close
// rows and the amendments. Callers own the transaction.
class MonthCloseRepository {
public:
    explicit MonthCloseRepository(const Database &database)
        : m_database(database) {}

    // The figures of the UTC range [from, to): alerts received in it, records filed for
    // them, cases closed and sheets approved in it.
    Result<MonthFigures> figures(qint64 from, qint64 to) const;
    // Open alerts received in the range without a handling officer, and records of the
    // range's alerts without an officer.
    Result<QList<UnownedItem>> unowned(qint64 from, qint64 to) const;

    Result<std::optional<MonthClose>> find(const QString &period) const;
    Result<QList<MonthClose>> list() const; // newest month first
    Status insert(const MonthClose &close) const;
    // Closes a reopened month again with new figures; stale rowVersion → Conflict.
    Status reclose(const MonthClose &close) const;
    Status reopen(const MonthClose &close, qint64 nowMs, const QString &actor,
                  const QString &reason) const;

    Status insertAmendment(const MonthAmendment &amendment) const;
    Result<QList<MonthAmendment>> amendments(const QString &period) const;

private:
    Status expectOne(const Result<QSqlQuery> &query, const MonthClose &close) const;

    const Database &m_database;
};

} // namespace sd
