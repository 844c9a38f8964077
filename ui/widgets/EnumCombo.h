#pragma once

#include <QComboBox>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

// A combo box of one enum's values: each item shows the value's displayName() and carries
// its stored key, so a form reads and selects values by key, never by position or text.

template <typename E> void addEnumItems(QComboBox *combo, const QList<E> &values) {
    for (E value : values) {
        combo->addItem(displayName(value), toKey(value));
    }
}

template <typename E> void selectEnum(QComboBox *combo, E value) {
    combo->setCurrentIndex(combo->findData(toKey(value)));
}

// The selected value; fallback when nothing (or an item without a key) is selected.
template <typename E>
E selectedEnum(const QComboBox *combo, std::optional<E> (*fromKey)(const QString &), E fallback) {
    return fromKey(combo->currentData().toString()).value_or(fallback);
}

} // namespace sd
