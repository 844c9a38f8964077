#include "core/signatures/SignatureRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

Result<QList<Signature>> SignatureRepository::forRecord(qint64 recordId) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT id, record_id, role, slot, person_id, printed_name, signed_at, "
                        u"meaning, strokes, image, content_sha256, digest FROM record_signature "
                        u"WHERE record_kind = ? AND record_id = ? AND station_id = ? "
                        u"ORDER BY role, slot"_s,
                        {m_kind, recordId, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QList<Signature> signatures;
    while (query.value().next()) {
        const QSqlQuery &row = query.value();
        Signature signature;
        signature.id = row.value(0).toLongLong();
        signature.recordId = row.value(1).toLongLong();
        signature.role =
            signatureRoleFromKey(row.value(2).toString()).value_or(SignatureRole::Party);
        readColumns(row, 3, signature.slot, signature.personId, signature.printedName,
                    signature.signedAt, signature.meaning);
        signature.strokes = row.value(8).toString().toUtf8();
        readColumns(row, 9, signature.imagePng, signature.contentSha256, signature.digest);
        signatures << signature;
    }
    return signatures;
}

Result<Signature> SignatureRepository::insert(const Signature &signature) const {
    auto id =
        scalarSql(m_database.connection(),
                  u"INSERT INTO record_signature (station_id, record_kind, record_id, role, "
                  u"slot, person_id, printed_name, signed_at, meaning, strokes, image, "
                  u"content_sha256, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  u"RETURNING id"_s,
                  {m_database.stationId(), m_kind, signature.recordId, toKey(signature.role),
                   signature.slot, nullableId(signature.personId), signature.printedName,
                   signature.signedAt, signature.meaning, QString::fromUtf8(signature.strokes),
                   signature.imagePng, signature.contentSha256, signature.digest});
    SD_RETURN_IF_ERROR(id);
    Signature stored = signature;
    stored.id = id->toLongLong();
    return stored;
}

Status SignatureRepository::remove(qint64 recordId, SignatureRole role, int slot) const {
    auto removed = runSql(m_database.connection(),
                          u"DELETE FROM record_signature WHERE record_kind = ? AND record_id = ? "
                          u"AND role = ? AND slot = ? AND station_id = ?"_s,
                          {m_kind, recordId, toKey(role), slot, m_database.stationId()});
    SD_RETURN_IF_ERROR(removed);
    return {};
}

Result<int> SignatureRepository::removeStale(qint64 recordId, const QString &contentSha256) const {
    auto removed = runSql(m_database.connection(),
                          u"DELETE FROM record_signature WHERE record_kind = ? AND record_id = ? "
                          u"AND content_sha256 <> ? AND station_id = ?"_s,
                          {m_kind, recordId, contentSha256, m_database.stationId()});
    SD_RETURN_IF_ERROR(removed);
    return removed->numRowsAffected();
}

Status SignatureRepository::removeAll(qint64 recordId) const {
    auto removed = runSql(m_database.connection(),
                          u"DELETE FROM record_signature WHERE record_kind = ? AND record_id = ? "
                          u"AND station_id = ?"_s,
                          {m_kind, recordId, m_database.stationId()});
    SD_RETURN_IF_ERROR(removed);
    return {};
}

} // namespace sd
