#pragma once

#include "core/organisation/Unit.h"
#include "ui/widgets/TitledColumns.h"

namespace sd {

// The station's units as a tree: each unit under its parent unit, with its kind,
// leader and member count. Small (tens of units), so it is read whole.
class UnitTreeModel : public TitledColumns<QAbstractItemModel> {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, LeaderColumn, MembersColumn, ColumnCount };
    enum Role { UnitIdRole = Qt::UserRole + 1, KindRole };

    explicit UnitTreeModel(QObject *parent = nullptr);

    void setUnits(const QList<UnitSummary> &units);
    QModelIndex indexOfUnit(qint64 id) const;
    // Nothing when the index is not a unit of this model.
    const UnitSummary *summaryAt(const QModelIndex &index) const;
    QList<UnitSummary> units() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnTitle(int column) const override;

private:
    struct Node {
        UnitSummary summary;
        int parent = -1;
        QList<int> children;
    };

    const QList<int> &childrenOf(int node) const;
    int rowInParent(int node) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace sd
