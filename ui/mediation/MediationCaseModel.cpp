#include "ui/mediation/MediationCaseModel.h"

#include "core/mediation/MediationService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

MediationCaseModel::MediationCaseModel(const MediationService &service, QTimeZone zone,
                                       QObject *parent)
    : PagedTableModel(Paging::Keyset, kDefaultPageSize, service.changes(),
                      {u"mediation"_s, u"person"_s}, ColumnCount, parent)
    , m_service(service)
    , m_zone(std::move(zone)) {}

void MediationCaseModel::setFilter(const MediationFilter &filter, MediationSort sort,
                                   bool descending) {
    m_filter = filter;
    m_history.reset();
    m_request.sort = sort;
    m_request.descending = descending;
    reload();
}

void MediationCaseModel::setHistory(const MediationHistoryQuery &query) {
    m_history = query;
    m_request.sort = MediationSort::OpenedAt;
    m_request.descending = true;
    reload();
}

Result<qint64> MediationCaseModel::countRows() const {
    return m_history ? m_service.historyCount(*m_history) : m_service.count(m_filter);
}

Result<QList<MediationSummary>>
MediationCaseModel::readRows(const PageQuery<MediationSummary> &query) const {
    MediationPageRequest request = m_request;
    request.limit = query.limit;
    if (query.last) {
        request.after = *query.last;
    }
    return m_history ? m_service.historyPage(*m_history, request)
                     : m_service.page(m_filter, request);
}

int MediationCaseModel::sortColumn() const {
    switch (m_request.sort) {
    case MediationSort::Number:
        return NumberColumn;
    case MediationSort::NextFollowUp:
        return NextFollowUpColumn;
    case MediationSort::OpenedAt:
        break;
    }
    return OpenedColumn;
}

void MediationCaseModel::sort(int column, Qt::SortOrder order) {
    MediationSort sort = m_request.sort;
    if (column == NumberColumn) {
        sort = MediationSort::Number;
    } else if (column == OpenedColumn || column == DeadlineColumn) {
        sort = MediationSort::OpenedAt;
    } else if (column == NextFollowUpColumn) {
        sort = MediationSort::NextFollowUp;
    } else {
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_request.sort && descending == m_request.descending) {
        return;
    }
    m_request.sort = sort;
    m_request.descending = descending;
    reload();
}

const MediationSummary *MediationCaseModel::summaryAt(int row) const {
    return row >= 0 && row < rows().size() ? &rows().at(row) : nullptr;
}

QVariant MediationCaseModel::rowData(const MediationSummary &summary, int column, int role) const {
    if (role == IdRole) {
        return summary.id;
    }
    if (role == Qt::ForegroundRole) {
        // Overdue cases and high risk stand out in any list they appear in.
        if (summary.overdue && column == DeadlineColumn) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        if (summary.risk == RiskGrade::High && column == RiskColumn) {
            return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == DeadlineColumn && summary.overdue) {
        return tr("Overdue: still open after the deadline");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
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
        //: Between names in a list; Chinese uses the enumeration comma 、
        return summary.partyNames.join(tr(", "));
    case MediatorsColumn:
        return summary.mediatorNames.join(tr(", "));
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

QString MediationCaseModel::columnTitle(int column) const {
    switch (column) {
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
