#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <functional>

namespace sd {

struct Station {
    qint64 id = 0;
    QString code;
    QString name;
    QString timeZone;
};

// The station rows. A SQLite file holds one station; a shared server may hold several.
class StationRepository {
public:
    explicit StationRepository(const Database &database)
        : m_database(database) {}

    // The station with this code, created (named name) if it does not exist yet.
    // seedNewStation runs once a new station row is stored, for the defaults features keep
    // per station (the alert checklist's steps), so this kernel class names no feature.
    Result<Station>
    ensure(const QString &code, const QString &name, qint64 nowMs,
           const std::function<Status(qint64 stationId)> &seedNewStation = {}) const;
    Result<Station> find(qint64 id) const;
    Status rename(qint64 id, const QString &name) const;

private:
    const Database &m_database;
};

} // namespace sd
