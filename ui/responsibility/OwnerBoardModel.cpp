#include "ui/responsibility/OwnerBoardModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace sd {

OwnerBoardModel::OwnerBoardModel(QObject *parent)
    : TitledColumns(ColumnCount, parent) {}

void OwnerBoardModel::setLoads(const QList<OwnerLoad> &loads) {
    beginResetModel();
    m_loads = loads;
    endResetModel();
}

int OwnerBoardModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_loads.size());
}

QVariant OwnerBoardModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OwnerLoad &load = m_loads.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OwnerColumn:
            return load.owner.label();
        case AccountableColumn:
            return load.owner.orphaned ? tr("nobody — orphaned") : load.owner.accountableName;
        case AssetsColumn:
            return load.assets;
        case TasksColumn:
            return load.tasks;
        case OverdueTasksColumn:
            return load.overdueTasks;
        case OverdueChecksColumn:
            return load.overdueChecks;
        }
        return {};
    case Qt::ForegroundRole:
        if (load.owner.orphaned ||
            (index.column() == OverdueTasksColumn && load.overdueTasks > 0) ||
            (index.column() == OverdueChecksColumn && load.overdueChecks > 0)) {
            return QBrush(QColor(176, 0, 32));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= AssetsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case OrphanedRole:
        return load.owner.orphaned;
    }
    return {};
}

QString OwnerBoardModel::columnTitle(int column) const {
    switch (column) {
    case OwnerColumn:
        return tr("Owner");
    case AccountableColumn:
        return tr("Accountable");
    case AssetsColumn:
        return tr("Assets");
    case TasksColumn:
        return tr("Open tasks");
    case OverdueTasksColumn:
        return tr("Overdue tasks");
    case OverdueChecksColumn:
        return tr("Overdue checks");
    }
    return {};
}

} // namespace sd
