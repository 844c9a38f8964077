#include "ui/responsibility/AssetTableModel.h"

#include "core/responsibility/ResponsibilityService.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QColor kWarning(176, 0, 32);
} // namespace

AssetTableModel::AssetTableModel(const ResponsibilityService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    m_filter.limit = 100;
}

void AssetTableModel::setFilter(const AssetFilter &filter) {
    const int limit = m_filter.limit;
    m_filter = filter;
    m_filter.limit = limit;
    reload();
}

void AssetTableModel::reload() {
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    AssetFilter first = m_filter;
    first.offset = 0;
    auto count = m_service.countAssets(first);
    auto page = count ? m_service.assets(first) : Result<QList<AssetRow>>(count.error());
    QString failure;
    if (count && page) {
        m_rows = page.value();
        // Never promise rows the next page cannot deliver if another desk deleted some.
        m_total = m_rows.size() < first.limit ? int(m_rows.size())
                                              : qMax(count.value(), int(m_rows.size()));
    } else {
        failure = count ? page.error().message : count.error().message;
    }
    endResetModel();
    m_notifying = false;
    Q_EMIT totalCountChanged(m_total);
    if (!failure.isEmpty()) {
        Q_EMIT loadFailed(failure);
    }
}

int AssetTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AssetRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TagColumn:
            return row.asset.tag;
        case NameColumn:
            return row.asset.name;
        case KindColumn:
            return displayName(row.asset.kind);
        case LocationColumn:
            return row.locationName;
        case StatusColumn:
            return displayName(row.asset.status);
        case OwnerColumn:
            return row.owner.display();
        case NextCheckColumn:
            return row.asset.nextCheckOn.isValid() ? row.asset.nextCheckOn.toString(u"yyyy-MM-dd"_s)
                                                   : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == OwnerColumn && row.owner.orphaned) ||
            (index.column() == NextCheckColumn && row.checkOverdue)) {
            return QBrush(kWarning);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OwnerColumn && row.owner.orphaned) {
            return tr("Orphaned: nobody answers for this item");
        }
        if (index.column() == NextCheckColumn && row.checkOverdue) {
            return tr("The check is overdue");
        }
        return {};
    case AssetIdRole:
        return row.asset.id;
    case OrphanedRole:
        return row.owner.orphaned;
    case OverdueRole:
        return row.checkOverdue;
    }
    return {};
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case LocationColumn:
        return tr("Location");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case NextCheckColumn:
        return tr("Next check");
    }
    return {};
}

bool AssetTableModel::canFetchMore(const QModelIndex &parent) const {
    return !m_notifying && !parent.isValid() && m_rows.size() < m_total;
}

void AssetTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || !canFetchMore(parent)) {
        return;
    }
    AssetFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto page = m_service.assets(next);
    if (!page || page->isEmpty()) {
        m_total = int(m_rows.size());
        Q_EMIT totalCountChanged(m_total);
        if (!page) {
            Q_EMIT loadFailed(page.error().message);
        }
        return;
    }
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
    m_notifying = false;
    m_total = qMax(m_total, int(m_rows.size()));
}

} // namespace sd
