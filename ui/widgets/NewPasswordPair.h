#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/Secret.h"

class QFormLayout;
class QLineEdit;
class QWidget;

namespace sd {

class FieldErrors;

// A new password typed twice: the two masked fields, their rows in a form (errors on
// "password" and "password_again"), and the check that both hold the same text.
class NewPasswordPair {
public:
    NewPasswordPair(const QString &objectName, const QString &againObjectName, QWidget *parent);

    void addRows(FieldErrors &errors, QFormLayout *form, const QString &label,
                 const QString &againLabel) const;
    QLineEdit *field() const { return m_field; }
    QLineEdit *againField() const { return m_again; }

    // The typed password, or differMessage as an error on "password_again" when the second
    // field does not repeat the first.
    Result<Secret> take(const QString &differMessage) const;

private:
    QLineEdit *m_field;
    QLineEdit *m_again;
};

// A masked password field named objectName.
QLineEdit *maskedPasswordEdit(const QString &objectName, QWidget *parent);

} // namespace sd
