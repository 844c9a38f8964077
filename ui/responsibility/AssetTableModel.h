#pragma once

#include "core/responsibility/Asset.h"

#include <QAbstractTableModel>

namespace sd {

class ResponsibilityService;

// The asset register, read page by page as the view scrolls; filters and counts run in
// SQL, so a station with thousands of items never loads them whole.
class AssetTableModel : public QAbstractTableModel {
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
    void setPageSize(int rows) { m_filter.limit = qMax(1, rows); }
    void reload();
    int totalCount() const { return m_total; }
    const AssetRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);
    void loadFailed(const QString &message);

private:
    const ResponsibilityService &m_service;
    AssetFilter m_filter;
    QList<AssetRow> m_rows;
    int m_total = 0;
    bool m_notifying = false;
};

} // namespace sd
