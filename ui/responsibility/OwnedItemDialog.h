#pragma once

#include "core/responsibility/Owner.h"
#include "ui/widgets/EditDialog.h"

class QLineEdit;

namespace sd {

class OwnerPicker;
class OwnershipService;

// The base of the dialogs that edit an item with one named owner (an asset, a task): the
// owner picker and, when a stored item is edited, the reason its owner changes, which the
// ownership history keeps.
class OwnedItemDialog : public EditDialog {
    Q_OBJECT

public:
    OwnerPicker *ownerPicker() const { return m_owner; }

protected:
    OwnedItemDialog(Prompter *prompter, QWidget *parent)
        : EditDialog(prompter, parent) {}

    // The "Owner" row and, when editing is true, the reason row under it; reasonLabel carries
    // the mnemonic the dialog's other labels leave free.
    void addOwnerRows(const OwnershipService &owners, bool editing, const QString &reasonLabel);
    OwnerRef owner() const;
    void setOwner(const OwnerRef &owner);
    QString ownerChangeReason() const;
    void clearOwnerChangeReason();

private:
    OwnerPicker *m_owner = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace sd
