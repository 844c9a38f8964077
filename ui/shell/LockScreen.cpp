#include "ui/shell/LockScreen.h"

#include "core/accounts/AccountService.h"
#include "core/kernel/security/Secret.h"
#include "ui/widgets/FieldErrors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

LockScreen::LockScreen(AccountService &accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_who(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(FieldErrors::createErrorLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_switchUser(new QPushButton(tr("&Switch user…"), this)) {
    setObjectName(u"lockScreen"_s);
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/lock.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("StationDesk is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    m_who->setObjectName(u"lockedUser"_s);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);

    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_error->setObjectName(u"unlockError"_s);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setDefault(true);
    m_switchUser->setObjectName(u"switchUserButton"_s);
    m_switchUser->setToolTip(
        tr("Let another person log in at this desk; possible once no open form would be lost"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switchUser);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto *box = new QWidget(this);
    box->setMaximumWidth(480);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(icon);
    boxLayout->addWidget(title);
    boxLayout->addWidget(m_who);
    boxLayout->addSpacing(12);
    boxLayout->addLayout(form);
    boxLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(box, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_switchUser, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);
    setFocusProxy(m_password);
}

void LockScreen::prepare(const QString &userName) {
    m_who->setText(
        tr("%1 is logged in. Enter your password to continue where you left off.").arg(userName));
    m_password->clear();
    m_error->clear();
    m_error->hide();
}

bool LockScreen::tryUnlock() {
    QString typed = m_password->text();
    m_password->clear();
    const Secret password = Secret::take(typed);
    const Status confirmed = m_accounts.confirmPassword(password);
    if (!confirmed) {
        m_error->setText(confirmed.error().message);
        m_error->show();
        m_password->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hide();
    Q_EMIT unlocked();
    return true;
}

QString LockScreen::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace sd
