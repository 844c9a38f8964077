#include "mediation/MediationCaseModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

MediationCaseModel::MediationCaseModel(QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(std::move(zone)) {}

void MediationCaseModel::setCases(const QList<MediationSummary> &cases) {
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

const MediationSummary *MediationCaseModel::summaryAt(int row) const {
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int MediationCaseModel::rowOf(qint64 caseId) const {
    for (int row = 0; row < m_cases.size(); ++row) {
        if (m_cases.at(row).id == caseId) {
            return row;
        }
    }
    return -1;
}

int MediationCaseModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_cases.size());
}

int MediationCaseModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MediationCaseModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MediationSummary &summary = m_cases.at(index.row());
    if (role == IdRole) {
        return summary.id;
    }
    if (role == Qt::ForegroundRole) {
        // Overdue cases and high risk stand out in any list they appear in.
        if (summary.overdue && index.column() == DeadlineColumn) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        if (summary.risk == RiskGrade::High && index.column() == RiskColumn) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == DeadlineColumn && summary.overdue) {
        return tr("Overdue: still open after the deadline");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return summary.number;
    case TypeColumn:
        return displayName(summary.disputeType);
    case RiskColumn:
        return summary.owningLeaderName.isEmpty()
                   ? displayName(summary.risk)
                   : tr("%1 (%2)").arg(displayName(summary.risk), summary.owningLeaderName);
    case StatusColumn:
        if (summary.status == MediationStatus::Open && summary.outcome) {
            return tr("%1 · %2").arg(displayName(summary.status), displayName(*summary.outcome));
        }
        return summary.outcome ? displayName(*summary.outcome) : displayName(summary.status);
    case PartiesColumn:
        return summary.partyNames.join(u", "_s);
    case MediatorsColumn:
        return summary.mediatorNames.join(u", "_s);
    case AreaColumn:
        return summary.areaName.isEmpty() ? summary.location
                                          : summary.areaName + u" · "_s + summary.location;
    case OpenedColumn:
        return QDateTime::fromMSecsSinceEpoch(summary.openedAt, m_zone).toString(u"yyyy-MM-dd"_s);
    case DeadlineColumn:
        if (summary.status != MediationStatus::Open) {
            return QString();
        }
        return summary.overdue ? tr("%1 (overdue)").arg(summary.deadline.toString(u"yyyy-MM-dd"_s))
                               : summary.deadline.toString(u"yyyy-MM-dd"_s);
    case NextFollowUpColumn:
        return summary.nextFollowUp ? summary.nextFollowUp->toString(u"yyyy-MM-dd"_s) : QString();
    default:
        return {};
    }
}

QVariant MediationCaseModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TypeColumn:
        return tr("Dispute");
    case RiskColumn:
        return tr("Risk");
    case StatusColumn:
        return tr("Status");
    case PartiesColumn:
        return tr("Parties");
    case MediatorsColumn:
        return tr("Mediators");
    case AreaColumn:
        return tr("Area · place");
    case OpenedColumn:
        return tr("Opened");
    case DeadlineColumn:
        return tr("Deadline");
    case NextFollowUpColumn:
        return tr("Next visit");
    default:
        return {};
    }
}

} // namespace sd
