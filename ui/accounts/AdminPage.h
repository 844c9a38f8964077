#pragma once

#include "ui/widgets/Page.h"

class QTabWidget;

namespace sd {

class AccountsPanel;
class Application;
class AuditPanel;
class Prompter;

// Accounts (for roles that manage them) and the audit log (for roles that may read it).
class AdminPage : public Page {
    Q_OBJECT

public:
    AdminPage(Application &app, Prompter &prompter, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void createNew() override;

    // Null when the role may not use that tab.
    AccountsPanel *accounts() const { return m_accounts; }
    AuditPanel *audit() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    AccountsPanel *m_accounts = nullptr;
    AuditPanel *m_audit = nullptr;
};

} // namespace sd
