#include "ui/responsibility/TasksPanel.h"

#include "core/responsibility/ResponsibilityService.h"
#include "ui/responsibility/TaskDialog.h"
#include "ui/responsibility/TaskTableModel.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

TasksPanel::TasksPanel(const ResponsibilityService &service, const OwnershipService &owners,
                       Prompter &prompter, bool editAllowed, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_owners(owners)
    , m_prompter(prompter)
    , m_model(new TaskTableModel(service, this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_overdue(new QCheckBox(tr("O&verdue only"), this))
    , m_orphaned(new QCheckBox(tr("Or&phaned"), this))
    , m_closed(new QCheckBox(tr("Show &finished one-offs"), this))
    , m_count(new QLabel(this)) {
    setObjectName(u"tasksPanel"_s);
    auto *addAction = new QAction(QIcon(u":/icons/add.svg"_s), tr("&New task…"), this);
    addAction->setObjectName(u"addTaskAction"_s);
    addAction->setEnabled(editAllowed);
    connect(addAction, &QAction::triggered, this, &TasksPanel::addTask);
    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
    m_editAction->setObjectName(u"editTaskAction"_s);
    m_editAction->setEnabled(editAllowed);
    connect(m_editAction, &QAction::triggered, this, &TasksPanel::editSelected);
    auto *doneAction = new QAction(tr("&Mark done…"), this);
    doneAction->setObjectName(u"completeTaskAction"_s);
    connect(doneAction, &QAction::triggered, this, [this] { completeSelected(); });

    m_search->setObjectName(u"taskSearch"_s);
    m_search->setPlaceholderText(tr("Search title, description or rule section"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &TasksPanel::applyFilter);
    m_overdue->setObjectName(u"overdueFilter"_s);
    for (QCheckBox *box : {m_overdue, m_orphaned, m_closed}) {
        connect(box, &QCheckBox::toggled, this, &TasksPanel::applyFilter);
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_overdue);
    bar->addWidget(m_orphaned);
    bar->addWidget(m_closed);
    auto *actions = new QHBoxLayout;
    for (QAction *action : {addAction, m_editAction, doneAction}) {
        actions->addWidget(createActionButton(action, this));
    }
    actions->addStretch(1);
    actions->addWidget(m_count);

    m_view->setObjectName(u"taskTable"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(TaskTableModel::OwnerColumn,
                                                     QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &TasksPanel::editSelected);
    connect(m_model, &TaskTableModel::totalCountChanged, this,
            [this](qint64 count) { m_count->setText(tr("%n task(s)", nullptr, int(count))); });
    connect(m_model, &TaskTableModel::loadFailed, this, [this](const QString &message) {
        m_prompter.warn(this, tr("Task register"), message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    applyFilter();
}

void TasksPanel::applyFilter() {
    TaskFilter filter;
    filter.text = m_search->text().trimmed();
    filter.overdueOnly = m_overdue->isChecked();
    filter.orphanedOnly = m_orphaned->isChecked();
    filter.includeClosed = m_closed->isChecked();
    m_model->setFilter(filter);
}

void TasksPanel::addTask() {
    TaskDialog dialog(m_service, m_owners, Task{}, this, &m_prompter);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT changed();
    }
}

void TasksPanel::editSelected() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_editAction->isEnabled()) {
        return;
    }
    TaskDialog dialog(m_service, m_owners, m_model->rowAt(index.row()).task, this, &m_prompter);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT changed();
    }
}

bool TasksPanel::completeSelected() {
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        return false;
    }
    const Task task = m_model->rowAt(index.row()).task;
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
