#pragma once

#include "common/Result.h"
#include "storage/Database.h"

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
    Result<Station> ensure(const QString &code, const QString &name, qint64 nowMs) const;
    Result<Station> find(qint64 id) const;
    Status rename(qint64 id, const QString &name) const;

private:
    const Database &m_database;
};

} // namespace sd
