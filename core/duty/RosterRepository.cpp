#include "core/duty/RosterRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::RosterRepository)
};

const QString kShiftColumns =
    u"s.id, s.duty_date, s.shift_key, s.starts_at, s.ends_at, s.row_version, s.created_at, "
    u"s.created_by, s.updated_at, s.updated_by FROM duty_shift s"_s;

PlannedShift shiftFrom(const QSqlQuery &q) {
    PlannedShift s;
    readColumns(q, 0, s.id, s.date, s.shiftKey, s.startsAt, s.endsAt, s.rowVersion, s.createdAt,
                s.createdBy, s.updatedAt, s.updatedBy);
    return s;
}

std::optional<PlannedShift> firstOf(Result<QList<PlannedShift>> &&shifts) {
    return shifts->isEmpty() ? std::nullopt : std::optional<PlannedShift>(shifts->first());
}
} // namespace

Result<QList<PlannedShift>> RosterRepository::select(const QString &where,
                                                     const QVariantList &values,
                                                     const QString &tail) const {
    const QSqlDatabase db = m_database.connection();
    const QString condition = u" WHERE s.station_id = ? AND "_s + where;
    const QVariantList bound = QVariantList{m_database.stationId()} + values;
    auto shifts = rowsSql(
        db, u"SELECT "_s + kShiftColumns + condition + u" ORDER BY s.starts_at, s.id"_s + tail,
        bound, shiftFrom);
    SD_RETURN_IF_ERROR(shifts);
    if (shifts->isEmpty()) {
        return shifts;
    }
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < shifts->size(); ++i) {
        index.insert(shifts->at(i).id, i);
    }
    // The crews of exactly those shifts: the same condition, and the same limit, on the
    // shifts they belong to.
    auto members = runSql(db,
                          u"SELECT m.shift_id, m.role, p.id, p.badge_no, p.name "
                          u"FROM duty_shift_member m JOIN person p ON p.id = m.person_id "
                          u"WHERE m.shift_id IN (SELECT s.id FROM duty_shift s"_s +
                              condition + u" ORDER BY s.starts_at, s.id"_s + tail +
                              u") ORDER BY m.shift_id, m.position"_s,
                          bound);
    SD_RETURN_IF_ERROR(members);
    while (members->next()) {
        const auto at = index.find(members->value(0).toLongLong());
        if (at == index.end()) {
            continue;
        }
        PlannedShift &shift = shifts.value()[*at];
        CrewMember member;
        DutyRole role = DutyRole::Officer;
        readColumns(members.value(), 1, role, member.personId, member.badgeNo, member.name);
        switch (role) {
        case DutyRole::Leader:
            shift.leader = member;
            break;
        case DutyRole::Officer:
            shift.officers << member;
            break;
        case DutyRole::Auxiliary:
            shift.auxiliaries << member;
            break;
        }
    }
    return shifts;
}

Result<std::optional<PlannedShift>> RosterRepository::find(const QDate &date,
                                                           const QString &shiftKey) const {
    auto shifts = select(u"s.duty_date = ? AND s.shift_key = ?"_s, {nullableDate(date), shiftKey});
    SD_RETURN_IF_ERROR(shifts);
    return firstOf(std::move(shifts));
}

Result<PlannedShift> RosterRepository::find(qint64 id) const {
    auto shifts = select(u"s.id = ?"_s, {id});
    SD_RETURN_IF_ERROR(shifts);
    if (shifts->isEmpty()) {
        return Error::notFound(Tr::tr("No planned shift with id %1").arg(id));
    }
    return shifts->first();
}

Result<QList<PlannedShift>> RosterRepository::between(const QDate &from, const QDate &to) const {
    return select(u"s.duty_date >= ? AND s.duty_date <= ?"_s,
                  {nullableDate(from), nullableDate(to)});
}

Result<std::optional<PlannedShift>> RosterRepository::inForce(qint64 instant) const {
    auto shifts =
        select(u"s.starts_at <= ? AND s.ends_at > ?"_s, {instant, instant}, u" LIMIT 1"_s);
    SD_RETURN_IF_ERROR(shifts);
    return firstOf(std::move(shifts));
}

