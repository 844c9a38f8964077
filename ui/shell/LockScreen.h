#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sd {

class AccountService;

// Covers the main window while the desk is locked. Only the logged-in user's password
// opens it again (the lockout counts these attempts like logins); anyone else has to
// use "Switch user…", which the shell allows only when no work would be lost.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(AccountService &accounts, QWidget *parent = nullptr);

    // Clears the password and the last error, and names who is logged in.
    void prepare(const QString &userName);
    // Checks the password as the Unlock button does; true when it opened.
    bool tryUnlock();

    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;

Q_SIGNALS:
    void unlocked();
    void switchUserRequested();

private:
    AccountService &m_accounts;
    QLabel *m_who;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_switchUser;
};

} // namespace sd
