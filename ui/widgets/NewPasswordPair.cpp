#include "ui/widgets/NewPasswordPair.h"

#include "ui/widgets/FieldErrors.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sd {

QLineEdit *maskedPasswordEdit(const QString &objectName, QWidget *parent) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(280);
    return edit;
}

NewPasswordPair::NewPasswordPair(const QString &objectName, const QString &againObjectName,
                                 QWidget *parent)
    : m_field(maskedPasswordEdit(objectName, parent))
    , m_again(maskedPasswordEdit(againObjectName, parent)) {}

void NewPasswordPair::addRows(FieldErrors &errors, QFormLayout *form, const QString &label,
                              const QString &againLabel) const {
    errors.addRow(form, label, m_field, u"password"_s);
    errors.addRow(form, againLabel, m_again, u"password_again"_s);
}

Result<Secret> NewPasswordPair::take(const QString &differMessage) const {
    if (m_field->text() != m_again->text()) {
        return Error::validation(u"password_again"_s, differMessage);
    }
    QString typed = m_field->text();
    return Secret::take(typed);
}

} // namespace sd
