#include "ui/responsibility/RegisterPanel.h"

#include "ui/responsibility/OwnedItemDialog.h"
#include "ui/widgets/PagedTableModel.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString capitalised(const QString &word) {
    return word.left(1).toUpper() + word.mid(1);
}
} // namespace

RegisterPanel::RegisterPanel(const ResponsibilityService &service, const OwnershipService &owners,
                             Prompter &prompter, bool editAllowed, const Wording &wording,
                             QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_owners(owners)
    , m_prompter(prompter)
    , m_failureTitle(wording.failureTitle)
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_filters(new QHBoxLayout)
    , m_commands(new QHBoxLayout)
    , m_count(new QLabel(this)) {
    const QString name = capitalised(wording.name);
    setObjectName(wording.name + u"sPanel"_s);
    m_addAction = new QAction(QIcon(u":/icons/add.svg"_s), wording.newCommand, this);
    m_addAction->setObjectName(u"add"_s + name + u"Action"_s);
    m_addAction->setEnabled(editAllowed);
    connect(m_addAction, &QAction::triggered, this, &RegisterPanel::addItem);
    m_editAction = new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this);
    m_editAction->setObjectName(u"edit"_s + name + u"Action"_s);
    m_editAction->setEnabled(editAllowed);
    connect(m_editAction, &QAction::triggered, this, &RegisterPanel::editSelected);

    m_search->setObjectName(wording.name + u"Search"_s);
    m_search->setPlaceholderText(wording.searchHint);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, &RegisterPanel::applyFilter);
    m_filters->addWidget(m_search, 1);
    addCommand(m_addAction);
    addCommand(m_editAction);
    m_commands->addStretch(1);
    m_commands->addWidget(m_count);

    m_view->setObjectName(wording.name + u"Table"_s);
    setUpRecordTable(m_view);
    connect(m_view, &QTableView::doubleClicked, this, &RegisterPanel::editSelected);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_filters);
    layout->addLayout(m_commands);
    layout->addWidget(m_view, 1);
}

void RegisterPanel::showModel(PagedModelBase *model, std::initializer_list<int> stretchedColumns,
                              const std::function<QString(qint64)> &countText) {
    m_view->setModel(model);
    for (int column : stretchedColumns) {
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    // Search and filters first, then the commands, then the list.
    QWidget *previous = m_search;
    for (QWidget *next : m_filterWidgets + m_commandButtons + QList<QWidget *>{m_view}) {
        setTabOrder(previous, next);
        previous = next;
    }
    connect(model, &PagedModelBase::totalCountChanged, this,
            [this, countText](qint64 count) { m_count->setText(countText(count)); });
    connect(model, &PagedModelBase::loadFailed, this,
            [this](const QString &message) { m_prompter.warn(this, m_failureTitle, message); });
}

void RegisterPanel::addFilter(QWidget *filter) {
    m_filters->addWidget(filter);
    m_filterWidgets << filter;
}

void RegisterPanel::addCommand(QAction *action) {
    // Before the stretch and the count at the end of the row.
    QToolButton *button = createActionButton(action, this);
    m_commands->insertWidget(int(m_commandButtons.size()), button);
    m_commandButtons << button;
}

int RegisterPanel::currentRow() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

bool RegisterPanel::addItem() {
    if (!m_addAction->isEnabled()) {
        return false;
    }
    if (createDialog(-1)->exec() == QDialog::Accepted) {
        Q_EMIT changed();
    }
    return true;
}

bool RegisterPanel::editSelected() {
    const int row = currentRow();
    if (row < 0 || !m_editAction->isEnabled()) {
        return false;
    }
    if (createDialog(row)->exec() == QDialog::Accepted) {
        Q_EMIT changed();
    }
    return true;
}

} // namespace sd
