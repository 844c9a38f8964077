#pragma once

#include "core/responsibility/Owner.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace sd {

class FieldErrors;
class OwnerPicker;
class OwnershipService;

// Hands over everything one owner answers for to another, in one transaction: before a
// person leaves, or before a unit loses its leader. Shows what will move, asks why.
class HandOverDialog : public QDialog {
    Q_OBJECT

public:
    HandOverDialog(const OwnershipService &service, const OwnerRef &from,
                   QWidget *parent = nullptr);

    OwnerPicker *fromPicker() const { return m_from; }
    OwnerPicker *toPicker() const { return m_to; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QListWidget *itemList() const { return m_items; }
    const FieldErrors &errors() const { return *m_errors; }
    bool handOver();

Q_SIGNALS:
    void handedOver(int items);

private:
    void showItems();

    const OwnershipService &m_service;
    FieldErrors *m_errors;
    OwnerPicker *m_from;
    OwnerPicker *m_to;
    QLineEdit *m_reason;
    QListWidget *m_items;
};

} // namespace sd
