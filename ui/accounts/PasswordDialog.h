#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/Secret.h"
#include "ui/widgets/NewPasswordPair.h"

#include <QDialog>
#include <functional>

class QLineEdit;

namespace sd {

class FieldErrors;

// Asks for a new password twice (and, to change one's own, the current one) and hands
// them to the service; its refusal (wrong current password, too short, too common)
// appears next to the field it is about and the dialog stays open.
class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    // current is empty when the dialog does not ask for it.
    using Submit = std::function<Status(const Secret &current, const Secret &next)>;

    PasswordDialog(const QString &title, const QString &intro, bool askCurrent, Submit submit,
                   QWidget *parent = nullptr);

    // As the OK button: true when the service accepted the password (and the dialog closed).
    bool submit();

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new.field(); }
    QLineEdit *againField() const { return m_new.againField(); }
    const FieldErrors &errors() const { return *m_errors; }

private:
    Submit m_submit;
    FieldErrors *m_errors;
    QLineEdit *m_current = nullptr;
    NewPasswordPair m_new;
};

} // namespace sd
