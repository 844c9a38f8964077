#include "core/duty/HandoverRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/signatures/SignatureRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::HandoverRepository)
};

const QString kColumns =
    u"h.id, h.number, h.place, h.starts_at, h.outgoing_shift_key, h.outgoing_shift_date, "
    u"h.outgoing_shift_starts_at, h.outgoing_shift_ends_at, h.incoming_shift_key, "
    u"h.incoming_shift_date, h.incoming_shift_starts_at, h.incoming_shift_ends_at, "
    u"h.outgoing_person_id, op.badge_no, op.name, h.incoming_person_id, ip.badge_no, ip.name, "
    u"h.outgoing_leader_id, COALESCE(ol.name, ''), h.incoming_leader_id, COALESCE(il.name, ''), "
    u"h.notes, h.status, COALESCE(h.sealed_at, 0), h.sealed_by, h.content_sha256, "
    u"h.seal_digest, h.audit_head, COALESCE(h.responsibility_passed_at, 0), h.row_version, "
    u"h.created_at, h.created_by, h.updated_at, h.updated_by FROM duty_handover h "
    u"JOIN person op ON op.id = h.outgoing_person_id "
    u"JOIN person ip ON ip.id = h.incoming_person_id "
    u"LEFT JOIN person ol ON ol.id = h.outgoing_leader_id "
    u"LEFT JOIN person il ON il.id = h.incoming_leader_id"_s;

Handover handoverFrom(const QSqlQuery &q) {
    Handover h;
    readColumns(q, 0, h.id, h.number, h.place, h.startsAt, h.outgoingShiftKey, h.outgoingShiftDate,
                h.outgoingShiftStartsAt, h.outgoingShiftEndsAt, h.incomingShiftKey,
                h.incomingShiftDate, h.incomingShiftStartsAt, h.incomingShiftEndsAt, h.outgoingId,
                h.outgoingBadge, h.outgoingName, h.incomingId, h.incomingBadge, h.incomingName,
                h.outgoingLeaderId, h.outgoingLeaderName, h.incomingLeaderId, h.incomingLeaderName,
                h.notes, h.status, h.sealedAt, h.sealedBy, h.contentSha256, h.sealDigest,
                h.auditHead, h.responsibilityPassedAt, h.rowVersion, h.createdAt, h.createdBy,
                h.updatedAt, h.updatedBy);
    return h;
}

HandoverItem itemFrom(const QSqlQuery &q) {
    HandoverItem i;
    readColumns(q, 0, i.id, i.position, i.kind, i.ref, i.ownerId, i.ownerBadge, i.ownerName,
                i.title, i.detail, i.input, i.value, i.state, i.note, i.carriedTimes, i.holderId,
                i.decidedAt, i.decidedBy);
    return i;
}
} // namespace

Result<Handover> HandoverRepository::find(qint64 id) const {
    auto stored = rowSql(m_database.connection(),
                         u"SELECT "_s + kColumns + u" WHERE h.id = ? AND h.station_id = ?"_s,
                         {id, m_database.stationId()}, Tr::tr("No handover with id %1").arg(id),
                         handoverFrom);
    SD_RETURN_IF_ERROR(stored);
    SD_RETURN_IF_ERROR(fillItems(stored.value()));
    return stored;
}

Status HandoverRepository::fillItems(Handover &handover) const {
    auto items = rowsSql(m_database.connection(),
                         u"SELECT id, position, kind, ref, owner_person_id, owner_badge, "
                         u"owner_name, title, detail, input, value, state, note, carried_times, "
                         u"holder_person_id, COALESCE(decided_at, 0), decided_by "
                         u"FROM duty_handover_item WHERE handover_id = ? ORDER BY position"_s,
                         {handover.id}, itemFrom);
    SD_RETURN_IF_ERROR(items);
    handover.items = items.value();
    auto signatures = SignatureRepository(m_database, u"handover"_s).forRecord(handover.id);
    SD_RETURN_IF_ERROR(signatures);
    handover.signatures = signatures.value();
    return {};
}

Result<std::optional<qint64>> HandoverRepository::idByNumber(const QString &number) const {
    return idSql(m_database.connection(),
                 u"SELECT id FROM duty_handover WHERE number = ? AND station_id = ?"_s,
                 {number, m_database.stationId()});
}

