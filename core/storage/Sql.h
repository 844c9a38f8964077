#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace sd {

// Prepares and runs one statement with positional (?) bind values. Every query in
// the core goes through here so a failure always becomes an Error with the SQL's
// first words, and never a silently ignored false.
Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &values = {});

// The first column of the first row, or a NotFound error when there is no row.
Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &values = {});

// What runSql binds for a value: a null QString becomes '' (text columns are NOT NULL '').
QVariant bindable(const QVariant &value);

// NULL for an absent optional id, the id otherwise.
QVariant nullableId(std::optional<qint64> id);
std::optional<qint64> optionalId(const QVariant &value);

} // namespace sd
