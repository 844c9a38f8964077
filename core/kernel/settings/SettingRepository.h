#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// SQL for the station's settings (the setting table: one text value per key and station).
// Callers own the transaction.
class SettingRepository {
public:
    explicit SettingRepository(const Database &database)
        : m_database(database) {}

    // The stored value, or nothing when the key was never set.
    Result<std::optional<QString>> find(const QString &key) const;
    // Stores the value, replacing the one stored before.
    Status store(const QString &key, const QString &value, qint64 nowMs,
                 const QString &actor) const;

private:
    const Database &m_database;
};

} // namespace sd
