#pragma once

#include "core/duty/Handover.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// The live data a handover is built from, one read each (small queries of its own, so the
// handover does not need the services above it): open alerts, alerts resolved on scene
// without a record, draft on-scene records, mediation follow-ups due by the end of the
// next shift, open high-risk mediation cases, overdue tasks and checks. Each comes back as
// an item with its kind, ref (the record's number), owner, title and state.
class HandoverSourceRepository {
public:
    explicit HandoverSourceRepository(const Database &database)
        : m_database(database) {}

    // today: the station date overdue is counted from; dueBy: the last station date of the
    // incoming shift.
    Result<QList<HandoverItem>> liveItems(const QDate &today, const QDate &dueBy) const;

private:
    const Database &m_database;
};

} // namespace sd
