#include "ui/frontdesk/AlertTableModel.h"

#include "core/frontdesk/AlertService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

AlertTableModel::AlertTableModel(const AlertService &service, const QTimeZone &zone,
                                 QObject *parent)
    : PagedTableModel(Paging::Keyset, kDefaultPageSize, service.changes(),
                      {u"alert"_s, u"alert_import"_s, u"onscene"_s}, ColumnCount, parent)
    , m_service(service)
    , m_zone(zone) {}

void AlertTableModel::setFilter(const AlertFilter &filter) {
    m_filter = filter;
    reload();
}

Result<qint64> AlertTableModel::countRows() const {
    m_capped = false;
    const bool search = !m_filter.text.trimmed().isEmpty();
    auto total = search ? m_service.count(m_filter, m_countCap + 1) : m_service.count(m_filter);
    SD_RETURN_IF_ERROR(total);
    m_capped = search && total.value() > m_countCap;
    return m_capped ? m_countCap : total.value();
}

Result<QList<Alert>> AlertTableModel::readRows(const PageQuery<Alert> &query) const {
    AlertPageRequest request;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = query.limit;
    if (query.last) {
        request.afterReceivedAt = query.last->receivedAt;
        request.afterNumber = query.last->number;
        request.afterId = query.last->id;
    }
    return m_service.page(m_filter, request);
}

int AlertTableModel::sortColumn() const {
    return m_sort == AlertSort::Number ? NumberColumn : ReceivedColumn;
}

void AlertTableModel::sort(int column, Qt::SortOrder order) {
    AlertSort sort = m_sort;
    if (column == NumberColumn) {
        sort = AlertSort::Number;
    } else if (column == ReceivedColumn) {
        sort = AlertSort::ReceivedAt;
    } else {
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending) {
        return;
    }
    m_sort = sort;
    m_descending = descending;
    reload();
}

QVariant AlertTableModel::rowData(const Alert &alert, int column, int role) const {
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NumberColumn:
            return alert.number;
        case ReceivedColumn:
            return QDateTime::fromMSecsSinceEpoch(alert.receivedAt, m_zone)
                .toString(u"yyyy-MM-dd HH:mm"_s);
        case CategoryColumn:
            return displayName(alert.category);
        case StatusColumn:
            return displayName(alert.status);
        case AreaColumn:
            return alert.areaName;
        case LocationColumn:
            return alert.location;
        case CallerColumn:
            return alert.callerName;
        case PhoneColumn:
            return alert.callerPhone;
        case SummaryColumn:
            // One line per row: the view has fixed row heights.
            return QString(alert.summary).replace(u'\n', u' ');
        case OfficersColumn:
            return alert.officerNames.join(tr(", "));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == SummaryColumn) {
        return alert.summary;
    }
    if (role == Qt::ForegroundRole && column == StatusColumn &&
        (alert.status == AlertStatus::Open || alert.status == AlertStatus::OnScene)) {
        // Alerts still being handled stand out from the finished ones.
        return QBrush(QColor(0xb2, 0x4a, 0x00));
    }
    return {};
}

QString AlertTableModel::columnTitle(int column) const {
    switch (column) {
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Status");
    case AreaColumn:
        return tr("Area");
    case LocationColumn:
        return tr("Location");
    case CallerColumn:
        return tr("Caller");
    case PhoneColumn:
        return tr("Phone");
    case SummaryColumn:
        return tr("Summary");
    case OfficersColumn:
        return tr("Officers");
    default:
        return {};
    }
}

} // namespace sd