Result<std::optional<PlannedShift>> RosterRepository::firstFrom(qint64 instant) const {
    auto shifts = select(u"s.starts_at >= ?"_s, {instant}, u" LIMIT 1"_s);
    SD_RETURN_IF_ERROR(shifts);
    return firstOf(std::move(shifts));
}

Result<QList<PlannedShift>> RosterRepository::overlapping(qint64 startsAt, qint64 endsAt,
                                                          qint64 exceptId) const {
    return select(u"s.starts_at < ? AND s.ends_at > ? AND s.id <> ?"_s,
                  {endsAt, startsAt, exceptId});
}

Result<QList<PlannedShift>> RosterRepository::nextOf(qint64 personId, qint64 instant,
                                                     int count) const {
    return select(u"s.ends_at > ? AND EXISTS (SELECT 1 FROM duty_shift_member o "
                  u"WHERE o.shift_id = s.id AND o.person_id = ?)"_s,
                  {instant, personId}, u" LIMIT %1"_s.arg(qMax(count, 0)));
}

Status RosterRepository::writeCrew(qint64 shiftId, const PlannedShift &shift) const {
    const QSqlDatabase db = m_database.connection();
    SD_RETURN_IF_ERROR(
        runSql(db, u"DELETE FROM duty_shift_member WHERE shift_id = ?"_s, {shiftId}));
    const auto add = [&](const CrewMember &member, DutyRole role, int position) -> Status {
        SD_RETURN_IF_ERROR(
            runSql(db,
                   u"INSERT INTO duty_shift_member (shift_id, station_id, "
                   u"person_id, role, position) VALUES (?, ?, ?, ?, ?)"_s,
                   {shiftId, m_database.stationId(), member.personId, toKey(role), position}));
        return {};
    };
    int position = 0;
    SD_RETURN_IF_ERROR(add(shift.leader, DutyRole::Leader, position++));
    for (const CrewMember &member : shift.officers) {
        SD_RETURN_IF_ERROR(add(member, DutyRole::Officer, position++));
    }
    for (const CrewMember &member : shift.auxiliaries) {
        SD_RETURN_IF_ERROR(add(member, DutyRole::Auxiliary, position++));
    }
    return {};
}

Result<qint64> RosterRepository::insert(const PlannedShift &shift, qint64 nowMs,
                                        const QString &actor) const {
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO duty_shift (station_id, duty_date, shift_key, starts_at, "
                        u"ends_at, created_at, created_by, updated_at, updated_by) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                        {m_database.stationId(), nullableDate(shift.date), shift.shiftKey,
                         shift.startsAt, shift.endsAt, nowMs, actor, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    SD_RETURN_IF_ERROR(writeCrew(id->toLongLong(), shift));
    return id->toLongLong();
}

Status RosterRepository::updateCrew(const PlannedShift &shift, qint64 nowMs,
                                    const QString &actor) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE duty_shift SET row_version = row_version + 1, updated_at = ?, "
                        u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
                        {nowMs, actor, shift.id, m_database.stationId(), shift.rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (query->numRowsAffected() == 0) {
        auto current = find(shift.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(
            Tr::tr("The shift %1").arg(shiftLabel(current->date, current->shiftKey)),
            current->updatedBy, current->updatedAt);
    }
    return writeCrew(shift.id, shift);
}

Status RosterRepository::insertSwap(const ShiftSwap &swap, qint64 nowMs,
                                    const QString &actor) const {
    SD_RETURN_IF_ERROR(runSql(m_database.connection(),
                              u"INSERT INTO duty_swap (station_id, shift_id, other_shift_id, "
                              u"out_person_id, in_person_id, reason, swapped_at, swapped_by) "
                              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {m_database.stationId(), swap.shiftId, nullableId(swap.otherShiftId),
                               swap.outPersonId, swap.inPersonId, swap.reason, nowMs, actor}));
    return {};
}

} // namespace sd
