#pragma once

#include "core/kernel/storage/Sql.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <type_traits>

namespace sd {

// A column readColumns passes over.
struct SkipColumn {};

namespace columns {

inline void read(const QVariant &value, qint64 &field) {
    field = value.toLongLong();
}
inline void read(const QVariant &value, int &field) {
    field = value.toInt();
}
inline void read(const QVariant &value, bool &field) {
    field = value.toInt() != 0;
}
inline void read(const QVariant &value, double &field) {
    field = value.toDouble();
}
inline void read(const QVariant &value, QString &field) {
    field = value.toString();
}
inline void read(const QVariant &value, QByteArray &field) {
    field = value.toByteArray();
}
inline void read(const QVariant &value, QDate &field) {
    field = dateFrom(value);
}
inline void read(const QVariant &value, std::optional<qint64> &field) {
    field = optionalId(value);
}
inline void read(const QVariant &, SkipColumn) {}

// An enum column holds the value's key (see EnumKeys.h). A key the enum does not know, which
// the schema's CHECK constraints keep out, leaves the field at its default.
template <typename E>
requires std::is_enum_v<E>
void read(const QVariant &value, E &field) {
    if (const auto known = keyedValue(std::type_identity<E>{}, value.toString())) {
        field = *known;
    }
}
// An optional enum column: NULL, '' or an unknown key is none.
template <typename E>
requires std::is_enum_v<E>
void read(const QVariant &value, std::optional<E> &field) {
    field = keyedValue(std::type_identity<E>{}, value.toString());
}

} // namespace columns

// Reads the row the query is on into fields, in order, from column first: one call per row
// instead of a line per column, so a reader lists its fields in the order of its SELECT.
template <typename... Fields>
void readColumns(const QSqlQuery &query, int first, Fields &&...fields) {
    int column = first;
    (columns::read(query.value(column++), fields), ...);
}

} // namespace sd
