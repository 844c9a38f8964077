#pragma once

#include "core/kernel/common/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>
#include <type_traits>

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

// Every row of the statement, each as rowFrom makes it of the query on that row.
template <typename RowFrom>
auto rowsSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
             RowFrom rowFrom)
    -> Result<QList<std::decay_t<std::invoke_result_t<RowFrom &, const QSqlQuery &>>>> {
    auto query = runSql(db, sql, values);
    SD_RETURN_IF_ERROR(query);
    QList<std::decay_t<std::invoke_result_t<RowFrom &, const QSqlQuery &>>> rows;
    while (query->next()) {
        rows << rowFrom(query.value());
    }
    return rows;
}

// The row the statement selects, as rowFrom makes it of the query on that row; a NotFound
// error with the message notFound (naming what was looked for) when there is none.
template <typename RowFrom>
auto rowSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
            const QString &notFound, RowFrom rowFrom)
    -> Result<std::decay_t<std::invoke_result_t<RowFrom &, const QSqlQuery &>>> {
    auto query = runSql(db, sql, values);
    SD_RETURN_IF_ERROR(query);
    if (!query->next()) {
        return Error::notFound(notFound);
    }
    return rowFrom(query.value());
}

// The row the statement selects, as rowFrom makes it; none when there is no row.
template <typename RowFrom>
auto optionalRowSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                    RowFrom rowFrom)
    -> Result<std::optional<std::decay_t<std::invoke_result_t<RowFrom &, const QSqlQuery &>>>> {
    using Row = std::decay_t<std::invoke_result_t<RowFrom &, const QSqlQuery &>>;
    auto query = runSql(db, sql, values);
    SD_RETURN_IF_ERROR(query);
    if (!query->next()) {
        return std::optional<Row>();
    }
    return std::optional<Row>(rowFrom(query.value()));
}

// The number a SELECT COUNT(*) statement counts.
Result<int> countSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The first column of every row, as ids.
Result<QList<qint64>> idsSql(const QSqlDatabase &db, const QString &sql,
                             const QVariantList &values = {});
// The first column of the first row as an id; none when there is no row.
Result<std::optional<qint64>> idSql(const QSqlDatabase &db, const QString &sql,
                                    const QVariantList &values = {});
// The next number of a year's series in table's number column, e.g. "CJ-2026-000124" after
// the station's highest "CJ-2026-000123" (digits wide; "…-000001" when there is none yet).
// A range on the unique index, so the highest number of the year is one index probe.
Result<QString> nextYearNumber(const QSqlDatabase &db, qint64 stationId, const QString &table,
                               const QString &code, int year, int digits);

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
// A day as stored (ISO text), NULL for an invalid date; and back (invalid for NULL).
QVariant nullableDate(const QDate &date);
QDate dateFrom(const QVariant &value);

// A LIKE pattern (with ESCAPE '\') for a user's search text anywhere in a lower-cased
// column, the wildcards in the text taken literally.
QString likePattern(const QString &text);

} // namespace sd
