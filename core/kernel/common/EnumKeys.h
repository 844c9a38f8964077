#pragma once

#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace sd {

// One table per enum pairs each value with its stored/exported key and, where it is shown,
// its name (marked with QT_TRANSLATE_NOOP in the context of the table's Tr helper), so
// toKey, fromKey, displayName and the "all values" list can never disagree.
template <typename E> struct EnumKey {
    E value;
    const char16_t *key;
    const char *name = nullptr;
};

template <typename E, std::size_t N>
QString keyOf(const std::array<EnumKey<E>, N> &table, E value) {
    for (const auto &entry : table) {
        if (entry.value == value) {
            return QString::fromUtf16(entry.key);
        }
    }
    return {};
}

// The translated name of value; Tr is the file's helper declaring the table's context.
template <typename Tr, typename E, std::size_t N>
QString nameOf(const std::array<EnumKey<E>, N> &table, E value) {
    for (const auto &entry : table) {
        if (entry.value == value && entry.name) {
            return Tr::tr(entry.name);
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<EnumKey<E>, N> &table, const QString &key) {
    for (const auto &entry : table) {
        if (key == QStringView(entry.key)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> valuesOf(const std::array<EnumKey<E>, N> &table) {
    QList<E> values;
    for (const auto &entry : table) {
        values.append(entry.value);
    }
    return values;
}

} // namespace sd
