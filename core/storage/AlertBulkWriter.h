#pragma once

#include "common/Result.h"
#include "domain/Alert.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace sd {

// The importer's statements, prepared once and reused for every row: preparing per row
// would cost more than the insert itself on a million-row file. Lives inside the caller's
// transaction on the calling thread's connection.
class AlertBulkWriter {
public:
    AlertBulkWriter(const Database &database, qint64 nowMs, QString actor);

    Result<bool> exists(const QString &number);
    Status insert(const Alert &alert);
    Status update(const Alert &alert); // by number
    // The next free JQ-<year>-NNNNNN, counting the numbers this writer already handed out.
    Result<QString> nextNumber(int year);

private:
    Status run(QSqlQuery &query, const QString &what);
    Status bindAndRun(QSqlQuery &query, const QVariantList &values, const QString &what);

    const Database &m_database;
    qint64 m_nowMs;
    QString m_actor;
    QSqlQuery m_exists;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QHash<int, qint64> m_nextByYear;
};

} // namespace sd
