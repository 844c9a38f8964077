#pragma once

#include "core/kernel/common/Result.h"

#include <QStringList>
#include <QVariantList>

namespace sd {

class Database;

// A table of a station's versioned records: beside its own columns each row has station_id,
// row_version, created_at, updated_at and updated_by. Its repository names the columns it writes
// once, so the INSERT and the UPDATE bind the same values in the same order and cannot drift
// apart; the UPDATE matches the row_version the editor read (the one conflict check).
class VersionedTable {
public:
    VersionedTable(QString table, QStringList columns);

    // Inserts a record of the database's station, values in the order of the columns; its id.
    Result<qint64> insert(const Database &database, const QVariantList &values, qint64 nowMs,
                          const QString &actor) const;
    // Writes values to record id if it is still at rowVersion; false when it is not (another
    // desk saved it first, or it is gone).
    Result<bool> update(const Database &database, qint64 id, qint64 rowVersion,
                        const QVariantList &values, qint64 nowMs, const QString &actor) const;

private:
    QString m_insertSql;
    QString m_updateSql;
    qsizetype m_columns;
};

} // namespace sd
