#pragma once

#include "core/assessment/Honour.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// The honours register and the station's history events.
class HonourRepository {
public:
    explicit HonourRepository(const Database &database)
        : m_database(database) {}

    // Newest year first, then by kind (first-class merit first), then as registered.
    Result<QList<Honour>> honours(const HonourFilter &filter) const;
    Result<Honour> honour(qint64 id) const;
    Result<Honour> insertHonour(const Honour &honour, qint64 nowMs, const QString &actor) const;
    Result<Honour> updateHonour(const Honour &honour, qint64 nowMs, const QString &actor) const;

    // Oldest first.
    Result<QList<StationEvent>> events() const;
    Result<StationEvent> event(qint64 id) const;
    Result<StationEvent> insertEvent(const StationEvent &event, qint64 nowMs,
                                     const QString &actor) const;

private:
    const Database &m_database;
};

} // namespace sd
