#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/statistics/StatisticsDefinition.h"

#include <optional>

namespace sd {

// SQL for the station's statistics definitions (table statistics_definition): versions are
// added and read, never changed or removed. Callers own the transaction.
class StatisticsDefinitionRepository {
public:
    explicit StatisticsDefinitionRepository(const Database &database)
        : m_database(database) {}

    // Every stored version, newest first.
    Result<QList<StatisticsDefinition>> versions() const;
    // The version added last; none before the first.
    Result<std::optional<StatisticsDefinition>> latest() const;
    // The version in force on a station-local day; none when none had taken effect by then.
    Result<std::optional<StatisticsDefinition>> inForceOn(QDate day) const;
    // Stores definition as the next version; the version number it was given.
    Result<int> add(const StatisticsDefinition &definition, qint64 nowMs,
                    const QString &actor) const;

private:
    const Database &m_database;
};

} // namespace sd
