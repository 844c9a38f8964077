#pragma once

#include "core/responsibility/Task.h"
#include "ui/widgets/PagedTableModel.h"

namespace sd {

class ResponsibilityService;

// The task register, read page by page as the view scrolls; filters and counts run in
// SQL. Overdue due dates and orphaned owners show in red.
class TaskTableModel : public PagedTableModel<TaskRow> {
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

    void setFilter(const TaskFilter &filter); // offset and limit are the model's own
    const TaskFilter &filter() const { return m_filter; }
    const TaskRow &rowAt(int row) const { return rows().at(row); }

protected:
    Result<qint64> countRows() const override;
    Result<QList<TaskRow>> readRows(const PageQuery<TaskRow> &query) const override;
    qint64 rowKey(const TaskRow &row) const override { return row.task.id; }
    QVariant rowData(const TaskRow &row, int column, int role) const override;
    QString columnTitle(int column) const override;

private:
    const ResponsibilityService &m_service;
    TaskFilter m_filter;
};

} // namespace sd
