#pragma once

#include "core/frontdesk/Alert.h"
#include "core/frontdesk/AlertTallyRepository.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/settings/ClosedPeriodRepository.h"
#include "core/kernel/storage/Database.h"
#include "core/kernel/storage/SqliteBulkStatement.h"

#include <QSqlQuery>

namespace sd {

// The alert import's repository (allowlisted in tests/checks/sql_allowlist.txt): the
// importer's statements, prepared once and reused for every row: preparing per row
// would cost more than the insert itself on a million-row file. Lives inside the caller's
// transaction on the calling thread's connection.
//
// On SQLite the full-text index of inserted rows is written in bulk: begin() drops the
// FTS5 insert trigger and finish() indexes every new row with one statement and puts the
// trigger back, all inside the caller's transaction, so a rollback undoes both. (SQLite
// 3.40's FTS5 flushes its pending terms at every statement savepoint, so a trigger firing
// per row wrote one tiny segment per row and merged them again and again: 8× the work.)
class AlertBulkWriter {
public:
    AlertBulkWriter(const Database &database, qint64 nowMs, QString actor);

    Status begin();
    // Writes the full-text index and the kept counts of everything written; the caller
    // commits after it.
    Status finish();

    // Refused (a validation error naming the month) when the alert's received time falls in
    // a closed month; the months are read once, by begin(). No amendment lets a bulk write
    // into a closed month: an amended item is edited one by one through its service.
    Status requireOpen(const Alert &alert) const;
    // False when the number is taken (nothing written): one statement instead of a
    // look-up and an insert. Refused into a closed month, as requireOpen says.
    Result<bool> insert(const Alert &alert);
    // By number; refused when the stored alert or the new one is in a closed month.
    Status update(const Alert &alert);
    // The next JQ-<year>-NNNNNN after the highest stored one, counting the numbers this
    // writer already handed out; insert() tells whether it was still free.
    Result<QString> nextNumber(int year);

private:
    // The failure names the alert; its words are made only when it fails, not per row.
    Status bindAndRun(QSqlQuery &query, const QVariantList &values, const Alert &alert);
    Status indexNewRows();
    // The insert on SQLite: values bound as UTF-8 straight through the C API.
    Result<bool> insertOnSqlite(const Alert &alert);

    const Database &m_database;
    qint64 m_nowMs;
    QString m_actor;
    SqliteBulkStatement m_sqliteInsert;
    QSqlQuery m_insert; // PostgreSQL
    QSqlQuery m_update;
    QHash<int, qint64> m_nextByYear;
    QList<ClosedPeriod> m_closed; // read by begin()
    AlertTallyRepository m_tally; // written by finish()
    // SQLite only: the dropped trigger's own SQL, every id up to which is indexed, and
    // whether rows were inserted since.
    QString m_triggerSql;
    qint64 m_indexedUpTo = 0;
    bool m_unindexed = false;
};

} // namespace sd
