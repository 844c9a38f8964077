#pragma once

#include "core/responsibility/Task.h"

#include <QAbstractTableModel>

namespace sd {

class ResponsibilityService;

// The task register, read page by page as the view scrolls; filters and counts run in
// SQL. Overdue due dates and orphaned owners show in red.
class TaskTableModel : public QAbstractTableModel {
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
    void setPageSize(int rows) { m_filter.limit = qMax(1, rows); }
    void reload();
    int totalCount() const { return m_total; }
    const TaskRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(int count);
    void loadFailed(const QString &message);

private:
    const ResponsibilityService &m_service;
    TaskFilter m_filter;
    QList<TaskRow> m_rows;
    int m_total = 0;
    bool m_notifying = false;
};

} // namespace sd
