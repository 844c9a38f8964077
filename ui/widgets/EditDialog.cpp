#include "ui/widgets/EditDialog.h"

#include "ui/widgets/ConflictPrompt.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/MessagePrompter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaProperty>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

EditDialog::EditDialog(Prompter *prompter, QWidget *parent)
    : QDialog(parent)
    , m_ownPrompter(prompter ? nullptr : std::make_unique<MessagePrompter>())
    , m_prompter(prompter ? prompter : m_ownPrompter.get())
    , m_errors(new FieldErrors(this))
    , m_body(new QVBoxLayout(this))
    , m_columns(new QHBoxLayout)
    , m_form(new QFormLayout) {
    QLabel *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"generalError"_s);
    m_errors->setGeneralLabel(general);
    m_body->addWidget(general);
    m_body->addLayout(m_columns);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_columns->addLayout(m_form, 3);
}

EditDialog::~EditDialog() = default;

Prompter &EditDialog::prompter() const {
    return *m_prompter;
}

void EditDialog::addBeside(QWidget *panel, int stretch) {
    m_columns->addWidget(panel, stretch);
    m_body->setStretchFactor(m_columns, 1);
}

void EditDialog::addRow(const QString &label, QWidget *field, const QString &fieldName) {
    m_errors->addRow(m_form, label, field, fieldName);
    trackField(field);
}

void EditDialog::addField(const QString &fieldName, QWidget *field, QLabel *errorLabel) {
    m_errors->addField(fieldName, field, errorLabel);
    trackField(field);
}

void EditDialog::trackField(QWidget *field) {
    if (!m_tracked.contains(field)) {
        m_tracked << field;
    }
}

QDialogButtonBox *EditDialog::addButtons(const QString &saveText, const QString &saveName) {
    auto *buttons = new QDialogButtonBox(this);
    if (!saveText.isEmpty()) {
        QPushButton *saveButton = buttons->addButton(saveText, QDialogButtonBox::AcceptRole);
        saveButton->setObjectName(saveName);
        saveButton->setDefault(true);
        connect(buttons, &QDialogButtonBox::accepted, this, &EditDialog::save);
    }
    QPushButton *cancel = buttons->addButton(saveText.isEmpty() ? tr("Close") : tr("Cancel"),
                                             QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    m_body->addWidget(buttons);
    return buttons;
}

QVariantList EditDialog::inputState() const {
    QVariantList state;
    for (const QPointer<QWidget> &field : m_tracked) {
        const QMetaProperty value = field ? field->metaObject()->userProperty() : QMetaProperty();
        state << (value.isValid() ? value.read(field) : QVariant());
    }
    return state;
}

void EditDialog::markUnchanged() {
    m_unchanged = inputState();
}

bool EditDialog::hasUnsavedChanges() const {
    return m_editable && inputState() != m_unchanged;
}

bool EditDialog::save() {
    if (!m_editable) {
        return false;
    }
    m_errors->clear();
    if (Status stored = store(); !stored) {
        const Error &error = stored.error();
        if (error.code == ErrorCode::Conflict && canReload()) {
            offerReload(error.message);
        } else {
            m_errors->show(error);
        }
        return false;
    }
    markUnchanged();
    accept();
    return true;
}

void EditDialog::offerReload(const QString &message) {
    if (!ConflictPrompt::askToReload(prompter(), this, *m_errors, message)) {
        return;
    }
    if (Status loaded = reloadStored(); !loaded) {
        ConflictPrompt::cannotReload(prompter(), this, loaded.error().message);
        QDialog::reject();
        return;
    }
    markUnchanged();
}

void EditDialog::reject() {
    if (hasUnsavedChanges() &&
        !prompter().confirm(this, tr("Discard changes?"),
                            tr("What you entered in this form is not saved. Close and lose it?"),
                            tr("Discard"))) {
        return;
    }
    QDialog::reject();
}

} // namespace sd
