#include "ui/statistics/ChangeTableModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd {

ChangeTableModel::ChangeTableModel(QString nameTitle, QObject *parent)
    : TitledColumns(ColumnCount, parent)
    , m_nameTitle(std::move(nameTitle)) {}

void ChangeTableModel::setLines(const QList<DashboardLine> &lines, int year) {
    setLines(lines, QString::number(year), QString::number(year - 1));
}

void ChangeTableModel::setLines(const QList<DashboardLine> &lines, QString countTitle,
                                QString previousTitle) {
    beginResetModel();
    m_lines = lines;
    m_countTitle = std::move(countTitle);
    m_previousTitle = std::move(previousTitle);
    endResetModel();
}

const DashboardLine *ChangeTableModel::line(int row) const {
    return row >= 0 && row < m_lines.size() ? &m_lines[row] : nullptr;
}

int ChangeTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

QString ChangeTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return m_nameTitle;
    case CountColumn:
        return m_countTitle;
    case PreviousColumn:
        return m_previousTitle;
    case ChangeColumn:
        return tr("Change");
    case PercentColumn:
        return tr("%");
    case ZColumn:
        return tr("z");
    case FlagColumn:
        return tr("Significance");
    case WantedColumn:
        return tr("As wanted");
    default:
        return {};
    }
}

QString ChangeTableModel::percentText(const CountChange &change) {
    return change.percent ? QLocale().toString(*change.percent, 'f', 1) + u'%' : QString();
}

QString ChangeTableModel::flagText(ChangeFlag flag) {
    switch (flag) {
    case ChangeFlag::Rise:
        return u"▲ "_s + displayName(flag);
    case ChangeFlag::Fall:
        return u"▼ "_s + displayName(flag);
    case ChangeFlag::Noise:
        break;
    }
    return u"≈ "_s + displayName(flag);
}

QVariant ChangeTableModel::data(const QModelIndex &index, int role) const {
    const DashboardLine *shown = line(index.row());
    if (!shown || index.column() < 0 || index.column() >= ColumnCount) {
        return {};
    }
    const CountChange &change = shown->change;
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() >= CountColumn && index.column() <= ZColumn;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() != WantedColumn) {
        return tr("%1: Enter or double-click lists these alerts").arg(shown->label);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return shown->label;
    case CountColumn:
        return QString::number(change.current);
    case PreviousColumn:
        return QString::number(change.previous);
    case ChangeColumn:
        return change.change > 0 ? u"+%1"_s.arg(change.change) : QString::number(change.change);
    case PercentColumn:
        return percentText(change);
    case ZColumn:
        return QLocale().toString(change.z, 'f', 2);
    case FlagColumn:
        return flagText(change.flag);
    case WantedColumn:
        return shown->wanted ? (*shown->wanted ? tr("✓ yes") : tr("✗ no")) : QString();
    default:
        return {};
    }
}

} // namespace sd
