#include "core/frontdesk/RecordRepository.h"

#include "core/frontdesk/PartyRowRepository.h"
#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/signatures/SignatureRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::RecordRepository)
};

const QString kKind = u"onscene"_s;

const QString kColumns =
    u"r.id, r.number, r.alert_id, a.number, r.eligible_case, r.facts, r.handling, r.result, "
    u"r.witness_person_id, r.witness_name, r.witness_phone, r.body_cam_ref, r.amends_id, "
    u"COALESCE(o.number, ''), r.amendment_reason, r.status, r.sealed_at, r.sealed_by, "
    u"r.content_sha256, r.seal_digest, r.row_version, r.created_at, r.created_by, r.updated_at, "
    u"r.updated_by FROM onscene_record r JOIN alert a ON a.id = r.alert_id "
    u"LEFT JOIN onscene_record o ON o.id = r.amends_id"_s;

OnSceneRecord recordFrom(const QSqlQuery &q) {
    OnSceneRecord record;
    readColumns(q, 0, record.id, record.number, record.alertId, record.alertNumber,
                record.eligibleCase, record.facts, record.handling, record.result,
                record.witness.personId, record.witness.name, record.witness.phone,
                record.bodyCamRef, record.amendsId, record.amendsNumber, record.amendmentReason);
    record.status =
        q.value(15).toString() == u"sealed"_s ? RecordStatus::Sealed : RecordStatus::Draft;
    readColumns(q, 16, record.sealedAt, record.sealedBy, record.contentSha256, record.sealDigest,
                record.rowVersion, record.createdAt, record.createdBy, record.updatedAt,
                record.updatedBy);
    return record;
}

QVariantList contentValues(const OnSceneRecord &record) {
    return {record.eligibleCase ? QVariant(toKey(*record.eligibleCase)) : QVariant(),
            record.facts,
            record.handling,
            record.result,
            nullableId(record.witness.personId),
            record.witness.name,
            record.witness.phone,
            record.bodyCamRef,
            record.amendmentReason};
}
} // namespace

Status RecordRepository::fillChildren(OnSceneRecord &record) const {
    const PartyRowRepository rows(m_database, u"record_id"_s, record.id);
    auto parties = rows.select(u"onscene_party"_s, u"refused_to_sign, refusal_reason"_s);
    SD_RETURN_IF_ERROR(parties);
    while (parties->next()) {
        auto party = PartyRowRepository::identityFrom<RecordParty>(parties.value());
        party.refusedToSign = parties->value(6).toInt() != 0;
        party.refusalReason = parties->value(7).toString();
        record.parties << party;
    }
    if (Status officers = rows.selectPeople(u"onscene_officer"_s, record.officerIds,
                                            record.officerNames, record.officerBadges);
        !officers) {
        return officers;
    }
    auto signatures = SignatureRepository(m_database, kKind).forRecord(record.id);
    SD_RETURN_IF_ERROR(signatures);
    record.signatures = signatures.value();
    return {};
}

Result<OnSceneRecord> RecordRepository::find(qint64 id) const {
    auto stored = rowSql(m_database.connection(),
                         u"SELECT "_s + kColumns + u" WHERE r.id = ? AND r.station_id = ?"_s,
                         {id, m_database.stationId()},
                         Tr::tr("No on-scene record with id %1").arg(id), recordFrom);
    SD_RETURN_IF_ERROR(stored);
    SD_RETURN_IF_ERROR(fillChildren(stored.value()));
    return stored;
}

Result<std::optional<qint64>> RecordRepository::idByNumber(const QString &number) const {
    return idSql(m_database.connection(),
                 u"SELECT id FROM onscene_record WHERE number = ? AND station_id = ?"_s,
                 {number, m_database.stationId()});
}

Result<QList<RecordSummary>> RecordRepository::list(const RecordListFilter &filter) const {
    QString sql = u"SELECT r.id, r.number, a.number, r.status, r.sealed_at, r.updated_at, "
                  u"r.updated_by, COALESCE(o.number, ''), (SELECT COUNT(*) FROM "
                  u"record_signature s WHERE s.record_kind = 'onscene' AND s.record_id = r.id) "
                  u"FROM onscene_record r JOIN alert a ON a.id = r.alert_id "
                  u"LEFT JOIN onscene_record o ON o.id = r.amends_id WHERE r.station_id = ?"_s;
    QVariantList values{m_database.stationId()};
    if (filter.status) {
        sql += u" AND r.status = ?"_s;
        values << toKey(*filter.status);
    }
    if (filter.alertId) {
        sql += u" AND r.alert_id = ?"_s;
        values << *filter.alertId;
    }
    if (!filter.updatedBy.isEmpty()) {
        sql += u" AND r.updated_by = ?"_s;
        values << filter.updatedBy;
    }
    sql += u" ORDER BY "_s + m_database.dialect().textOrder(u"r.number"_s) + u" LIMIT ?"_s;
    values << filter.limit;
    auto query = runSql(m_database.connection(), sql, values);
    SD_RETURN_IF_ERROR(query);
    QList<RecordSummary> summaries;
    while (query->next()) {
        RecordSummary summary;
        summary.id = query->value(0).toLongLong();
        summary.number = query->value(1).toString();
        summary.kind = kKind;
        summary.alertNumber = query->value(2).toString();
        summary.status =
            query->value(3).toString() == u"sealed"_s ? RecordStatus::Sealed : RecordStatus::Draft;
        summary.sealedAt = query->value(4).toLongLong();
        summary.updatedAt = query->value(5).toLongLong();
        summary.updatedBy = query->value(6).toString();
        summary.amendsNumber = query->value(7).toString();
        summary.signatureCount = query->value(8).toInt();
        summaries << summary;
    }
    return summaries;
}

