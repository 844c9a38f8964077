#include "ui/accounts/PasswordDialog.h"

#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NewPasswordPair.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

PasswordDialog::PasswordDialog(const QString &title, const QString &intro, bool askCurrent,
                               Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_errors(new FieldErrors(this))
    , m_new(u"newPassword"_s, u"newPasswordAgain"_s, this) {
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
        m_current = maskedPasswordEdit(u"currentPassword"_s, this);
        m_errors->addRow(form, tr("&Current password:"), m_current, u"current_password"_s);
    }
    m_new.addRows(*m_errors, form, tr("&New password:"), tr("New password &again:"));
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
    auto next = m_new.take(tr("The two new passwords differ; type it again."));
    if (!next) {
        m_errors->show(next.error());
        return false;
    }
    QString currentText = m_current ? m_current->text() : QString();
    const Secret current = Secret::take(currentText);
    const Status stored = m_submit(current, next.value());
    if (!stored) {
        m_errors->show(stored.error());
        return false;
    }
    accept();
    return true;
}

} // namespace sd
