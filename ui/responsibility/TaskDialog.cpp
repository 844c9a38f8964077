#include "ui/responsibility/TaskDialog.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace sd {

TaskDialog::TaskDialog(const ResponsibilityService &service, const OwnershipService &owners,
                       const Task &task, QWidget *parent, Prompter *prompter)
    : OwnedItemDialogFor(service,
                         {&ResponsibilityService::addTask, &ResponsibilityService::updateTask,
                          &ResponsibilityService::task},
                         task, prompter, parent) {
    setObjectName(u"taskDialog"_s);
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Edit task: %1").arg(task.title));
    setMinimumWidth(520);

    m_title = addNewRow<QLineEdit>(tr("&Title:"), u"titleEdit"_s, u"title"_s);

    m_section = new QComboBox(this);
    m_section->setObjectName(u"sectionCombo"_s);
    m_section->setEditable(true);
    m_section->addItem(QString());
    if (auto sections = service.ruleSections()) {
        m_section->addItems(sections.value());
    }
    addRow(tr("&Rule section:"), m_section, u"rule_section"_s);

    m_recurrence = addNewRow<QComboBox>(tr("Re&peats:"), u"recurrenceCombo"_s, u"recurrence"_s);
    addEnumItems(m_recurrence, allRecurrences());

    m_date = addNewRow<OptionalDateEdit>(tr("&Due / first on:"), u"dateEdit"_s, u"due_on"_s);
    addField(u"starts_on"_s, m_date, FieldErrors::createErrorLabel(this));

    addOwnerRows(owners, task.id != 0, tr("Re&ason:"));

    m_description =
        addNewRow<QPlainTextEdit>(tr("&Description:"), u"descriptionEdit"_s, u"description"_s);
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(80);

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
    setOwner(task.owner);
    m_description->setPlainText(task.description);
}

Task TaskDialog::edited() const {
    Task task = item();
    task.title = m_title->text().trimmed();
    task.ruleSection = m_section->currentText().trimmed();
    task.recurrence = selectedEnum(m_recurrence, recurrenceFromKey, Recurrence::Once);
    (task.recurrence == Recurrence::Once ? task.dueOn : task.startsOn) = m_date->optionalDate();
    task.owner = owner();
    task.description = m_description->toPlainText().trimmed();
    return task;
}

} // namespace sd
