#include "core/kernel/storage/VersionedTable.h"

#include "core/kernel/storage/Database.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

VersionedTable::VersionedTable(QString table, QStringList columns)
    : m_columns(columns.size()) {
    const QString placeholders = QStringList(columns.size(), u"?"_s).join(u", "_s);
    m_insertSql = u"INSERT INTO %1 (station_id, %2, row_version, created_at, updated_at, "
                  u"updated_by) VALUES (?, %3, 1, ?, ?, ?) RETURNING id"_s.arg(
                      table, columns.join(u", "_s), placeholders);
    m_updateSql = u"UPDATE %1 SET %2 = ?, row_version = row_version + 1, updated_at = ?, "
                  u"updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s.arg(
                      table, columns.join(u" = ?, "_s));
}

Result<qint64> VersionedTable::insert(const Database &database, const QVariantList &values,
                                      qint64 nowMs, const QString &actor) const {
    Q_ASSERT(values.size() == m_columns);
    auto id =
        scalarSql(database.connection(), m_insertSql,
                  QVariantList{database.stationId()} + values + QVariantList{nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return id->toLongLong();
}

Result<bool> VersionedTable::update(const Database &database, qint64 id, qint64 rowVersion,
                                    const QVariantList &values, qint64 nowMs,
                                    const QString &actor) const {
    Q_ASSERT(values.size() == m_columns);
    auto query = runSql(database.connection(), m_updateSql,
                        values + QVariantList{nowMs, actor, id, database.stationId(), rowVersion});
    SD_RETURN_IF_ERROR(query);
    return query->numRowsAffected() > 0;
}

} // namespace sd
