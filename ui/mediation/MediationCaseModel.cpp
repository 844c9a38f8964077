#include "ui/mediation/MediationCaseModel.h"

#include "core/mediation/MediationService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

MediationCaseModel::MediationCaseModel(const MediationService &service, QTimeZone zone,
                                       QObject *parent)
    : QAbstractTableModel(parent)
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

void MediationCaseModel::reportFailure(const QString &message) const {
    // Queued so a view in the middle of painting is not re-entered by a message box.
    auto *self = const_cast<MediationCaseModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->loadFailed(message); }, Qt::QueuedConnection);
}

QList<MediationSummary> MediationCaseModel::readPage() const {
    MediationPageRequest request = m_request;
    request.limit = m_pageSize;
    if (!m_cases.isEmpty()) {
        request.after = m_cases.constLast();
    }
    auto rows =
        m_history ? m_service.historyPage(*m_history, request) : m_service.page(m_filter, request);
    if (!rows) {
        reportFailure(rows.error().message);
        return {};
    }
    return std::move(rows).value();
}

void MediationCaseModel::reload() {
    // A view asks for more while it handles the reset, before it has laid out the first
    // page, and would load pages nobody looks at; it asks again after layout.
    m_fetching = true;
    beginResetModel();
    m_cases.clear();
    m_total = 0;
    m_exhausted = true;
    auto total = m_history ? m_service.historyCount(*m_history) : m_service.count(m_filter);
    if (total) {
        m_total = total.value();
        m_cases = readPage();
        m_exhausted = m_cases.size() < m_pageSize;
    } else {
        reportFailure(total.error().message);
    }
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged(m_total);
}

bool MediationCaseModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_exhausted;
}

void MediationCaseModel::fetchMore(const QModelIndex &parent) {
    // A view may ask again while the rows of its first request are being inserted.
    if (parent.isValid() || m_exhausted || m_fetching) {
        return;
    }
    m_fetching = true;
    const QList<MediationSummary> page = readPage();
    if (page.size() < m_pageSize) {
        m_exhausted = true;
    }
    if (!page.isEmpty()) {
        const int first = int(m_cases.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_cases += page;
        endInsertRows();
    }
    m_fetching = false;
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
