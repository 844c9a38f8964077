#include "ui/responsibility/TaskDialog.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/OwnerPicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace sd {

TaskDialog::TaskDialog(const ResponsibilityService &service, const OwnershipService &owners,
                       const Task &task, QWidget *parent, Prompter *prompter)
    : EditDialog(prompter, parent)
    , m_service(service)
    , m_task(task) {
    setObjectName(u"taskDialog"_s);
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Edit task: %1").arg(task.title));
    setMinimumWidth(520);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    addRow(tr("&Title:"), m_title, u"title"_s);

    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionCombo"_s);
    m_section->setEditable(true);
    m_section->addItem(QString());
    if (auto sections = service.ruleSections()) {
        m_section->addItems(sections.value());
    }
    addRow(tr("&Rule section:"), m_section, u"rule_section"_s);

    m_recurrence = new QComboBox(this);
    m_recurrence->setObjectName(u"recurrenceCombo"_s);
    addEnumItems(m_recurrence, allRecurrences());
    addRow(tr("Re&peats:"), m_recurrence, u"recurrence"_s);

    m_date = new OptionalDateEdit(this);
    m_date->setObjectName(u"dateEdit"_s);
    addRow(tr("&Due / first on:"), m_date, u"due_on"_s);
    addField(u"starts_on"_s, m_date, FieldErrors::createErrorLabel(this));

    m_owner = new OwnerPicker(owners, this);
    m_owner->setObjectName(u"ownerPicker"_s);
    addRow(tr("&Owner:"), m_owner, u"owner"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("why the owner changes (kept in the history)"));
    m_reason->setVisible(task.id != 0);
    if (task.id != 0) {
        addRow(tr("Re&ason:"), m_reason, u"reason"_s);
    }

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(80);
    addRow(tr("&Description:"), m_description, u"description"_s);

    addButtons(tr("Save"), u"saveButton"_s);
    fill(task);
    if (task.id == 0 && !m_date->optionalDate().isValid()) {
        m_date->setOptionalDate(service.today());
    }
    markUnchanged();
    m_title->setFocus();
}

void TaskDialog::fill(const Task &task) {
    m_title->setText(task.title);
    m_section->setEditText(task.ruleSection);
    selectEnum(m_recurrence, task.recurrence);
    m_date->setOptionalDate(task.recurrence == Recurrence::Once ? task.dueOn : task.startsOn);
    m_owner->setOwner(task.owner);
    m_description->setPlainText(task.description);
}

Task TaskDialog::edited() const {
    Task task = m_task;
    task.title = m_title->text().trimmed();
    task.ruleSection = m_section->currentText().trimmed();
    task.recurrence = selectedEnum(m_recurrence, recurrenceFromKey, Recurrence::Once);
    (task.recurrence == Recurrence::Once ? task.dueOn : task.startsOn) = m_date->optionalDate();
    task.owner = m_owner->owner();
    task.description = m_description->toPlainText().trimmed();
    return task;
}

Status TaskDialog::store() {
    const Task draft = edited();
    auto result =
        draft.id == 0 ? m_service.addTask(draft) : m_service.updateTask(draft, m_reason->text());
    SD_RETURN_IF_ERROR(result);
    m_task = result->task;
    Q_EMIT saved(result.value());
    return {};
}

Status TaskDialog::reloadStored() {
    auto latest = m_service.task(m_task.id);
    SD_RETURN_IF_ERROR(latest);
    m_task = latest->task;
    fill(m_task);
    m_reason->clear();
    return {};
}

} // namespace sd
