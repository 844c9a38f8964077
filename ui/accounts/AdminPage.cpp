#include "ui/accounts/AdminPage.h"

#include "core/Application.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AuditPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AdminPage::AdminPage(Application &app, Prompter &prompter, QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this)) {
    setObjectName(u"adminPage"_s);
    m_tabs->setObjectName(u"adminTabs"_s);
    m_tabs->setDocumentMode(true);
    if (app.access().allows(Permission::ManageAccounts)) {
        m_accounts = new AccountsPanel(app, prompter, this);
        m_tabs->addTab(m_accounts, QIcon(u":/icons/people.svg"_s), tr("&Accounts"));
    }
    if (app.access().allows(Permission::ViewAuditLog)) {
        m_audit = new AuditPanel(app, prompter, this);
        m_tabs->addTab(m_audit, QIcon(u":/icons/shield.svg"_s), tr("Audit &log"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs->currentWidget());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { setFocusProxy(m_tabs->currentWidget()); });
}

QString AdminPage::title() const {
    return tr("Administration");
}

QIcon AdminPage::icon() const {
    return QIcon(u":/icons/shield.svg"_s);
}

void AdminPage::createNew() {
    if (m_accounts && m_tabs->currentWidget() == m_accounts) {
        m_accounts->newAccount();
    }
}

} // namespace sd
