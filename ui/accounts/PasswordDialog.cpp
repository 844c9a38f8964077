#include "ui/accounts/PasswordDialog.h"

#include "ui/widgets/FieldErrors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QLineEdit *passwordEdit(const QString &name, QWidget *parent) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(280);
    return edit;
}
} // namespace

PasswordDialog::PasswordDialog(const QString &title, const QString &intro, bool askCurrent,
                               Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_errors(new FieldErrors(this))
    , m_new(passwordEdit(u"newPassword"_s, this))
    , m_again(passwordEdit(u"newPasswordAgain"_s, this)) {
    setObjectName(u"passwordDialog"_s);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto *text = new QLabel(intro, this);
        text->setWordWrap(true);
        layout->addWidget(text);
    }
    auto *form = new QFormLayout;
    if (askCurrent) {
        m_current = passwordEdit(u"currentPassword"_s, this);
        m_errors->addRow(form, tr("&Current password:"), m_current, u"current_password"_s);
    }
    m_errors->addRow(form, tr("&New password:"), m_new, u"password"_s);
    m_errors->addRow(form, tr("New password &again:"), m_again, u"password_again"_s);
    layout->addLayout(form);
    QLabel *general = FieldErrors::createErrorLabel(this);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Save password"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

bool PasswordDialog::submit() {
    m_errors->clear();
    if (m_new->text() != m_again->text()) {
        m_errors->show(Error::validation(u"password_again"_s,
                                         tr("The two new passwords differ; type it again.")));
        return false;
    }
    QString currentText = m_current ? m_current->text() : QString();
    QString nextText = m_new->text();
    const Secret current = Secret::take(currentText);
    const Secret next = Secret::take(nextText);
    const Status stored = m_submit(current, next);
    if (!stored) {
        m_errors->show(stored.error());
        return false;
    }
    accept();
    return true;
}

} // namespace sd
