#include "ui/responsibility/TasksPanel.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/responsibility/TaskDialog.h"
#include "ui/responsibility/TaskTableModel.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace sd {

TasksPanel::TasksPanel(const ResponsibilityService &service, const OwnershipService &owners,
                       Prompter &prompter, bool editAllowed, QWidget *parent)
    : RegisterPanel(service, owners, prompter, editAllowed,
                    {u"task"_s, tr("&New task…"), tr("Search title, description or rule section"),
                     tr("Task register")},
                    parent)
    , m_model(new TaskTableModel(service, this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_orphaned(new QCheckBox(tr("Or&phaned"), this))
    , m_closed(new QCheckBox(tr("Show &finished one-offs"), this)) {
    auto *doneAction = new QAction(tr("&Mark done…"), this);
    doneAction->setObjectName(u"completeTaskAction"_s);
    connect(doneAction, &QAction::triggered, this, [this] { completeSelected(); });
    addCommand(doneAction);

    m_overdue->setObjectName(u"overdueFilter"_s);
    for (QCheckBox *box : {m_overdue, m_orphaned, m_closed}) {
        addFilter(box);
        connect(box, &QCheckBox::toggled, this, &TasksPanel::applyFilter);
    }
    showModel(m_model, {TaskTableModel::TitleColumn, TaskTableModel::OwnerColumn},
              [](qint64 count) { return tr("%n task(s)", nullptr, int(count)); });
    applyFilter();
}

void TasksPanel::applyFilter() {
    TaskFilter filter;
    filter.text = search()->text().trimmed();
    filter.overdueOnly = m_overdue->isChecked();
    filter.orphanedOnly = m_orphaned->isChecked();
    filter.includeClosed = m_closed->isChecked();
    m_model->setFilter(filter);
}

std::unique_ptr<OwnedItemDialog> TasksPanel::createDialog(int row) {
    return std::make_unique<TaskDialog>(
        m_service, m_owners, row < 0 ? Task{} : m_model->rowAt(row).task, this, &m_prompter);
}

bool TasksPanel::completeSelected() {
    const int row = currentRow();
    if (row < 0) {
        return false;
    }
    const Task task = m_model->rowAt(row).task;
    const auto note =
        m_prompter.askText(this, tr("Mark done: %1").arg(task.title), tr("Note (optional):"));
    if (!note) {
        return false;
    }
    auto done = m_service.completeTask(task.id, task.rowVersion, *note);
    if (!done) {
        m_prompter.warn(this, tr("Mark done"), done.error().message);
        m_model->reload();
        return false;
    }
    m_model->applyPendingChanges();
    Q_EMIT changed();
    return true;
}

} // namespace sd
