#include "core/responsibility/TaskRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"
#include "core/kernel/storage/VersionedTable.h"
#include "core/responsibility/OwnerSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::TaskRepository)
};

QString selectColumns() {
    return u"t.id, t.title, t.description, t.rule_section, t.recurrence, t.starts_on, t.due_on, "
           u"t.is_open, t.row_version, t.updated_at, t.updated_by, "
           u"(SELECT COUNT(*) FROM task_completion c WHERE c.task_id = t.id), "_s +
           ownersql::columns(u"t"_s);
}
constexpr int kOwnerColumn = 12;

QString fromClause() {
    return u" FROM task t"_s + ownersql::joins(u"t"_s);
}

TaskRow rowFrom(const QSqlQuery &query, const QDate &today) {
    TaskRow row;
    Task &t = row.task;
    readColumns(query, 0, t.id, t.title, t.description, t.ruleSection, t.recurrence, t.startsOn,
                t.dueOn, t.open, t.rowVersion, t.updatedAt, t.updatedBy, row.completions);
    row.owner = ownersql::infoFrom(query, kOwnerColumn);
    t.owner = row.owner.ref;
    row.overdue = t.open && t.dueOn.isValid() && t.dueOn < today;
    return row;
}

SqlWhere whereClause(const TaskFilter &filter, qint64 stationId, const QDate &today) {
    SqlWhere where(u"t.station_id = ?"_s, stationId);
    if (!filter.includeClosed) {
        where.add(u"t.is_open = 1"_s);
    }
    where.containsText(filter.text, {u"t.title"_s, u"t.description"_s, u"t.rule_section"_s})
        .whenSet(filter.ruleSection, u"t.rule_section = ?"_s);
    if (filter.overdueOnly) {
        where.add(u"t.is_open = 1 AND t.due_on < ?"_s, {today.toString(Qt::ISODate)});
    }
    ownersql::addOwnerFilters(where, u"t"_s, filter);
    return where;
}
const VersionedTable kTaskTable(u"task"_s,
                                {u"title"_s, u"description"_s, u"rule_section"_s, u"recurrence"_s,
                                 u"starts_on"_s, u"due_on"_s, u"is_open"_s, u"owner_person_id"_s,
                                 u"owner_unit_id"_s});

QVariantList writtenValues(const Task &task) {
    return {task.title,
            task.description,
            task.ruleSection,
            toKey(task.recurrence),
            task.startsOn.toString(Qt::ISODate),
            task.dueOn.toString(Qt::ISODate),
            task.open ? 1 : 0,
            ownersql::personColumn(task.owner),
            ownersql::unitColumn(task.owner)};
}

} // namespace

Result<TaskRow> TaskRepository::find(qint64 id) const {
    return rowSql(m_database.connection(),
                  u"SELECT "_s + selectColumns() + fromClause() +
                      u" WHERE t.id = ? AND t.station_id = ?"_s,
                  {id, m_database.stationId()}, Tr::tr("No task with id %1").arg(id),
                  [this](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<QList<TaskRow>> TaskRepository::list(const TaskFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId(), m_today);
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + selectColumns() + fromClause() + where.sql() +
                       u" ORDER BY t.is_open DESC, t.due_on, t.id LIMIT ? OFFSET ?"_s,
                   where.valuesAnd({filter.limit, filter.offset}),
                   [this](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<int> TaskRepository::count(const TaskFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId(), m_today);
    return countSql(m_database.connection(), u"SELECT COUNT(*)"_s + fromClause() + where.sql(),
                    where.values());
}

Result<QList<TaskCompletion>> TaskRepository::completions(qint64 taskId) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT id, task_id, due_on, completed_at, completed_by, note "
                        u"FROM task_completion WHERE task_id = ? AND station_id = ? "
                        u"ORDER BY completed_at DESC, id DESC"_s,
                        {taskId, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QList<TaskCompletion> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        result << TaskCompletion{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                 dateFrom(q.value(2)),    q.value(3).toLongLong(),
                                 q.value(4).toString(),   q.value(5).toString()};
    }
    return result;
}

Result<QStringList> TaskRepository::ruleSections() const {
    auto query = runSql(m_database.connection(),
                        u"SELECT DISTINCT rule_section FROM task WHERE station_id = ? AND "
                        u"rule_section <> '' ORDER BY "_s +
                            m_database.dialect().textOrder(u"rule_section"_s),
                        {m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QStringList result;
    while (query.value().next()) {
        result << query.value().value(0).toString();
    }
    return result;
}

Result<TaskRow> TaskRepository::insert(const Task &task, qint64 nowMs, const QString &actor) const {
    auto id = kTaskTable.insert(m_database, writtenValues(task), nowMs, actor);
    SD_RETURN_IF_ERROR(id);
    return find(id.value());
}

Result<TaskRow> TaskRepository::update(const Task &task, qint64 nowMs, const QString &actor) const {
    auto matched =
        kTaskTable.update(m_database, task.id, task.rowVersion, writtenValues(task), nowMs, actor);
    SD_RETURN_IF_ERROR(matched);
    return storedOrConflict(matched.value(), find(task.id), [](const TaskRow &current) {
        return conflictError(Tr::tr("Task %1").arg(current.task.title), current.task.updatedBy,
                             current.task.updatedAt);
    });
}

Status TaskRepository::addCompletion(const TaskCompletion &completion) const {
    auto query =
        runSql(m_database.connection(),
               u"INSERT INTO task_completion (station_id, task_id, due_on, completed_at, "
               u"completed_by, note) VALUES (?, ?, ?, ?, ?, ?)"_s,
               {m_database.stationId(), completion.taskId, completion.dueOn.toString(Qt::ISODate),
                completion.completedAt, completion.completedBy, completion.note});
    SD_RETURN_IF_ERROR(query);
    return {};
}

} // namespace sd
