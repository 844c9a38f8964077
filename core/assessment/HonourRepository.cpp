#include "core/assessment/HonourRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::HonourRepository)
};

// The kind sorts by rank, not alphabetically.
const QString kKindOrder =
    u"CASE h.kind WHEN 'first_class_merit' THEN 1 WHEN 'second_class_merit' THEN 2 "
    u"WHEN 'third_class_merit' THEN 3 WHEN 'title' THEN 4 ELSE 5 END"_s;

const QString kHonourSelect =
    u"SELECT h.id, h.collective, h.kind, h.title, h.year, h.awarding_body, h.unit_id, "
    u"h.person_id, h.citation, h.row_version, h.updated_at, h.updated_by, "
    u"COALESCE(u.name, p.name, st.name) FROM honour h "
    u"JOIN station st ON st.id = h.station_id "
    u"LEFT JOIN unit u ON u.id = h.unit_id LEFT JOIN person p ON p.id = h.person_id"_s;

Honour honourFrom(const QSqlQuery &query) {
    Honour honour;
    readColumns(query, 0, honour.id, honour.collective, honour.kind, honour.title, honour.year,
                honour.awardingBody, honour.unitId, honour.personId, honour.citation,
                honour.rowVersion, honour.updatedAt, honour.updatedBy, honour.recipientName);
    return honour;
}

StationEvent eventFrom(const QSqlQuery &query) {
    StationEvent event;
    event.id = query.value(0).toLongLong();
    event.happenedOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    readColumns(query, 2, event.title, event.description, event.rowVersion, event.updatedAt,
                event.updatedBy);
    return event;
}

} // namespace

Result<QList<Honour>> HonourRepository::honours(const HonourFilter &filter) const {
    SqlWhere where(u"h.station_id = ?"_s, m_database.stationId());
    where.whenSet(filter.year, u"h.year = ?"_s)
        .whenSet(filter.unitId, u"h.unit_id = ?"_s)
        .whenSet(filter.personId, u"h.person_id = ?"_s);
    return rowsSql(m_database.connection(),
                   kHonourSelect + where.sql() + u" ORDER BY h.year DESC, "_s + kKindOrder +
                       u", h.id"_s,
                   where.values(), [&](const QSqlQuery &row) { return honourFrom(row); });
}

Result<Honour> HonourRepository::honour(qint64 id) const {
    return rowSql(m_database.connection(),
                  kHonourSelect + u" WHERE h.id = ? AND h.station_id = ?"_s,
                  {id, m_database.stationId()}, Tr::tr("No honour with id %1").arg(id), honourFrom);
}

Result<Honour> HonourRepository::insertHonour(const Honour &honour, qint64 nowMs,
                                              const QString &actor) const {
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO honour (station_id, collective, kind, title, year, awarding_body, unit_id, "
        u"person_id, citation, row_version, created_at, updated_at, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
        {m_database.stationId(), honour.collective ? 1 : 0, toKey(honour.kind), honour.title,
         honour.year, honour.awardingBody, nullableId(honour.unitId), nullableId(honour.personId),
         honour.citation, nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return this->honour(id.value().toLongLong());
}

Result<Honour> HonourRepository::updateHonour(const Honour &honour, qint64 nowMs,
                                              const QString &actor) const {
    auto query = runSql(
        m_database.connection(),
        u"UPDATE honour SET collective = ?, kind = ?, title = ?, year = ?, awarding_body = ?, "
        u"unit_id = ?, person_id = ?, citation = ?, row_version = row_version + 1, "
        u"updated_at = ?, updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
        {honour.collective ? 1 : 0, toKey(honour.kind), honour.title, honour.year,
         honour.awardingBody, nullableId(honour.unitId), nullableId(honour.personId),
         honour.citation, nowMs, actor, honour.id, m_database.stationId(), honour.rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        auto current = this->honour(honour.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(Tr::tr("Honour \"%1\" (%2)").arg(current->title).arg(current->year),
                             current->updatedBy, current->updatedAt);
    }
    return this->honour(honour.id);
}

Result<QList<StationEvent>> HonourRepository::events() const {
    return rowsSql(m_database.connection(),
                   u"SELECT id, happened_on, title, description, row_version, updated_at, "
                   u"updated_by FROM station_event WHERE station_id = ? "
                   u"ORDER BY happened_on, id"_s,
                   {m_database.stationId()}, [&](const QSqlQuery &row) { return eventFrom(row); });
}

Result<StationEvent> HonourRepository::event(qint64 id) const {
    return rowSql(m_database.connection(),
                  u"SELECT id, happened_on, title, description, row_version, updated_at, "
                  u"updated_by FROM station_event WHERE id = ? AND station_id = ?"_s,
                  {id, m_database.stationId()}, Tr::tr("No history event with id %1").arg(id),
                  eventFrom);
}

Result<StationEvent> HonourRepository::insertEvent(const StationEvent &event, qint64 nowMs,
                                                   const QString &actor) const {
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO station_event (station_id, happened_on, title, description, "
                        u"row_version, created_at, updated_at, updated_by) "
                        u"VALUES (?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
                        {m_database.stationId(), event.happenedOn.toString(Qt::ISODate),
                         event.title, event.description, nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return this->event(id.value().toLongLong());
}

} // namespace sd