Result<std::optional<QString>> HandoverRepository::numberForShift(const QDate &date,
                                                                  const QString &shiftKey) const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT number FROM duty_handover WHERE station_id = ? AND "
                          u"outgoing_shift_date = ? AND outgoing_shift_key = ?"_s,
                          {m_database.stationId(), nullableDate(date), shiftKey},
                          [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<std::optional<qint64>> HandoverRepository::latestSealedId() const {
    return idSql(m_database.connection(),
                 u"SELECT id FROM duty_handover WHERE station_id = ? AND status = 'sealed' "
                 u"ORDER BY starts_at DESC, id DESC LIMIT 1"_s,
                 {m_database.stationId()});
}

Result<QList<qint64>> HandoverRepository::ids() const {
    return idsSql(m_database.connection(),
                  u"SELECT id FROM duty_handover WHERE station_id = ? "
                  u"ORDER BY starts_at DESC, id DESC"_s,
                  {m_database.stationId()});
}

Result<QList<qint64>> HandoverRepository::sealedIds() const {
    return idsSql(m_database.connection(),
                  u"SELECT id FROM duty_handover WHERE station_id = ? AND status = 'sealed' "
                  u"ORDER BY id"_s,
                  {m_database.stationId()});
}

Result<QString> HandoverRepository::nextNumber(int year) const {
    return nextYearNumber(m_database.connection(), m_database.stationId(), u"duty_handover"_s,
                          u"JJ"_s, year, 4);
}

Result<qint64> HandoverRepository::insert(const Handover &h, qint64 nowMs,
                                          const QString &actor) const {
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO duty_handover (station_id, number, place, starts_at, outgoing_shift_key, "
        u"outgoing_shift_date, outgoing_shift_starts_at, outgoing_shift_ends_at, "
        u"incoming_shift_key, incoming_shift_date, incoming_shift_starts_at, "
        u"incoming_shift_ends_at, outgoing_person_id, incoming_person_id, outgoing_leader_id, "
        u"incoming_leader_id, notes, status, created_at, created_by, updated_at, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?) "
        u"RETURNING id"_s,
        {m_database.stationId(),
         h.number,
         h.place,
         h.startsAt,
         h.outgoingShiftKey,
         nullableDate(h.outgoingShiftDate),
         h.outgoingShiftStartsAt,
         h.outgoingShiftEndsAt,
         h.incomingShiftKey,
         nullableDate(h.incomingShiftDate),
         h.incomingShiftStartsAt,
         h.incomingShiftEndsAt,
         h.outgoingId,
         h.incomingId,
         nullableId(h.outgoingLeaderId),
         nullableId(h.incomingLeaderId),
         h.notes,
         nowMs,
         actor,
         nowMs,
         actor});
    SD_RETURN_IF_ERROR(id);
    const qint64 handoverId = id->toLongLong();
    for (const HandoverItem &i : h.items) {
        auto stored = runSql(
            m_database.connection(),
            u"INSERT INTO duty_handover_item (station_id, handover_id, position, kind, ref, "
            u"owner_person_id, owner_badge, owner_name, title, detail, input, value, state, note, "
            u"carried_times) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {m_database.stationId(), handoverId, i.position, toKey(i.kind), i.ref,
             nullableId(i.ownerId), i.ownerBadge, i.ownerName, i.title, i.detail, toKey(i.input),
             i.value, toKey(i.state), i.note, i.carriedTimes});
        SD_RETURN_IF_ERROR(stored);
    }
    return handoverId;
}

Status HandoverRepository::checkWritable(qint64 id, qint64 affected) const {
    if (affected > 0) {
        return {};
    }
    auto current = runSql(m_database.connection(),
                          u"SELECT number, updated_by, updated_at FROM duty_handover "
                          u"WHERE id = ? AND station_id = ?"_s,
                          {id, m_database.stationId()});
    SD_RETURN_IF_ERROR(current);
    if (!current->next()) {
        return Error::notFound(Tr::tr("No handover with id %1").arg(id));
    }
    return conflictError(Tr::tr("Handover %1").arg(current->value(0).toString()),
                         current->value(1).toString(), current->value(2).toLongLong());
}

Status HandoverRepository::touch(qint64 id, qint64 rowVersion, qint64 nowMs,
                                 const QString &actor) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE duty_handover SET row_version = row_version + 1, updated_at = ?, "
                        u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
                        {nowMs, actor, id, m_database.stationId(), rowVersion});
    SD_RETURN_IF_ERROR(query);
    return checkWritable(id, query->numRowsAffected());
}

Status HandoverRepository::setNotes(qint64 id, const QString &notes) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE duty_handover SET notes = ? WHERE id = ? AND station_id = ?"_s,
                        {notes, id, m_database.stationId()});
    return query ? Status() : Status(query.error());
}

Status HandoverRepository::setStatus(qint64 id, HandoverStatus status) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE duty_handover SET status = ? WHERE id = ? AND station_id = ?"_s,
                        {toKey(status), id, m_database.stationId()});
    return query ? Status() : Status(query.error());
}

Status HandoverRepository::setItemValue(qint64 itemId, const QString &value) const {
    auto query =
        runSql(m_database.connection(),
               u"UPDATE duty_handover_item SET value = ? WHERE id = ? AND station_id = ?"_s,
               {value, itemId, m_database.stationId()});
    return query ? Status() : Status(query.error());
}

Status HandoverRepository::decideItem(const HandoverItem &i) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE duty_handover_item SET state = ?, note = ?, holder_person_id = ?, "
                        u"decided_at = ?, decided_by = ? WHERE id = ? AND station_id = ?"_s,
                        {toKey(i.state), i.note, nullableId(i.holderId), i.decidedAt, i.decidedBy,
                         i.id, m_database.stationId()});
    return query ? Status() : Status(query.error());
}

Status HandoverRepository::seal(qint64 id, qint64 nowMs, const QString &actor,
                                const QString &contentSha256, const QString &sealDigest,
                                const QString &auditHead, qint64 passedAt) const {
    auto query = runSql(
        m_database.connection(),
        u"UPDATE duty_handover SET status = 'sealed', sealed_at = ?, sealed_by = ?, "
        u"content_sha256 = ?, seal_digest = ?, audit_head = ?, "
        u"responsibility_passed_at = ? WHERE id = ? AND station_id = ?"_s,
        {nowMs, actor, contentSha256, sealDigest, auditHead, passedAt, id, m_database.stationId()});
    return query ? Status() : Status(query.error());
}

} // namespace sd
