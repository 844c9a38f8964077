#include "ui/accounts/AccountTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// An administrator's lock has no end; AccountService stores it this far in the future.
constexpr qint64 kForeverFromMs = 32503680000000; // 3000-01-01
} // namespace

AccountTableModel::AccountTableModel(QObject *parent)
    : TitledColumns(ColumnCount, parent) {}

void AccountTableModel::setAccounts(const QList<Account> &accounts, qint64 nowMs,
                                    const QTimeZone &zone) {
    beginResetModel();
    m_accounts = accounts;
    m_nowMs = nowMs;
    m_zone = zone;
    endResetModel();
}

int AccountTableModel::rowOfBadge(const QString &badgeNo) const {
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).badgeNo == badgeNo) {
            return row;
        }
    }
    return -1;
}

int AccountTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QString AccountTableModel::timeText(qint64 ms) const {
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString AccountTableModel::lockText(const Account &account) const {
    if (!account.isLockedAt(m_nowMs)) {
        return {};
    }
    if (*account.lockedUntil >= kForeverFromMs) {
        return tr("Locked by an administrator");
    }
    return tr("Locked until %1").arg(timeText(*account.lockedUntil));
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Account &account = m_accounts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case BadgeColumn:
            return account.badgeNo;
        case NameColumn:
            return account.personActive ? account.personName
                                        : tr("%1 (left)").arg(account.personName);
        case RoleColumn:
            return displayName(account.role);
        case LockedColumn:
            return lockText(account);
        case DisabledColumn:
            return account.disabled ? tr("Disabled") : QString();
        case LastLoginColumn:
            return account.lastLoginAt ? timeText(*account.lastLoginAt) : tr("never");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole &&
        (account.disabled || !account.personActive || account.isLockedAt(m_nowMs))) {
        // Accounts that cannot log in now stand out; the columns say why in words.
        return QBrush(QColor(0x9e, 0x9e, 0x9e));
    }
    return {};
}

QString AccountTableModel::columnTitle(int column) const {
    switch (column) {
    case BadgeColumn:
        return tr("Badge no.");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case LockedColumn:
        return tr("Locked");
    case DisabledColumn:
        return tr("Disabled");
    case LastLoginColumn:
        return tr("Last login");
    default:
        return {};
    }
}

} // namespace sd
