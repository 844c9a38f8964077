#include "ui/responsibility/TaskDialog.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/OwnerPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

TaskDialog::TaskDialog(const ResponsibilityService &service, const OwnershipService &owners,
                       const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_task(task)
    , m_errors(new FieldErrors(this)) {
    setObjectName(u"taskDialog"_s);
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Edit task: %1").arg(task.title));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    QLabel *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"generalError"_s);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_title = new QLineEdit(task.title, this);
    m_title->setObjectName(u"titleEdit"_s);
    m_errors->addRow(form, tr("&Title:"), m_title, u"title"_s);

    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionCombo"_s);
    m_section->setEditable(true);
    m_section->addItem(QString());
    if (auto sections = service.ruleSections()) {
        m_section->addItems(sections.value());
    }
    m_section->setEditText(task.ruleSection);
    m_errors->addRow(form, tr("&Rule section:"), m_section, u"rule_section"_s);

    m_recurrence = new QComboBox(this);
    m_recurrence->setObjectName(u"recurrenceCombo"_s);
    for (Recurrence recurrence : allRecurrences()) {
        m_recurrence->addItem(displayName(recurrence), toKey(recurrence));
    }
    m_recurrence->setCurrentIndex(m_recurrence->findData(toKey(task.recurrence)));
    m_errors->addRow(form, tr("Re&peats:"), m_recurrence, u"recurrence"_s);

    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setOptionalDate(task.recurrence == Recurrence::Once ? task.dueOn : task.startsOn);
    if (task.id == 0 && !m_date->optionalDate().isValid()) {
        m_date->setOptionalDate(service.today());
    }
    m_errors->addRow(form, tr("&Due / first on:"), m_date, u"due_on"_s);
    m_errors->addField(u"starts_on"_s, m_date, FieldErrors::createErrorLabel(this));

    m_owner = new OwnerPicker(owners, this);
    m_owner->setObjectName(u"ownerPicker"_s);
    m_owner->setOwner(task.owner);
    m_errors->addRow(form, tr("&Owner:"), m_owner, u"owner"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("why the owner changes (kept in the history)"));
    m_reason->setVisible(task.id != 0);
    if (task.id != 0) {
        m_errors->addRow(form, tr("Re&ason:"), m_reason, u"reason"_s);
    }

    m_description = new QPlainTextEdit(task.description, this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(80);
    m_errors->addRow(form, tr("&Description:"), m_description, u"description"_s);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(u"saveButton"_s);
    saveButton->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_title->setFocus();
}

Task TaskDialog::edited() const {
    Task task = m_task;
    task.title = m_title->text().trimmed();
    task.ruleSection = m_section->currentText().trimmed();
    task.recurrence =
        recurrenceFromKey(m_recurrence->currentData().toString()).value_or(Recurrence::Once);
    (task.recurrence == Recurrence::Once ? task.dueOn : task.startsOn) = m_date->optionalDate();
    task.owner = m_owner->owner();
    task.description = m_description->toPlainText().trimmed();
    return task;
}

bool TaskDialog::save() {
    m_errors->clear();
    const Task draft = edited();
    auto result =
        draft.id == 0 ? m_service.addTask(draft) : m_service.updateTask(draft, m_reason->text());
    if (!result) {
        m_errors->show(result.error());
        return false;
    }
    m_task = result->task;
    Q_EMIT saved(result.value());
    accept();
    return true;
}

} // namespace sd
