#include "ui/responsibility/AssetTableModel.h"

#include "core/responsibility/ResponsibilityService.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QColor kWarning(176, 0, 32);

qint64 assetKey(const AssetRow &row) {
    return row.asset.id;
}
} // namespace

AssetTableModel::AssetTableModel(const ResponsibilityService &service, QObject *parent)
    : FilteredTableModel({std::bind_front(&ResponsibilityService::countAssets, &service),
                          std::bind_front(&ResponsibilityService::assets, &service), &assetKey},
                         100, service.changes(),
                         {u"asset"_s, u"asset_import"_s, u"owner"_s, u"person"_s, u"unit"_s},
                         ColumnCount, parent) {}

QVariant AssetTableModel::rowData(const AssetRow &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TagColumn:
            return row.asset.tag;
        case NameColumn:
            return row.asset.name;
        case KindColumn:
            return displayName(row.asset.kind);
        case LocationColumn:
            return row.locationName;
        case StatusColumn:
            return displayName(row.asset.status);
        case OwnerColumn:
            return row.owner.display();
        case NextCheckColumn:
            return row.asset.nextCheckOn.isValid() ? row.asset.nextCheckOn.toString(u"yyyy-MM-dd"_s)
                                                   : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == OwnerColumn && row.owner.orphaned) ||
            (column == NextCheckColumn && row.checkOverdue)) {
            return QBrush(kWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == OwnerColumn && row.owner.orphaned) {
            return tr("Orphaned: nobody answers for this item");
        }
        if (column == NextCheckColumn && row.checkOverdue) {
            return tr("The check is overdue");
        }
        return {};
    case AssetIdRole:
        return row.asset.id;
    case OrphanedRole:
        return row.owner.orphaned;
    case OverdueRole:
        return row.checkOverdue;
    }
    return {};
}

QString AssetTableModel::columnTitle(int column) const {
    switch (column) {
    case TagColumn:
        return tr("Tag");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case NextCheckColumn:
        return tr("Next check");
    }
    return {};
}

} // namespace sd
