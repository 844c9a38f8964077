#include "ui/responsibility/TaskTableModel.h"

#include "core/responsibility/ResponsibilityService.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QColor kWarning(176, 0, 32);

qint64 taskKey(const TaskRow &row) {
    return row.task.id;
}
} // namespace

TaskTableModel::TaskTableModel(const ResponsibilityService &service, QObject *parent)
    : FilteredTableModel({std::bind_front(&ResponsibilityService::countTasks, &service),
                          std::bind_front(&ResponsibilityService::tasks, &service), &taskKey},
                         100, service.changes(), {u"task"_s, u"owner"_s, u"person"_s, u"unit"_s},
                         ColumnCount, parent) {}

QVariant TaskTableModel::rowData(const TaskRow &row, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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
        if ((column == OwnerColumn && row.owner.orphaned) || (column == DueColumn && row.overdue)) {
            return QBrush(kWarning);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == DoneColumn) {
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

QString TaskTableModel::columnTitle(int column) const {
    switch (column) {
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

} // namespace sd
