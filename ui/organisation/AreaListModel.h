#pragma once

#include "core/organisation/Unit.h"

#include <QAbstractListModel>

namespace sd {

// The community areas one community police office serves.
class AreaListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { AreaIdRole = Qt::UserRole + 1 };

    explicit AreaListModel(QObject *parent = nullptr);

    void setAreas(const QList<CommunityArea> &areas);
    const CommunityArea &areaAt(int row) const { return m_areas.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<CommunityArea> m_areas;
};

} // namespace sd
