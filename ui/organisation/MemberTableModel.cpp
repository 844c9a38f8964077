#include "ui/organisation/MemberTableModel.h"

#include <QFont>

namespace sd {

MemberTableModel::MemberTableModel(QObject *parent)
    : TitledColumns(ColumnCount, parent) {}

void MemberTableModel::setMembers(const QList<Person> &members, std::optional<qint64> leaderId) {
    beginResetModel();
    m_members = members;
    m_leaderId = leaderId;
    // The leader first: it is the one name people look for in a unit.
    std::stable_partition(m_members.begin(), m_members.end(),
                          [&](const Person &person) { return leaderId && person.id == *leaderId; });
    endResetModel();
}

void MemberTableModel::clear() {
    setMembers({}, std::nullopt);
}

int MemberTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_members.size());
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Person &person = m_members.at(index.row());
    const bool leads = m_leaderId && person.id == *m_leaderId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case BadgeColumn:
            return person.badgeNo;
        case NameColumn:
            return person.name;
        case PositionColumn:
            return person.position;
        case RoleColumn:
            return leads ? tr("Leader") : tr("Member");
        }
        return {};
    case Qt::FontRole:
        if (leads) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PersonIdRole:
        return person.id;
    }
    return {};
}

QString MemberTableModel::columnTitle(int column) const {
    switch (column) {
    case BadgeColumn:
        return tr("Badge no.");
    case NameColumn:
        return tr("Name");
    case PositionColumn:
        return tr("Position");
    case RoleColumn:
        return tr("Role");
    }
    return {};
}

} // namespace sd
