#pragma once

#include "core/responsibility/Asset.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class FieldErrors;
class OptionalDateEdit;
class OwnerPicker;
class OwnershipService;
class ResponsibilityService;

// Registers or edits one asset. The owner is required (the picker shows each unit's
// accountable leader); a changed owner asks why, for the ownership history. Refusals
// appear next to the field they name and the dialog keeps what was typed.
class AssetDialog : public QDialog {
    Q_OBJECT

public:
    // An asset with id 0 is registered, any other is edited.
    AssetDialog(const ResponsibilityService &service, const OwnershipService &owners,
                const Asset &asset, QWidget *parent = nullptr);

    const Asset &asset() const { return m_asset; }
    const FieldErrors &errors() const { return *m_errors; }
    OwnerPicker *ownerPicker() const { return m_owner; }
    bool save();

Q_SIGNALS:
    void saved(const sd::AssetRow &row);

private:
    void fill(const Asset &asset);
    Asset edited() const;

    const ResponsibilityService &m_service;
    Asset m_asset;
    FieldErrors *m_errors;
    QLineEdit *m_tag;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_room;
    QLineEdit *m_place;
    QComboBox *m_status;
    OptionalDateEdit *m_acquired;
    OptionalDateEdit *m_nextCheck;
    OwnerPicker *m_owner;
    QLineEdit *m_reason;
    QPlainTextEdit *m_notes;
};

} // namespace sd
