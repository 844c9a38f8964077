#pragma once

#include "core/organisation/Person.h"
#include "ui/widgets/NewPasswordPair.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace sd {

class AccountService;
class FieldErrors;
class PersonPicker;

// Gives a person of the organisation who has no account yet a login: role and an
// initial password (typed twice), which the person should change at first login.
class NewAccountDialog : public QDialog {
    Q_OBJECT

public:
    // people: active people without an account.
    NewAccountDialog(AccountService &accounts, const QList<Person> &people,
                     QWidget *parent = nullptr);

    // As the Create button: true when the core created the account.
    bool submit();
    QString createdBadge() const { return m_createdBadge; }

    PersonPicker *picker() const { return m_picker; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *passwordField() const { return m_password.field(); }
    QLineEdit *againField() const { return m_password.againField(); }
    const FieldErrors &errors() const { return *m_errors; }

private:
    AccountService &m_accounts;
    FieldErrors *m_errors;
    PersonPicker *m_picker;
    QComboBox *m_role;
    NewPasswordPair m_password;
    QString m_createdBadge;
};

} // namespace sd
