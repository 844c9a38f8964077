#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>
#include <type_traits>

namespace sd {

// One table per enum pairs each value with its stored/exported key and its name on screen, so
// toKey, fromKey, displayName and the "all values" list can never disagree. The tables are
// built from a feature's .def file (see EnumKeysDeclare.inc), which also declares the enum.
template <typename E> struct EnumKey {
    E value;
    const char16_t *key;
    const char *context; // the translation context the name is marked in
    const char *name;
};

template <typename Table, typename E> QString keyOf(const Table &table, E value) {
    for (const auto &entry : table) {
        if (entry.value == value) {
            return QString::fromUtf16(entry.key);
        }
    }
    return {};
}

template <typename Table, typename E> QString nameOf(const Table &table, E value) {
    for (const auto &entry : table) {
        if (entry.value == value) {
            return QCoreApplication::translate(entry.context, entry.name);
        }
    }
    return {};
}

template <typename E, typename Table>
std::optional<E> valueOf(const Table &table, const QString &key) {
    for (const auto &entry : table) {
        if (key == QStringView(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E, typename Table> QList<E> valuesOf(const Table &table) {
    QList<E> values;
    for (const auto &entry : table) {
        values.append(entry.value);
    }
    return values;
}

} // namespace sd

// The four functions of a keyed enum E, declared in its header: toKey(E) gives the key stored and
// exported, FromKey(key) the value of a key (nullopt for an unknown one), displayName(E) the
// translated name and All() every value, in the table's order.
#define SD_DECLARE_ENUM_KEYS(E, FromKey, All)                                                      \
    QString toKey(E value);                                                                        \
    std::optional<E> FromKey(const QString &key);                                                  \
    QString displayName(E value);                                                                  \
    QList<E> All();                                                                                \
    /* FromKey under one name for generic code (Columns.h), found by the enum's namespace */       \
    inline std::optional<E> keyedValue(std::type_identity<E>, const QString &key) {                \
        return FromKey(key);                                                                       \
    }                                                                                              \
    static_assert(true)

// Defines them in the .cpp over `table`, an array of EnumKey<E>.
#define SD_DEFINE_ENUM_KEYS(E, table, FromKey, All)                                                \
    QString toKey(E value) {                                                                       \
        return keyOf(table, value);                                                                \
    }                                                                                              \
    std::optional<E> FromKey(const QString &key) {                                                 \
        return valueOf<E>(table, key);                                                             \
    }                                                                                              \
    QString displayName(E value) {                                                                 \
        return nameOf(table, value);                                                               \
    }                                                                                              \
    QList<E> All() {                                                                               \
        return valuesOf<E>(table);                                                                 \
    }                                                                                              \
    static_assert(true)
