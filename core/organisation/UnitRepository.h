#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/organisation/Person.h"
#include "core/organisation/Unit.h"

namespace sd {

// SQL for units, their members and community areas. Callers own the transaction.
class UnitRepository {
public:
    explicit UnitRepository(const Database &database)
        : m_database(database) {}

    Result<QList<UnitSummary>> list() const; // ordered by kind, then name
    Result<Unit> find(qint64 id) const;
    Result<std::optional<Unit>> findByName(const QString &name) const;
    Result<QList<UnitSummary>> ledBy(qint64 personId) const;
    Result<QList<Person>> members(qint64 unitId) const;
    // The chain of parents from the unit's parent up to the root.
    Result<QList<qint64>> ancestorIds(qint64 unitId) const;

    Result<Unit> insert(const Unit &unit, qint64 nowMs, const QString &actor) const;
    // Replaces the members too; Conflict when unit.rowVersion is no longer current.
    Result<Unit> update(const Unit &unit, qint64 nowMs, const QString &actor) const;
    // Takes the person out of every unit (a person who leaves the station).
    Status removeFromAllUnits(qint64 personId) const;

    Result<QList<CommunityArea>> areas(std::optional<qint64> officeId = std::nullopt) const;
    Result<std::optional<CommunityArea>> findAreaByName(const QString &name) const;
    Result<bool> areaExists(qint64 areaId) const;
    // Every area's name by id, for imports and exports that translate between the two.
    Result<QHash<qint64, QString>> areaNames() const;
    Result<CommunityArea> insertArea(const CommunityArea &area) const;
    Status deleteArea(qint64 areaId) const;

private:
    Status replaceMembers(qint64 unitId, const QList<qint64> &memberIds) const;
    Result<QList<UnitSummary>> summaries(const QString &where, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace sd
