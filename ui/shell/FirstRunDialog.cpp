#include "ui/shell/FirstRunDialog.h"

#include "core/accounts/AccountService.h"
#include "core/organisation/OrganisationService.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/NewPasswordPair.h"
#include "ui/widgets/PersonPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// A station has tens of people, a large one a few hundred.
constexpr int kMaxPeople = 5000;
} // namespace

FirstRunDialog::FirstRunDialog(AccountService &accounts, const OrganisationService &organisation,
                               QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_errors(new FieldErrors(this))
    , m_picker(new PersonPicker(this))
    , m_password(u"passwordField"_s, u"passwordAgainField"_s, this) {
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Create the administrator"));

    auto *intro = new QLabel(
        tr("This station database has no administrator yet. Choose the person who will manage "
           "accounts and give them a password. They can then create the other accounts."),
        this);
    intro->setWordWrap(true);

    QLabel *general = FieldErrors::createErrorLabel(this);
    m_errors->setGeneralLabel(general);
    PersonFilter filter;
    filter.includeInactive = false;
    filter.limit = kMaxPeople;
    auto people = organisation.people(filter);
    if (people) {
        m_picker->setPeople(people.value());
    } else {
        m_errors->show(people.error());
    }

    auto *form = new QFormLayout;
    m_errors->addRow(form, tr("&Administrator:"), m_picker, u"badge_no"_s);
    m_password.addRows(*m_errors, form, tr("&Password:"), tr("Password &again:"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *create =
        buttons->addButton(tr("&Create administrator"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createAdminButton"_s);
    buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(general);
    layout->addWidget(buttons);
    resize(560, 480);
    m_picker->setFocus();
}

bool FirstRunDialog::submit() {
    m_errors->clear();
    const QString badge = m_picker->selectedBadge();
    if (badge.isEmpty()) {
        m_errors->show(
            Error::validation(u"badge_no"_s, tr("Choose the person who will be administrator.")));
        return false;
    }
    auto password = m_password.take(tr("The two passwords differ; type it again."));
    if (!password) {
        m_errors->show(password.error());
        return false;
    }
    auto created = m_accounts.createFirstAdmin(badge, password.value());
    if (!created) {
        m_errors->show(created.error());
        return false;
    }
    accept();
    return true;
}

} // namespace sd
