#pragma once

#include "core/kernel/common/Result.h"

#include <QWidget>
#include <functional>

class QAction;
class QTableView;

namespace sd {

class AccountTableModel;
class Application;
class NewAccountDialog;
class PasswordDialog;
class Prompter;
struct Account;

// The accounts of the station and the administrator's commands on them. Every step
// that takes a login away asks first; every refusal of the core (the last
// administrator, a weak password) is shown as the core words it.
class AccountsPanel : public QWidget {
    Q_OBJECT

public:
    AccountsPanel(Application &app, Prompter &prompter, QWidget *parent = nullptr);

    AccountTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void reload();
    bool selectBadge(const QString &badgeNo);

    // Window-modal dialogs return at once; the list reloads when they succeed.
    NewAccountDialog *newAccount();
    PasswordDialog *resetPassword();
    void changeRole();
    void lockSelected();
    void unlockSelected();
    void disableSelected();
    void enableSelected();

private:
    const Account *selected() const;
    void updateActions();
    // Runs one account command, reloads and keeps the row selected; warns on refusal.
    void apply(const QString &failureTitle, const std::function<Status()> &command);

    Application &m_app;
    Prompter &m_prompter;
    AccountTableModel *m_model;
    QTableView *m_view;
    QAction *m_newAction;
    QAction *m_roleAction;
    QAction *m_lockAction;
    QAction *m_unlockAction;
    QAction *m_resetAction;
    QAction *m_disableAction;
    QAction *m_enableAction;
};

} // namespace sd
