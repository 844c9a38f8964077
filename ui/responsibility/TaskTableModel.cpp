#include "ui/responsibility/TaskTableModel.h"

#include "core/responsibility/ResponsibilityService.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QColor kWarning(176, 0, 32);
} // namespace

TaskTableModel::TaskTableModel(const ResponsibilityService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service) {
    m_filter.limit = 100;
}

void TaskTableModel::setFilter(const TaskFilter &filter) {
    const int limit = m_filter.limit;
    m_filter = filter;
    m_filter.limit = limit;
    reload();
}

void TaskTableModel::reload() {
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    TaskFilter first = m_filter;
    first.offset = 0;
    auto count = m_service.countTasks(first);
    auto page = count ? m_service.tasks(first) : Result<QList<TaskRow>>(count.error());
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

int TaskTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TaskRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.task.title;
        case SectionColumn:
            return row.task.ruleSection;
        case RecurrenceColumn:
            return displayName(row.task.recurrence);
        case DueColumn:
            if (!row.task.open) {
                return tr("Done");
            }
            return row.overdue ? tr("%1 (overdue)").arg(row.task.dueOn.toString(u"yyyy-MM-dd"_s))
                               : row.task.dueOn.toString(u"yyyy-MM-dd"_s);
        case OwnerColumn:
            return row.owner.display();
        case DoneColumn:
            return row.completions;
        }
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == OwnerColumn && row.owner.orphaned) ||
            (index.column() == DueColumn && row.overdue)) {
            return QBrush(kWarning);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DoneColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case TaskIdRole:
        return row.task.id;
    case OrphanedRole:
        return row.owner.orphaned;
    case OverdueRole:
        return row.overdue;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case SectionColumn:
        return tr("Rule section");
    case RecurrenceColumn:
        return tr("Repeats");
    case DueColumn:
        return tr("Next due");
    case OwnerColumn:
        return tr("Owner");
    case DoneColumn:
        return tr("Times done");
    }
    return {};
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const {
    return !m_notifying && !parent.isValid() && m_rows.size() < m_total;
}

void TaskTableModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid() || !canFetchMore(parent)) {
        return;
    }
    TaskFilter next = m_filter;
    next.offset = int(m_rows.size());
    auto page = m_service.tasks(next);
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
