#pragma once

#include "core/accounts/Account.h"
#include "ui/widgets/TitledColumns.h"

#include <QTimeZone>

namespace sd {

// The station's accounts: a few dozen rows, read whole from AccountService::accounts().
class AccountTableModel : public TitledColumns<QAbstractTableModel> {
    Q_OBJECT

public:
    enum Column {
        BadgeColumn,
        NameColumn,
        RoleColumn,
        LockedColumn,
        DisabledColumn,
        LastLoginColumn,
        ColumnCount
    };

    explicit AccountTableModel(QObject *parent = nullptr);

    // nowMs decides whether a lock has run out; times are shown in the station's zone.
    void setAccounts(const QList<Account> &accounts, qint64 nowMs, const QTimeZone &zone);
    const Account &accountAt(int row) const { return m_accounts.at(row); }
    int rowOfBadge(const QString &badgeNo) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    QString lockText(const Account &account) const;
    QString timeText(qint64 ms) const;

    QList<Account> m_accounts;
    qint64 m_nowMs = 0;
    QTimeZone m_zone;
};

} // namespace sd
