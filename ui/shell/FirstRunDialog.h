#pragma once

#include "ui/widgets/NewPasswordPair.h"

#include <QDialog>

class QLineEdit;

namespace sd {

class AccountService;
class FieldErrors;
class OrganisationService;
class PersonPicker;

// The first start of a database without an administrator: before anything else, one
// active person of the organisation gets the administrator account.
class FirstRunDialog : public QDialog {
    Q_OBJECT

public:
    FirstRunDialog(AccountService &accounts, const OrganisationService &organisation,
                   QWidget *parent = nullptr);

    // As the Create button: true when the core created the administrator.
    bool submit();

    PersonPicker *picker() const { return m_picker; }
    QLineEdit *passwordField() const { return m_password.field(); }
    QLineEdit *againField() const { return m_password.againField(); }
    const FieldErrors &errors() const { return *m_errors; }

private:
    AccountService &m_accounts;
    FieldErrors *m_errors;
    PersonPicker *m_picker;
    NewPasswordPair m_password;
};

} // namespace sd
