#pragma once

#include "core/responsibility/Task.h"
#include "ui/widgets/FilteredTableModel.h"

namespace sd {

class ResponsibilityService;

// The task register, read page by page as the view scrolls; filters and counts run in
// SQL. Overdue due dates and orphaned owners show in red.
class TaskTableModel : public FilteredTableModel<TaskRow, TaskFilter> {
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        SectionColumn,
        RecurrenceColumn,
        DueColumn,
        OwnerColumn,
        DoneColumn,
        ColumnCount
    };
    enum Role { TaskIdRole = Qt::UserRole + 1, OrphanedRole, OverdueRole };

    explicit TaskTableModel(const ResponsibilityService &service, QObject *parent = nullptr);

protected:
    QVariant rowData(const TaskRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace sd
