#include "ui/accounts/AccountsPanel.h"

#include "core/Application.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/NewAccountDialog.h"
#include "ui/accounts/PasswordDialog.h"
#include "ui/widgets/PanelWidgets.h"
#include "ui/widgets/Prompter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QSet>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AccountsPanel::AccountsPanel(Application &app, Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_app(app)
    , m_prompter(prompter)
    , m_model(new AccountTableModel(this))
    , m_view(new QTableView(this)) {
    setObjectName(u"accountsPanel"_s);
    m_newAction = new QAction(QIcon(u":/icons/person-add.svg"_s), tr("&New account…"), this);
    m_newAction->setObjectName(u"newAccountAction"_s);
    connect(m_newAction, &QAction::triggered, this, &AccountsPanel::newAccount);
    m_roleAction = new QAction(tr("Change &role…"), this);
    m_roleAction->setObjectName(u"changeRoleAction"_s);
    connect(m_roleAction, &QAction::triggered, this, &AccountsPanel::changeRole);
    m_lockAction = new QAction(QIcon(u":/icons/lock.svg"_s), tr("&Lock…"), this);
    m_lockAction->setObjectName(u"lockAccountAction"_s);
    connect(m_lockAction, &QAction::triggered, this, &AccountsPanel::lockSelected);
    m_unlockAction = new QAction(tr("&Unlock"), this);
    m_unlockAction->setObjectName(u"unlockAccountAction"_s);
    connect(m_unlockAction, &QAction::triggered, this, &AccountsPanel::unlockSelected);
    m_resetAction = new QAction(tr("Reset &password…"), this);
    m_resetAction->setObjectName(u"resetPasswordAction"_s);
    connect(m_resetAction, &QAction::triggered, this, &AccountsPanel::resetPassword);
    m_disableAction = new QAction(QIcon(u":/icons/person-remove.svg"_s), tr("&Disable…"), this);
    m_disableAction->setObjectName(u"disableAccountAction"_s);
    connect(m_disableAction, &QAction::triggered, this, &AccountsPanel::disableSelected);
    m_enableAction = new QAction(tr("&Enable"), this);
    m_enableAction->setObjectName(u"enableAccountAction"_s);
    connect(m_enableAction, &QAction::triggered, this, &AccountsPanel::enableSelected);

    m_view->setObjectName(u"accountsView"_s);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->setColumnWidth(AccountTableModel::BadgeColumn, 100);
    m_view->setColumnWidth(AccountTableModel::NameColumn, 140);
    m_view->setColumnWidth(AccountTableModel::RoleColumn, 130);
    m_view->setColumnWidth(AccountTableModel::LockedColumn, 240);
    m_view->setColumnWidth(AccountTableModel::DisabledColumn, 90);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPanel::updateActions);

    auto *bar = new QHBoxLayout;
    for (QAction *action : {m_newAction, m_roleAction, m_lockAction, m_unlockAction, m_resetAction,
                            m_disableAction, m_enableAction}) {
        bar->addWidget(createActionButton(action, this));
    }
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    reload();
}

void AccountsPanel::reload() {
    const Account *current = selected();
    const QString badge = current ? current->badgeNo : QString();
    auto accounts = m_app.accounts().accounts();
    if (!accounts) {
        m_prompter.warn(this, tr("Cannot read the accounts"), accounts.error().message);
        return;
    }
    const QTimeZone zone(m_app.station().timeZone.toUtf8());
    m_model->setAccounts(accounts.value(), m_app.clock().nowMs(),
                         zone.isValid() ? zone : QTimeZone::systemTimeZone());
    // Something is always selected, so the commands are ready as soon as the tab shows.
    if ((badge.isEmpty() || !selectBadge(badge)) && m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

bool AccountsPanel::selectBadge(const QString &badgeNo) {
    const int row = m_model->rowOfBadge(badgeNo);
    if (row < 0) {
        return false;
    }
    m_view->selectRow(row);
    return true;
}

const Account *AccountsPanel::selected() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : &m_model->accountAt(rows.first().row());
}

void AccountsPanel::updateActions() {
    const Account *account = selected();
    const bool locked = account && account->isLockedAt(m_app.clock().nowMs());
    m_roleAction->setEnabled(account);
    m_resetAction->setEnabled(account);
    m_lockAction->setEnabled(account && !locked);
    m_unlockAction->setEnabled(account && (locked || account->failedAttempts > 0));
    m_disableAction->setEnabled(account && !account->disabled);
    m_enableAction->setEnabled(account && account->disabled);
}

void AccountsPanel::apply(const QString &failureTitle, const std::function<Status()> &command) {
    const Status done = command();
    if (!done) {
        m_prompter.warn(this, failureTitle, done.error().message);
    }
    reload();
}

NewAccountDialog *AccountsPanel::newAccount() {
    PersonFilter filter;
    filter.includeInactive = false;
    filter.limit = 5000;
    auto people = m_app.organisation().people(filter);
    if (!people) {
        m_prompter.warn(this, tr("Cannot read the people"), people.error().message);
        return nullptr;
    }
    QSet<QString> withAccount;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        withAccount.insert(m_model->accountAt(row).badgeNo);
    }
    QList<Person> candidates;
    for (const Person &person : people.value()) {
        if (!withAccount.contains(person.badgeNo)) {
            candidates << person;
        }
    }
    auto *dialog = new NewAccountDialog(m_app.accounts(), candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        selectBadge(dialog->createdBadge());
    });
    dialog->open();
    return dialog;
}

