#pragma once

#include "core/responsibility/Asset.h"
#include "ui/widgets/PagedTableModel.h"

namespace sd {

class ResponsibilityService;

// The asset register, read page by page as the view scrolls; filters and counts run in
// SQL, so a station with thousands of items never loads them whole.
class AssetTableModel : public PagedTableModel<AssetRow> {
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

    void setFilter(const AssetFilter &filter); // offset and limit are the model's own
    const AssetFilter &filter() const { return m_filter; }
    const AssetRow &rowAt(int row) const { return rows().at(row); }

protected:
    Result<qint64> countRows() const override;
    Result<QList<AssetRow>> readRows(const PageQuery<AssetRow> &query) const override;
    qint64 rowKey(const AssetRow &row) const override { return row.asset.id; }
    QVariant rowData(const AssetRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    const ResponsibilityService &m_service;
    AssetFilter m_filter;
};

} // namespace sd
