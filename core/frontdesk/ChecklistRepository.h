#pragma once

#include "core/frontdesk/AlertChecklist.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// SQL for the alert-handling checklist template and the ticks on each alert. Callers own
// the transaction.
class ChecklistRepository {
public:
    explicit ChecklistRepository(const Database &database)
        : m_database(database) {}

    Result<QList<ChecklistStep>> steps(bool includeInactive) const;
    Result<QList<ChecklistItem>> items(qint64 alertId) const;
    // Both return the step's key or label for the audit row.
    Result<QString> tick(qint64 alertId, qint64 stepId, qint64 nowMs, const QString &actor) const;
    Result<QString> untick(qint64 alertId, qint64 stepId) const;
    Result<QList<ChecklistStep>> replace(const QList<ChecklistStep> &steps, qint64 nowMs,
                                         const QString &actor) const;
    // The built-in steps for a newly created station.
    Status insertDefaults(qint64 stationId, qint64 nowMs) const;

private:
    Result<ChecklistStep> step(qint64 stepId) const;

    const Database &m_database;
};

} // namespace sd
