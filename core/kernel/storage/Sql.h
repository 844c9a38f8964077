#pragma once

#include "core/kernel/common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace sd {

// Prepares and runs one statement with positional (?) bind values. Every query in
// the core goes through here so a failure always becomes an Error, and never a silently
// ignored false. The Error names what was being done and why it failed in plain words
// (databaseError), never the SQL text, which goes to the debug log "stationdesk.sql".
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &values = {});

// The first column of the first row, or a NotFound error when there is no row.
Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &values = {});

// "Could not <operation>: <cause>", the cause mapped from the engine's own error code
// (disk full, read-only, locked, damaged file, …); nativeCode carries the code.
Error databaseError(const QSqlError &error, const QString &operation);
// What a statement does, in words for databaseError: "add rows to the alert table".
QString sqlOperation(const QString &sql);

// What runSql binds for a value: a null QString becomes '' (text columns are NOT NULL '').
QVariant bindable(const QVariant &value);

// NULL for an absent optional id, the id otherwise.
QVariant nullableId(std::optional<qint64> id);
std::optional<qint64> optionalId(const QVariant &value);

} // namespace sd
