#include "ui/frontdesk/AlertTableModel.h"

#include "core/frontdesk/AlertService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

AlertTableModel::AlertTableModel(const AlertService &service, const QTimeZone &zone,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_zone(zone) {}

void AlertTableModel::setFilter(const AlertFilter &filter) {
    m_filter = filter;
    reload();
}

void AlertTableModel::reportFailure(const QString &message) const {
    // Queued so a view in the middle of painting is not re-entered by a message box.
    auto *self = const_cast<AlertTableModel *>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->loadFailed(message); }, Qt::QueuedConnection);
}

QList<Alert> AlertTableModel::readPage() const {
    AlertPageRequest request;
    request.sort = m_sort;
    request.descending = m_descending;
    request.limit = m_pageSize;
    if (!m_rows.isEmpty()) {
        const Alert &last = m_rows.constLast();
        request.afterReceivedAt = last.receivedAt;
        request.afterNumber = last.number;
        request.afterId = last.id;
    }
    auto rows = m_service.page(m_filter, request);
    if (!rows) {
        reportFailure(rows.error().message);
        return {};
    }
    return std::move(rows).value();
}

void AlertTableModel::reload() {
    // A view asks for more while it handles the reset, before it has laid out the first
    // page, and would load pages nobody looks at; it asks again after layout.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_capped = false;
    m_exhausted = true;
    const bool search = !m_filter.text.trimmed().isEmpty();
    auto total = search ? m_service.count(m_filter, m_countCap + 1) : m_service.count(m_filter);
    if (total) {
        m_capped = search && total.value() > m_countCap;
        m_total = m_capped ? m_countCap : total.value();
        m_rows = readPage();
        m_exhausted = m_rows.size() < m_pageSize;
    } else {
        reportFailure(total.error().message);
    }
    endResetModel();
    m_fetching = false;
    Q_EMIT totalCountChanged(m_total);
}

int AlertTableModel::rowOfAlert(qint64 id) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int AlertTableModel::sortColumn() const {
    return m_sort == AlertSort::Number ? NumberColumn : ReceivedColumn;
}

bool AlertTableModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_exhausted;
}

void AlertTableModel::fetchMore(const QModelIndex &parent) {
    // A view may ask again while the rows of its first request are being inserted.
    if (parent.isValid() || m_exhausted || m_fetching) {
        return;
    }
    m_fetching = true;
    const QList<Alert> page = readPage();
    if (page.size() < m_pageSize) {
        m_exhausted = true;
    }
    if (!page.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
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

int AlertTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Alert &alert = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
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
    if (role == Qt::ToolTipRole && index.column() == SummaryColumn) {
        return alert.summary;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
        (alert.status == AlertStatus::Open || alert.status == AlertStatus::OnScene)) {
        // Alerts still being handled stand out from the finished ones.
        return QBrush(QColor(0xb2, 0x4a, 0x00));
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
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
