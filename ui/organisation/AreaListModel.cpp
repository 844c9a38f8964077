#include "ui/organisation/AreaListModel.h"

namespace sd {

AreaListModel::AreaListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void AreaListModel::setAreas(const QList<CommunityArea> &areas) {
    beginResetModel();
    m_areas = areas;
    endResetModel();
}

int AreaListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_areas.size());
}

QVariant AreaListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CommunityArea &area = m_areas.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return area.name;
    case Qt::ToolTipRole:
        return area.description.isEmpty() ? QVariant() : QVariant(area.description);
    case AreaIdRole:
        return area.id;
    }
    return {};
}

} // namespace sd
