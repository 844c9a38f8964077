#pragma once

#include "core/responsibility/Owner.h"
#include "ui/widgets/EditDialog.h"

class QLineEdit;
class QListWidget;

namespace sd {

class OwnerPicker;
class OwnershipService;
class Prompter;

// Hands over everything one owner answers for to another, in one transaction: before a
// person leaves, or before a unit loses its leader. Shows what will move, asks why.
class HandOverDialog : public EditDialog {
    Q_OBJECT

public:
    // prompter asks before discarding input (message boxes without one).
    HandOverDialog(const OwnershipService &service, const OwnerRef &from, QWidget *parent = nullptr,
                   Prompter *prompter = nullptr);

    OwnerPicker *fromPicker() const { return m_from; }
    OwnerPicker *toPicker() const { return m_to; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QListWidget *itemList() const { return m_items; }
    // As the Hand over button: true (and the dialog accepted) when everything moved.
    bool handOver() { return save(); }

Q_SIGNALS:
    void handedOver(int items);

private:
    void showItems();
    Status store() override;

    const OwnershipService &m_service;
    OwnerPicker *m_from;
    OwnerPicker *m_to;
    QLineEdit *m_reason;
    QListWidget *m_items;
};

} // namespace sd