Result<QList<qint64>> RecordRepository::sealedIds() const {
    return idsSql(m_database.connection(),
                  u"SELECT id FROM onscene_record WHERE station_id = ? AND status = "
                  u"'sealed' ORDER BY id"_s,
                  {m_database.stationId()});
}

Result<QString> RecordRepository::nextNumber(int year) const {
    return nextYearNumber(m_database.connection(), m_database.stationId(), u"onscene_record"_s,
                          u"CJ"_s, year, 6);
}

Status RecordRepository::writeChildren(const OnSceneRecord &record) const {
    const PartyRowRepository rows(m_database, u"record_id"_s, record.id);
    if (Status cleared = rows.clear({u"onscene_party"_s, u"onscene_officer"_s}); !cleared) {
        return cleared;
    }
    for (qsizetype i = 0; i < record.parties.size(); ++i) {
        const RecordParty &party = record.parties[i];
        if (Status inserted = rows.insert(u"onscene_party"_s, int(i), party,
                                          {{u"refused_to_sign"_s, party.refusedToSign ? 1 : 0},
                                           {u"refusal_reason"_s, party.refusalReason}});
            !inserted) {
            return inserted;
        }
    }
    return rows.insertPeople(u"onscene_officer"_s, record.officerIds);
}

Result<qint64> RecordRepository::insert(const OnSceneRecord &record, qint64 nowMs,
                                        const QString &actor) const {
    QVariantList values{m_database.stationId(), record.number, record.alertId};
    values << contentValues(record) << nullableId(record.amendsId) << nowMs << actor << nowMs
           << actor;
    auto id = scalarSql(m_database.connection(),
                        u"INSERT INTO onscene_record (station_id, number, alert_id, eligible_case, "
                        u"facts, handling, result, witness_person_id, witness_name, witness_phone, "
                        u"body_cam_ref, amendment_reason, amends_id, status, created_at, "
                        u"created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        u"?, ?, ?, ?, 'draft', ?, ?, ?, ?) RETURNING id"_s,
                        values);
    SD_RETURN_IF_ERROR(id);
    OnSceneRecord stored = record;
    stored.id = id->toLongLong();
    SD_RETURN_IF_ERROR(writeChildren(stored));
    return stored.id;
}

Status RecordRepository::checkWritable(qint64 id, qint64 rowVersion, qint64 affected) const {
    if (affected > 0) {
        return {};
    }
    auto current = find(id);
    SD_RETURN_IF_ERROR(current);
    if (current->status == RecordStatus::Sealed) {
        return Error::validation(u"status"_s,
                                 Tr::tr("Record %1 is sealed and can no longer be changed; file "
                                        "an amendment instead.")
                                     .arg(current->number));
    }
    Q_UNUSED(rowVersion)
    return conflictError(Tr::tr("On-scene record %1").arg(current->number), current->updatedBy,
                         current->updatedAt);
}

Status RecordRepository::updateDraft(const OnSceneRecord &record, qint64 nowMs,
                                     const QString &actor) const {
    QVariantList values = contentValues(record);
    values << nowMs << actor << record.id << m_database.stationId() << record.rowVersion;
    auto query = runSql(m_database.connection(),
                        u"UPDATE onscene_record SET eligible_case = ?, facts = ?, handling = ?, "
                        u"result = ?, witness_person_id = ?, witness_name = ?, witness_phone = ?, "
                        u"body_cam_ref = ?, amendment_reason = ?, row_version = row_version + 1, "
                        u"updated_at = ?, updated_by = ? WHERE id = ? AND station_id = ? AND "
                        u"row_version = ? AND status = 'draft'"_s,
                        values);
    SD_RETURN_IF_ERROR(query);
    if (Status writable = checkWritable(record.id, record.rowVersion, query->numRowsAffected());
        !writable) {
        return writable;
    }
    return writeChildren(record);
}

Status RecordRepository::touch(qint64 id, qint64 rowVersion, qint64 nowMs,
                               const QString &actor) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE onscene_record SET row_version = row_version + 1, updated_at = ?, "
                        u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ? "
                        u"AND status = 'draft'"_s,
                        {nowMs, actor, id, m_database.stationId(), rowVersion});
    SD_RETURN_IF_ERROR(query);
    return checkWritable(id, rowVersion, query->numRowsAffected());
}

Status RecordRepository::seal(qint64 id, qint64 rowVersion, qint64 nowMs, const QString &actor,
                              const QString &contentSha256, const QString &sealDigest) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE onscene_record SET status = 'sealed', sealed_at = ?, "
                        u"sealed_by = ?, content_sha256 = ?, seal_digest = ?, "
                        u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                        u"WHERE id = ? AND station_id = ? AND row_version = ? AND "
                        u"status = 'draft'"_s,
                        {nowMs, actor, contentSha256, sealDigest, nowMs, actor, id,
                         m_database.stationId(), rowVersion});
    SD_RETURN_IF_ERROR(query);
    return checkWritable(id, rowVersion, query->numRowsAffected());
}

Status RecordRepository::deleteDraft(qint64 id, qint64 rowVersion) const {
    auto query = runSql(m_database.connection(),
                        u"DELETE FROM onscene_record WHERE id = ? AND station_id = ? AND "
                        u"row_version = ? AND status = 'draft'"_s,
                        {id, m_database.stationId(), rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (Status writable = checkWritable(id, rowVersion, query->numRowsAffected()); !writable) {
        return writable;
    }
    return SignatureRepository(m_database, kKind).removeAll(id);
}

} // namespace sd
