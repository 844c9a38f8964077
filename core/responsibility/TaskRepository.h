#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/Task.h"

#include <QDate>

namespace sd {

// SQL for tasks and their completion log. today (the station's calendar date) decides
// which tasks are overdue. Callers (services) own the transaction.
class TaskRepository {
public:
    TaskRepository(const Database &database, const QDate &today)
        : m_database(database)
        , m_today(today) {}

    Result<TaskRow> find(qint64 id) const;
    Result<QList<TaskRow>> list(const TaskFilter &filter) const;
    Result<int> count(const TaskFilter &filter) const;
    Result<QList<TaskCompletion>> completions(qint64 taskId) const;
    Result<QStringList> ruleSections() const;

    Result<TaskRow> insert(const Task &task, qint64 nowMs, const QString &actor) const;
    // Conflict when task.rowVersion is no longer current.
    Result<TaskRow> update(const Task &task, qint64 nowMs, const QString &actor) const;
    Status addCompletion(const TaskCompletion &completion) const;

private:
    const Database &m_database;
    QDate m_today;
};

} // namespace sd
