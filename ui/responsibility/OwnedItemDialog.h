#pragma once

#include "core/responsibility/Owner.h"
#include "core/responsibility/ResponsibilityService.h"
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

// The owned-item dialog of one kind of item (Item, read as Row, which holds it in Row::*itemOf).
// It keeps the item edited, stores the form through the service's add (a new item, id 0) or
// update (with the owner-change reason), and after a conflict fills the form with the stored
// item again. A subclass builds the form and moves values between it and an Item.
template <typename Item, typename Row, Item Row::*itemOf>
class OwnedItemDialogFor : public OwnedItemDialog {
public:
    const Item &item() const { return m_item; }

protected:
    // The service's calls for this kind of item.
    struct Calls {
        Result<Row> (ResponsibilityService::*add)(const Item &draft) const;
        Result<Row> (ResponsibilityService::*update)(const Item &edited,
                                                     const QString &reason) const;
        Result<Row> (ResponsibilityService::*find)(qint64 id) const;
    };

    OwnedItemDialogFor(const ResponsibilityService &service, Calls calls, const Item &item,
                       Prompter *prompter, QWidget *parent)
        : OwnedItemDialog(prompter, parent)
        , m_service(service)
        , m_calls(calls)
        , m_item(item) {}

    virtual void fill(const Item &item) = 0;
    // The item as the form now has it.
    virtual Item edited() const = 0;

    const ResponsibilityService &m_service;

private:
    Status store() final {
        const Item draft = edited();
        auto result = draft.id == 0 ? (m_service.*m_calls.add)(draft)
                                    : (m_service.*m_calls.update)(draft, ownerChangeReason());
        SD_RETURN_IF_ERROR(result);
        m_item = result.value().*itemOf;
        return {};
    }
    bool canReload() const final { return m_item.id != 0; }
    Status reloadStored() final {
        auto latest = (m_service.*m_calls.find)(m_item.id);
        SD_RETURN_IF_ERROR(latest);
        m_item = latest.value().*itemOf;
        fill(m_item);
        clearOwnerChangeReason();
        return {};
    }

    Calls m_calls;
    Item m_item;
};

} // namespace sd
