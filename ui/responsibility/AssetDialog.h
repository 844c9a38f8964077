#pragma once

#include "core/responsibility/Asset.h"
#include "ui/responsibility/OwnedItemDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class OptionalDateEdit;
class Prompter;

// Registers or edits one asset. The owner is required (the picker shows each unit's
// accountable leader); a changed owner asks why, for the ownership history. Refusals
// appear next to the field they name and the dialog keeps what was typed.
class AssetDialog : public OwnedItemDialogFor<Asset, AssetRow, &AssetRow::asset> {
    Q_OBJECT

public:
    // An asset with id 0 is registered, any other is edited. prompter asks about a
    // conflict or discarding input (message boxes without one).
    AssetDialog(const ResponsibilityService &service, const OwnershipService &owners,
                const Asset &asset, QWidget *parent = nullptr, Prompter *prompter = nullptr);

private:
    void fill(const Asset &asset) override;
    Asset edited() const override;

    QLineEdit *m_tag;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_room;
    QLineEdit *m_place;
    QComboBox *m_status;
    OptionalDateEdit *m_acquired;
    OptionalDateEdit *m_nextCheck;
    QPlainTextEdit *m_notes;
};

} // namespace sd
