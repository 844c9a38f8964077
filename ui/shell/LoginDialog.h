#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sd {

class AccountService;
class FieldErrors;

// Badge number and password. Shows exactly what the core says when a login fails, so
// the dialog never tells more than the core does about whether a badge exists.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(AccountService &accounts, const QString &stationName, QWidget *parent = nullptr);

    // As the Log in button: true when the core accepted the login (and the dialog closed).
    bool submit();

    QLineEdit *badgeField() const { return m_badge; }
    QLineEdit *passwordField() const { return m_password; }
    const FieldErrors &errors() const { return *m_errors; }

private:
    AccountService &m_accounts;
    FieldErrors *m_errors;
    QLineEdit *m_badge;
    QLineEdit *m_password;
};

} // namespace sd
