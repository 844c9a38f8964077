#include "ui/responsibility/ResponsibilityPage.h"

#include "ui/responsibility/AssetTableModel.h"
#include "ui/responsibility/AssetsPanel.h"
#include "ui/responsibility/BoardPanel.h"
#include "ui/responsibility/TaskTableModel.h"
#include "ui/responsibility/TasksPanel.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

ResponsibilityPage::ResponsibilityPage(const ResponsibilityService &service,
                                       const OwnershipService &owners, Prompter &prompter,
                                       bool editAllowed, bool transferAllowed, QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_board(new BoardPanel(owners, prompter, transferAllowed, this))
    , m_assets(new AssetsPanel(service, owners, prompter, editAllowed, this))
    , m_tasks(new TasksPanel(service, owners, prompter, editAllowed, this)) {
    setObjectName(u"responsibilityPage"_s);
    m_tabs->setObjectName(u"responsibilityTabs"_s);
    m_tabs->addTab(m_board, tr("Accountability &board"));
    m_tabs->addTab(m_assets, tr("&Assets"));
    m_tabs->addTab(m_tasks, tr("&Tasks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_assets, &AssetsPanel::changed, m_board, &BoardPanel::reload);
    connect(m_tasks, &TasksPanel::changed, m_board, &BoardPanel::reload);
}

QString ResponsibilityPage::title() const {
    return tr("Responsibility");
}

QIcon ResponsibilityPage::icon() const {
    return QIcon(u":/icons/responsibility.svg"_s);
}

void ResponsibilityPage::focusSearch() {
    if (m_tabs->currentWidget() == m_tasks) {
        m_tasks->search()->setFocus();
    } else {
        m_tabs->setCurrentWidget(m_assets);
        m_assets->search()->setFocus();
    }
}

void ResponsibilityPage::createNew() {
    if (m_tabs->currentWidget() == m_tasks) {
        m_tasks->addItem();
    } else {
        m_tabs->setCurrentWidget(m_assets);
        m_assets->addItem();
    }
}

} // namespace sd
