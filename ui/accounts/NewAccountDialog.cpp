#include "ui/accounts/NewAccountDialog.h"

#include "core/accounts/AccountService.h"
#include "core/kernel/security/Secret.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/PersonPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

NewAccountDialog::NewAccountDialog(AccountService &accounts, const QList<Person> &people,
                                   QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_errors(new FieldErrors(this))
    , m_picker(new PersonPicker(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_again(new QLineEdit(this)) {
    setObjectName(u"newAccountDialog"_s);
    setWindowTitle(tr("New account"));
    m_picker->setPeople(people);
    m_role->setObjectName(u"roleCombo"_s);
    for (Role role : loginRoles()) {
        m_role->addItem(displayName(role), QVariant::fromValue(int(role)));
    }
    // The least powerful role first and preselected: more is a deliberate choice.
    m_role->setCurrentIndex(0);
    m_password->setObjectName(u"passwordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_again->setObjectName(u"passwordAgainField"_s);
    m_again->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Person:"), m_picker, u"badge_no"_s);
    m_errors->addRow(form, tr("&Role:"), m_role, u"role"_s);
    m_errors->addRow(form, tr("Initial &password:"), m_password, u"password"_s);
    m_errors->addRow(form, tr("Password &again:"), m_again, u"password_again"_s);
    QLabel *general = FieldErrors::createErrorLabel(this);
    m_errors->setGeneralLabel(general);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create = buttons->addButton(tr("&Create account"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createAccountButton"_s);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(520, 460);
}

bool NewAccountDialog::submit() {
    m_errors->clear();
    const QString badge = m_picker->selectedBadge();
    if (badge.isEmpty()) {
        m_errors->show(Error::validation(u"badge_no"_s, tr("Choose the person.")));
        return false;
    }
    if (m_password->text() != m_again->text()) {
        m_errors->show(
            Error::validation(u"password_again"_s, tr("The two passwords differ; type it again.")));
        return false;
    }
    QString typed = m_password->text();
    const Secret password = Secret::take(typed);
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    auto created = m_accounts.addAccount(badge, role, password);
    if (!created) {
        m_errors->show(created.error());
        return false;
    }
    m_createdBadge = created->badgeNo;
    accept();
    return true;
}

} // namespace sd
