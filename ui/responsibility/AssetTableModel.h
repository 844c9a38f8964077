#pragma once

#include "core/responsibility/Asset.h"
#include "ui/widgets/FilteredTableModel.h"

namespace sd {

class ResponsibilityService;

// The asset register, read page by page as the view scrolls; filters and counts run in
// SQL, so a station with thousands of items never loads them whole.
class AssetTableModel : public FilteredTableModel<AssetRow, AssetFilter> {
    Q_OBJECT

public:
    enum Column {
        TagColumn,
        NameColumn,
        KindColumn,
        LocationColumn,
        StatusColumn,
        OwnerColumn,
        NextCheckColumn,
        ColumnCount
    };
    enum Role { AssetIdRole = Qt::UserRole + 1, OrphanedRole, OverdueRole };

    explicit AssetTableModel(const ResponsibilityService &service, QObject *parent = nullptr);

protected:
    QVariant rowData(const AssetRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace sd
