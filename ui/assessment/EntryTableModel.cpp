#include "ui/assessment/EntryTableModel.h"

#include "ui/assessment/ItemNames.h"

using namespace Qt::StringLiterals;

namespace sd {

EntryTableModel::EntryTableModel(QObject *parent)
    : TitledColumns(ColumnCount, parent) {}

void EntryTableModel::setEntries(const AssessmentScheme &scheme, QList<ScoreEntry> entries) {
    beginResetModel();
    m_scheme = scheme;
    m_entries = std::move(entries);
    endResetModel();
}

int EntryTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant EntryTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const ScoreEntry &entry = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ItemColumn: {
        // The item's name; its code is there for whoever hovers over it.
        const AssessmentItem *item = m_scheme.item(entry.itemId);
        if (role == Qt::ToolTipRole) {
            return item ? u"%1 %2"_s.arg(item->code, item->description) : entry.itemCode;
        }
        return ItemNames::of(m_scheme, entry.itemId, entry.itemCode);
    }
    case PointsColumn:
        // A bonus shows its sign, so deductions and bonuses read apart at a glance.
        return entry.points > 0 ? u"+%1"_s.arg(entry.points) : QString::number(entry.points);
    case ReasonColumn:
        return entry.reason;
    case EvidenceColumn:
        return entry.evidence;
    case RecordColumn:
        return entry.recordKind ? u"%1 %2"_s.arg(displayName(*entry.recordKind), entry.recordNumber)
                                : QString();
    default:
        return {};
    }
}

QString EntryTableModel::columnTitle(int column) const {
    switch (column) {
    case ItemColumn:
        return tr("Item");
    case PointsColumn:
        return tr("Points");
    case ReasonColumn:
        return tr("Reason");
    case EvidenceColumn:
        return tr("Evidence");
    case RecordColumn:
        return tr("Linked record");
    default:
        return {};
    }
}

} // namespace sd
