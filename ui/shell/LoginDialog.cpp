#include "ui/shell/LoginDialog.h"

#include "core/accounts/AccountService.h"
#include "core/kernel/security/Secret.h"
#include "ui/widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

LoginDialog::LoginDialog(AccountService &accounts, const QString &stationName, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_errors(new FieldErrors(this))
    , m_badge(new QLineEdit(this))
    , m_password(new QLineEdit(this)) {
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to StationDesk"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/stationdesk.svg"_s).pixmap(48, 48));
    auto *heading = new QLabel(this);
    heading->setText(u"<b>%1</b><br>%2"_s.arg(stationName.toHtmlEscaped(),
                                              tr("Log in with your badge number and password.")));
    heading->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    m_badge->setObjectName(u"badgeField"_s);
    m_badge->setMinimumWidth(260);
    m_badge->setMaxLength(20);
    m_password->setObjectName(u"passwordField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Badge number:"), m_badge, u"badge_no"_s);
    m_errors->addRow(form, tr("&Password:"), m_password, u"password"_s);
    QLabel *general = FieldErrors::createErrorLabel(this);
    m_errors->setGeneralLabel(general);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    login->setObjectName(u"loginButton"_s);
    login->setDefault(true);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_badge->setFocus();
}

bool LoginDialog::submit() {
    m_errors->clear();
    QString typed = m_password->text();
    // Whatever the outcome, the password is typed afresh: nothing stays in the field.
    m_password->clear();
    const Secret password = Secret::take(typed);
    auto account = m_accounts.login(m_badge->text(), password);
    if (!account) {
        m_errors->show(account.error());
        if (account.error().field != u"badge_no"_s) {
            m_password->setFocus(Qt::OtherFocusReason);
        }
        return false;
    }
    accept();
    return true;
}

} // namespace sd
