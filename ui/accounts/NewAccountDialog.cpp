#include "ui/accounts/NewAccountDialog.h"

#include "core/accounts/AccountService.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NewPasswordPair.h"
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
    , m_password(u"passwordField"_s, u"passwordAgainField"_s, this) {
    setObjectName(u"newAccountDialog"_s);
    setWindowTitle(tr("New account"));
    m_picker->setPeople(people);
    m_role->setObjectName(u"roleCombo"_s);
    for (Role role : loginRoles()) {
        m_role->addItem(displayName(role), QVariant::fromValue(int(role)));
    }
    // The least powerful role first and preselected: more is a deliberate choice.
    m_role->setCurrentIndex(0);

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Person:"), m_picker, u"badge_no"_s);
    m_errors->addRow(form, tr("&Role:"), m_role, u"role"_s);
    m_password.addRows(*m_errors, form, tr("Initial &password:"), tr("Password &again:"));
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
    auto password = m_password.take(tr("The two passwords differ; type it again."));
    if (!password) {
        m_errors->show(password.error());
        return false;
    }
    const auto role = static_cast<Role>(m_role->currentData().toInt());
    auto created = m_accounts.addAccount(badge, role, password.value());
    if (!created) {
        m_errors->show(created.error());
        return false;
    }
    m_createdBadge = created->badgeNo;
    accept();
    return true;
}

} // namespace sd
