#include "core/organisation/UnitRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/VersionedTable.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::UnitRepository)
};

// Kind order used by every list: leadership first, offices last.
const QString kKindOrder = u"CASE u.kind WHEN 'leadership' THEN 0 WHEN 'party_group' THEN 1 "
                           u"WHEN 'squad' THEN 2 WHEN 'action_team' THEN 3 ELSE 4 END"_s;

const QString kUnitColumns =
    u"u.id, u.kind, u.name, u.leader_id, u.parent_id, u.row_version, u.updated_at, u.updated_by"_s;

Unit unitFrom(const QSqlQuery &query) {
    Unit unit;
    readColumns(query, 0, unit.id, unit.kind, unit.name, unit.leaderId, unit.parentId,
                unit.rowVersion, unit.updatedAt, unit.updatedBy);
    return unit;
}

const VersionedTable kUnitTable(u"unit"_s, {u"kind"_s, u"name"_s, u"leader_id"_s, u"parent_id"_s});

QVariantList writtenValues(const Unit &unit) {
    return {toKey(unit.kind), unit.name, nullableId(unit.leaderId), nullableId(unit.parentId)};
}

} // namespace

Result<QList<UnitSummary>> UnitRepository::summaries(const QString &where,
                                                     const QVariantList &values) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT "_s + kUnitColumns +
                            u", l.badge_no, l.name, p.name, "
                            u"(SELECT COUNT(*) FROM unit_member m WHERE m.unit_id = u.id) "
                            u"FROM unit u LEFT JOIN person l ON l.id = u.leader_id "
                            u"LEFT JOIN unit p ON p.id = u.parent_id WHERE u.station_id = ?"_s +
                            where + u" ORDER BY "_s + kKindOrder + u", "_s +
                            m_database.dialect().textOrder(u"u.name"_s),
                        QVariantList{m_database.stationId()} + values);
    SD_RETURN_IF_ERROR(query);
    QList<UnitSummary> result;
    while (query.value().next()) {
        UnitSummary summary;
        summary.unit = unitFrom(query.value());
        summary.leaderBadge = query.value().value(8).toString();
        summary.leaderName = query.value().value(9).toString();
        summary.parentName = query.value().value(10).toString();
        summary.memberCount = query.value().value(11).toInt();
        result << summary;
    }
    return result;
}

Result<QList<UnitSummary>> UnitRepository::list() const {
    return summaries({}, {});
}

Result<QList<UnitSummary>> UnitRepository::ledBy(qint64 personId) const {
    return summaries(u" AND u.leader_id = ?"_s, {personId});
}

Result<Unit> UnitRepository::find(qint64 id) const {
    const QSqlDatabase db = m_database.connection();
    auto stored = rowSql(
        db, u"SELECT "_s + kUnitColumns + u" FROM unit u WHERE u.id = ? AND u.station_id = ?"_s,
        {id, m_database.stationId()}, Tr::tr("No unit with id %1").arg(id), unitFrom);
    SD_RETURN_IF_ERROR(stored);
    Unit unit = std::move(stored).value();
    auto members = runSql(
        db, u"SELECT person_id FROM unit_member WHERE unit_id = ? ORDER BY person_id"_s, {id});
    SD_RETURN_IF_ERROR(members);
    while (members.value().next()) {
        unit.memberIds << members.value().value(0).toLongLong();
    }
    return unit;
}

Result<std::optional<Unit>> UnitRepository::findByName(const QString &name) const {
    auto id = scalarSql(m_database.connection(),
                        u"SELECT id FROM unit WHERE name = ? AND station_id = ?"_s,
                        {name, m_database.stationId()});
    if (!id) {
        return id.error().code == ErrorCode::NotFound ? Result<std::optional<Unit>>(std::nullopt)
                                                      : Result<std::optional<Unit>>(id.error());
    }
    auto unit = find(id.value().toLongLong());
    SD_RETURN_IF_ERROR(unit);
    return std::optional<Unit>(unit.value());
}

Result<QList<Person>> UnitRepository::members(qint64 unitId) const {
    QList<Person> people;
    auto rows = runSql(m_database.connection(),
                       u"SELECT p.id, p.badge_no, p.name, p.position, p.category, p.active "
                       u"FROM unit_member m JOIN person p ON p.id = m.person_id "
                       u"WHERE m.unit_id = ? ORDER BY "_s +
                           m_database.dialect().textOrder(u"p.badge_no"_s),
                       {unitId});
    SD_RETURN_IF_ERROR(rows);
    while (rows.value().next()) {
        Person person;
        person.id = rows.value().value(0).toLongLong();
        person.badgeNo = rows.value().value(1).toString();
        person.name = rows.value().value(2).toString();
        person.position = rows.value().value(3).toString();
        person.category = personCategoryFromKey(rows.value().value(4).toString())
                              .value_or(PersonCategory::Officer);
        person.active = rows.value().value(5).toInt() != 0;
        people << person;
    }
    return people;
}

