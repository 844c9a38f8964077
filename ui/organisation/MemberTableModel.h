#pragma once

#include "core/organisation/Person.h"
#include "ui/widgets/TitledColumns.h"

#include <optional>

namespace sd {

// The members of one unit, its leader marked.
class MemberTableModel : public TitledColumns<QAbstractTableModel> {
    Q_OBJECT

public:
    enum Column { BadgeColumn, NameColumn, PositionColumn, RoleColumn, ColumnCount };
    enum Role { PersonIdRole = Qt::UserRole + 1 };

    explicit MemberTableModel(QObject *parent = nullptr);

    void setMembers(const QList<Person> &members, std::optional<qint64> leaderId);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    QList<Person> m_members;
    std::optional<qint64> m_leaderId;
};

} // namespace sd
