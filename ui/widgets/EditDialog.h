#pragma once

#include "core/kernel/common/Result.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QVariantList>
#include <memory>
#include <utility>

class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace sd {

class FieldErrors;
class Prompter;

// The base of the dialogs that edit one record. It owns the form (each field with its
// error label under it), the Save and Cancel buttons and the save flow: store() asks the
// service; a refusal is shown next to the field it names and the dialog stays open with
// what was typed; a conflict (another desk saved the record first) offers to reload the
// stored values. Cancel, Esc and closing ask before throwing away typed input.
class EditDialog : public QDialog {
    Q_OBJECT

public:
    ~EditDialog() override;

    const FieldErrors &errors() const { return *m_errors; }

    // Saves as the Save button does; true (and the dialog accepted) when it was stored.
    bool save();
    // True when a field differs from what was loaded, reloaded or saved.
    bool hasUnsavedChanges() const;
    // Asks before discarding typed input; Esc and the close button come here too.
    void reject() override;

protected:
    // prompter asks about discarding and conflicts; without one, message boxes ask.
    explicit EditDialog(Prompter *prompter, QWidget *parent = nullptr);

    QVBoxLayout *body() const { return m_body; }
    QFormLayout *form() const { return m_form; }
    // Puts a panel beside the form (the form keeps three parts of the width); the two
    // then take the height the dialog gains.
    void addBeside(QWidget *panel, int stretch);
    // "label: field" with the field's error label under it; the field counts as input.
    void addRow(const QString &label, QWidget *field, const QString &fieldName);
    // A new Widget(args..., this) named objectName, added as addRow() adds a field: how
    // most rows begin.
    template <typename Widget, typename... Args>
    Widget *addNewRow(const QString &label, const QString &objectName, const QString &fieldName,
                      Args &&...args) {
        auto *field = new Widget(std::forward<Args>(args)..., this);
        field->setObjectName(objectName);
        addRow(label, field, fieldName);
        return field;
    }
    // A field laid out by the caller, with the label that shows its error.
    void addField(const QString &fieldName, QWidget *field, QLabel *errorLabel);
    // A field without an error of its own that still counts as input.
    void trackField(QWidget *field);
    // The Save button (none when saveText is empty, and then Cancel reads Close) and
    // Cancel, below everything else; the box takes more buttons.
    QDialogButtonBox *addButtons(const QString &saveText, const QString &saveName);
    // Only shows: nothing is saved and nothing can be lost.
    void setEditable(bool editable) { m_editable = editable; }
    // What is in the form now is what is stored: call after filling it.
    void markUnchanged();

    FieldErrors &fieldErrors() { return *m_errors; }
    Prompter &prompter() const;

    // Validates and stores what the form holds; an error names the field to blame.
    virtual Status store() = 0;
    // Whether a conflict can be answered by reloadStored().
    virtual bool canReload() const { return false; }
    // Reads the stored record again and fills the form with it.
    virtual Status reloadStored() { return {}; }
    // The input the user could lose: the tracked fields' values.
    virtual QVariantList inputState() const;

private:
    void offerReload(const QString &message);

    std::unique_ptr<Prompter> m_ownPrompter;
    Prompter *m_prompter;
    FieldErrors *m_errors;
    QVBoxLayout *m_body;
    QHBoxLayout *m_columns;
    QFormLayout *m_form;
    QList<QPointer<QWidget>> m_tracked;
    QVariantList m_unchanged;
    bool m_editable = true;
};

} // namespace sd