Result<QList<qint64>> UnitRepository::ancestorIds(qint64 unitId) const {
    QList<qint64> chain;
    std::optional<qint64> current = unitId;
    while (current) {
        auto parent = scalarSql(m_database.connection(),
                                u"SELECT parent_id FROM unit WHERE id = ?"_s, {*current});
        if (!parent) {
            return parent.error().code == ErrorCode::NotFound
                       ? Result<QList<qint64>>(chain)
                       : Result<QList<qint64>>(parent.error());
        }
        current = optionalId(parent.value());
        if (current) {
            if (chain.contains(*current)) {
                break; // an existing cycle must not hang the check that prevents new ones
            }
            chain << *current;
        }
    }
    return chain;
}

Status UnitRepository::replaceMembers(qint64 unitId, const QList<qint64> &memberIds) const {
    const QSqlDatabase db = m_database.connection();
    if (auto cleared = runSql(db, u"DELETE FROM unit_member WHERE unit_id = ?"_s, {unitId});
        !cleared) {
        return cleared.error();
    }
    for (qint64 personId : memberIds) {
        auto added = runSql(db, u"INSERT INTO unit_member (unit_id, person_id) VALUES (?, ?)"_s,
                            {unitId, personId});
        SD_RETURN_IF_ERROR(added);
    }
    return {};
}

Result<Unit> UnitRepository::insert(const Unit &unit, qint64 nowMs, const QString &actor) const {
    auto id = kUnitTable.insert(m_database, writtenValues(unit), nowMs, actor);
    SD_RETURN_IF_ERROR(id);
    SD_RETURN_IF_ERROR(replaceMembers(id.value(), unit.memberIds));
    return find(id.value());
}

Result<Unit> UnitRepository::update(const Unit &unit, qint64 nowMs, const QString &actor) const {
    auto matched =
        kUnitTable.update(m_database, unit.id, unit.rowVersion, writtenValues(unit), nowMs, actor);
    SD_RETURN_IF_ERROR(matched);
    if (matched.value()) {
        SD_RETURN_IF_ERROR(replaceMembers(unit.id, unit.memberIds));
    }
    return storedOrConflict(matched.value(), find(unit.id), [](const Unit &current) {
        return conflictError(Tr::tr("Unit %1").arg(current.name), current.updatedBy,
                             current.updatedAt);
    });
}

Result<QList<CommunityArea>> UnitRepository::areas(std::optional<qint64> officeId) const {
    QString sql =
        u"SELECT id, office_id, name, description FROM community_area WHERE station_id = ?"_s;
    QVariantList values{m_database.stationId()};
    if (officeId) {
        sql += u" AND office_id = ?"_s;
        values << *officeId;
    }
    auto query = runSql(m_database.connection(),
                        sql + u" ORDER BY "_s + m_database.dialect().textOrder(u"name"_s), values);
    SD_RETURN_IF_ERROR(query);
    QList<CommunityArea> result;
    while (query.value().next()) {
        result << CommunityArea{
            query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
            query.value().value(2).toString(), query.value().value(3).toString()};
    }
    return result;
}

Result<std::optional<CommunityArea>> UnitRepository::findAreaByName(const QString &name) const {
    auto all = areas();
    SD_RETURN_IF_ERROR(all);
    const auto found = std::find_if(all->cbegin(), all->cend(),
                                    [&](const CommunityArea &area) { return area.name == name; });
    return found == all->cend() ? std::optional<CommunityArea>()
                                : std::optional<CommunityArea>(*found);
}

Result<bool> UnitRepository::areaExists(qint64 areaId) const {
    auto count = scalarSql(m_database.connection(),
                           u"SELECT COUNT(*) FROM community_area WHERE id = ? AND station_id = ?"_s,
                           {areaId, m_database.stationId()});
    SD_RETURN_IF_ERROR(count);
    return count->toInt() > 0;
}

Result<QHash<qint64, QString>> UnitRepository::areaNames() const {
    auto query = runSql(m_database.connection(),
                        u"SELECT id, name FROM community_area WHERE station_id = ?"_s,
                        {m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QHash<qint64, QString> names;
    while (query->next()) {
        names.insert(query->value(0).toLongLong(), query->value(1).toString());
    }
    return names;
}

Status UnitRepository::removeFromAllUnits(qint64 personId) const {
    SD_RETURN_IF_ERROR(runSql(m_database.connection(),
                              u"DELETE FROM unit_member WHERE person_id = ?"_s, {personId}));
    return {};
}

Result<CommunityArea> UnitRepository::insertArea(const CommunityArea &area) const {
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO community_area (station_id, office_id, name, description) "
                        u"VALUES (?, ?, ?, ?) RETURNING id"_s,
                        {m_database.stationId(), area.officeId, area.name, area.description});
    SD_RETURN_IF_ERROR(id);
    CommunityArea stored = area;
    stored.id = id.value().toLongLong();
    return stored;
}

Status UnitRepository::deleteArea(qint64 areaId) const {
    auto query = runSql(m_database.connection(),
                        u"DELETE FROM community_area WHERE id = ? AND station_id = ?"_s,
                        {areaId, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        return Error::notFound(Tr::tr("No community area with id %1").arg(areaId));
    }
    return {};
}

} // namespace sd
