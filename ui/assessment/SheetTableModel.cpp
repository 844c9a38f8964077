#include "ui/assessment/SheetTableModel.h"

namespace sd {

SheetTableModel::SheetTableModel(QObject *parent)
    : TitledColumns(ColumnCount, parent) {}

void SheetTableModel::setSheets(QList<ScoreSheet> sheets) {
    beginResetModel();
    m_sheets = std::move(sheets);
    endResetModel();
}

const ScoreSheet *SheetTableModel::sheetAt(int row) const {
    return row >= 0 && row < m_sheets.size() ? &m_sheets.at(row) : nullptr;
}

int SheetTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_sheets.size());
}

QVariant SheetTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_sheets.size()) {
        return {};
    }
    const ScoreSheet &sheet = m_sheets.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == ScoreColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == SchemeColumn) {
        return sheet.schemeCode;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case SchemeColumn:
        return sheet.schemeName;
    case PeriodColumn:
        return sheet.period;
    case SubjectColumn:
        return sheet.subjectName;
    case ScoreColumn:
        return sheet.total;
    case GradeColumn:
        return displayName(sheet.grade);
    case StatusColumn:
        return displayName(sheet.status);
    case DraftedByColumn:
        return sheet.draftedBy;
    default:
        return {};
    }
}

QString SheetTableModel::columnTitle(int column) const {
    switch (column) {
    case SchemeColumn:
        return tr("Scheme");
    case PeriodColumn:
        return tr("Period");
    case SubjectColumn:
        return tr("Subject");
    case ScoreColumn:
        return tr("Score");
    case GradeColumn:
        return tr("Grade");
    case StatusColumn:
        return tr("Status");
    case DraftedByColumn:
        return tr("Drafted by");
    default:
        return {};
    }
}

} // namespace sd
