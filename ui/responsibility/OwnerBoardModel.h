#pragma once

#include "core/responsibility/Owner.h"
#include "ui/widgets/TitledColumns.h"

namespace sd {

// The accountability board: one row per owner with their counts, orphaned owners first.
// One row per owner (not per item), aggregated in SQL, so it stays small.
class OwnerBoardModel : public TitledColumns<QAbstractTableModel> {
    Q_OBJECT

public:
    enum Column {
        OwnerColumn,
        AccountableColumn,
        AssetsColumn,
        TasksColumn,
        OverdueTasksColumn,
        OverdueChecksColumn,
        ColumnCount
    };
    enum Role { OrphanedRole = Qt::UserRole + 1 };

    explicit OwnerBoardModel(QObject *parent = nullptr);

    void setLoads(const QList<OwnerLoad> &loads);
    const OwnerLoad &loadAt(int row) const { return m_loads.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    QList<OwnerLoad> m_loads;
};

} // namespace sd