PasswordDialog *AccountsPanel::resetPassword() {
    const Account *account = selected();
    if (!account) {
        return nullptr;
    }
    const QString badge = account->badgeNo;
    auto *dialog = new PasswordDialog(
        tr("Reset password: %1").arg(account->displayName()),
        tr("Give %1 a new password and tell it to them in person. Their old password stops "
           "working at once.")
            .arg(account->personName),
        false,
        [this, badge](const Secret &, const Secret &next) {
            return m_app.accounts().resetPassword(badge, next);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AccountsPanel::reload);
    dialog->open();
    return dialog;
}

void AccountsPanel::changeRole() {
    const Account *account = selected();
    if (!account) {
        return;
    }
    const Account chosen = *account;
    const QList<Role> roles = loginRoles();
    QStringList names;
    for (Role role : roles) {
        names << displayName(role);
    }
    const auto picked =
        m_prompter.askChoice(this, tr("Change role: %1").arg(chosen.displayName()),
                             tr("New &role:"), names, int(roles.indexOf(chosen.role)));
    if (!picked || roles.at(*picked) == chosen.role) {
        return;
    }
    const Role role = roles.at(*picked);
    apply(tr("Cannot change the role of %1").arg(chosen.displayName()),
          [&] { return m_app.accounts().setRole(chosen.badgeNo, role); });
}

void AccountsPanel::lockSelected() {
    const Account *account = selected();
    if (!account) {
        return;
    }
    const Account chosen = *account;
    if (!m_prompter.confirm(this, tr("Lock %1").arg(chosen.displayName()),
                            tr("%1 will not be able to log in until an administrator unlocks the "
                               "account.")
                                .arg(chosen.personName),
                            tr("Lock"))) {
        return;
    }
    apply(tr("Cannot lock %1").arg(chosen.displayName()),
          [&] { return m_app.accounts().lock(chosen.badgeNo); });
}

void AccountsPanel::unlockSelected() {
    const Account *account = selected();
    if (!account) {
        return;
    }
    const Account chosen = *account;
    apply(tr("Cannot unlock %1").arg(chosen.displayName()),
          [&] { return m_app.accounts().unlock(chosen.badgeNo); });
}

void AccountsPanel::disableSelected() {
    const Account *account = selected();
    if (!account) {
        return;
    }
    const Account chosen = *account;
    if (!m_prompter.confirm(this, tr("Disable %1").arg(chosen.displayName()),
                            tr("%1 will no longer be able to log in. The account and everything "
                               "it recorded are kept, and it can be enabled again.")
                                .arg(chosen.personName),
                            tr("Disable"))) {
        return;
    }
    apply(tr("Cannot disable %1").arg(chosen.displayName()),
          [&] { return m_app.accounts().disable(chosen.badgeNo); });
}

void AccountsPanel::enableSelected() {
    const Account *account = selected();
    if (!account) {
        return;
    }
    const Account chosen = *account;
    apply(tr("Cannot enable %1").arg(chosen.displayName()),
          [&] { return m_app.accounts().enable(chosen.badgeNo); });
}

} // namespace sd
