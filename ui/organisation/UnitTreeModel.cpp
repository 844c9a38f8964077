#include "ui/organisation/UnitTreeModel.h"

#include "core/organisation/Person.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

UnitTreeModel::UnitTreeModel(QObject *parent)
    : TitledColumns(ColumnCount, parent) {}

void UnitTreeModel::setUnits(const QList<UnitSummary> &units) {
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<qint64, int> byId;
    for (const UnitSummary &summary : units) {
        byId.insert(summary.unit.id, int(m_nodes.size()));
        m_nodes.append({summary, -1, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const auto &parentId = m_nodes.at(i).summary.unit.parentId;
        m_nodes[i].parent = parentId ? byId.value(*parentId, -1) : -1;
    }
    // The core refuses cycles, but a tree model that loops would hang every view, so a
    // unit caught in one is shown at the top level instead.
    for (int i = 0; i < m_nodes.size(); ++i) {
        int steps = 0;
        for (int up = m_nodes.at(i).parent; up >= 0; up = m_nodes.at(up).parent) {
            if (++steps > m_nodes.size()) {
                m_nodes[i].parent = -1;
                break;
            }
        }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int parentNode = m_nodes.at(i).parent;
        (parentNode >= 0 ? m_nodes[parentNode].children : m_roots).append(i);
    }
    endResetModel();
}

QList<UnitSummary> UnitTreeModel::units() const {
    QList<UnitSummary> result;
    for (const Node &node : m_nodes) {
        result << node.summary;
    }
    return result;
}

QModelIndex UnitTreeModel::indexOfUnit(qint64 id) const {
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).summary.unit.id == id) {
            return createIndex(rowInParent(i), 0, quintptr(i));
        }
    }
    return {};
}

const UnitSummary *UnitTreeModel::summaryAt(const QModelIndex &index) const {
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    return &m_nodes.at(int(index.internalId())).summary;
}

const QList<int> &UnitTreeModel::childrenOf(int node) const {
    return node < 0 ? m_roots : m_nodes.at(node).children;
}

int UnitTreeModel::rowInParent(int node) const {
    return int(childrenOf(m_nodes.at(node).parent).indexOf(node));
}

QModelIndex UnitTreeModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    const int parentNode = parent.isValid() ? int(parent.internalId()) : -1;
    return createIndex(row, column, quintptr(childrenOf(parentNode).at(row)));
}

QModelIndex UnitTreeModel::parent(const QModelIndex &child) const {
    if (!child.isValid()) {
        return {};
    }
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    if (parentNode < 0) {
        return {};
    }
    return createIndex(rowInParent(parentNode), 0, quintptr(parentNode));
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const UnitSummary &summary = m_nodes.at(int(index.internalId())).summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return summary.unit.name;
        case KindColumn:
            return displayName(summary.unit.kind);
        case LeaderColumn:
            if (!summary.unit.leaderId) {
                return tr("(no leader)");
            }
            return personLabel(summary.leaderName, summary.leaderBadge);
        case MembersColumn:
            return summary.memberCount;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case UnitIdRole:
        return summary.unit.id;
    case KindRole:
        return toKey(summary.unit.kind);
    }
    return {};
}

QString UnitTreeModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case LeaderColumn:
        return tr("Leader");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

} // namespace sd
