// The task half of ResponsibilityService (assets are in ResponsibilityService.cpp).
#include "core/kernel/security/ChangedFields.h"
#include "core/kernel/storage/Transaction.h"
#include "core/responsibility/OwnershipRepository.h"
#include "core/responsibility/ResponsibilityService.h"
#include "core/responsibility/TaskRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMaxTitleLength = 100;
constexpr int kMaxDescriptionLength = 2000;
constexpr int kMaxSectionLength = 100;
constexpr int kMaxNoteLength = 500;

QString changedTaskFields(const Task &before, const Task &after) {
    return ChangedFields()
        .compare(before, after, auditField(&Task::title, u"title"),
                 auditField(&Task::description, u"description"),
                 auditField(&Task::ruleSection, u"rule_section"),
                 auditField(&Task::recurrence, u"recurrence"),
                 auditField(&Task::startsOn, u"starts_on"), auditField(&Task::dueOn, u"due_on"),
                 auditField(&Task::open, u"open"), auditField(&Task::owner, u"owner"))
        .details();
}

// One-offs keep starts_on equal to the due date; a recurring task's first occurrence is
// its start.
Task normalised(const Task &draft) {
    Task task = draft;
    task.title = task.title.trimmed();
    task.ruleSection = task.ruleSection.trimmed();
    if (task.recurrence == Recurrence::Once) {
        task.startsOn = task.dueOn;
    }
    return task;
}
} // namespace

Result<QList<TaskRow>> ResponsibilityService::tasks(const TaskFilter &filter) const {
    return TaskRepository(m_context.database, today()).list(filter);
}

Result<int> ResponsibilityService::countTasks(const TaskFilter &filter) const {
    return TaskRepository(m_context.database, today()).count(filter);
}

Result<TaskRow> ResponsibilityService::task(qint64 id) const {
    return TaskRepository(m_context.database, today()).find(id);
}

Result<QList<TaskCompletion>> ResponsibilityService::completions(qint64 taskId) const {
    return TaskRepository(m_context.database, today()).completions(taskId);
}

Result<QStringList> ResponsibilityService::ruleSections() const {
    return TaskRepository(m_context.database, today()).ruleSections();
}

Status ResponsibilityService::validateTask(const Task &task) const {
    if (task.title.isEmpty()) {
        return Error::validation(u"title"_s, tr("Enter the task's title."));
    }
    if (task.title.size() > kMaxTitleLength) {
        return Error::validation(
            u"title"_s, tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
    }
    if (task.description.size() > kMaxDescriptionLength) {
        return Error::validation(
            u"description"_s,
            tr("The description is longer than %1 characters.").arg(kMaxDescriptionLength));
    }
    if (task.ruleSection.size() > kMaxSectionLength) {
        return Error::validation(
            u"rule_section"_s,
            tr("The rule section is longer than %1 characters.").arg(kMaxSectionLength));
    }
    if (task.recurrence == Recurrence::Once && !task.dueOn.isValid()) {
        return Error::validation(u"due_on"_s, tr("Enter the date the task is due."));
    }
    if (task.recurrence != Recurrence::Once && !task.startsOn.isValid()) {
        return Error::validation(u"starts_on"_s,
                                 tr("Enter the date of the first occurrence of the task."));
    }
    return validateOwner(task.owner);
}

Result<TaskRow> ResponsibilityService::addTask(const Task &draft) const {
    Task task = normalised(draft);
    task.id = 0;
    task.open = true;
    if (task.recurrence != Recurrence::Once) {
        task.dueOn = task.startsOn;
    }
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"task"_s, task.title));
    return inTransaction(m_context.database, [&]() -> Result<TaskRow> {
        SD_RETURN_IF_ERROR(validateTask(task));
        auto row = TaskRepository(m_context.database, today())
                       .insert(task, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(row);
        SD_RETURN_IF_ERROR(OwnershipRepository(m_context.database, today())
                               .addHistory(OwnedItem::Type::Task, row->task.id, std::nullopt,
                                           row->owner, m_context.clock.nowMs(),
                                           m_context.session.actor().name, tr("Assigned")));
        return m_context.audit.confirm(row,
                                       {u"task.create"_s, u"task"_s, u"T-%1"_s.arg(row->task.id),
                                        u"success"_s, changedTaskFields(Task{}, row->task)});
    });
}

Result<TaskRow> ResponsibilityService::updateTask(const Task &edited, const QString &reason) const {
    Task task = normalised(edited);
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"task"_s, u"T-%1"_s.arg(task.id)));
    return inTransaction(m_context.database, [&]() -> Result<TaskRow> {
        const TaskRepository repository(m_context.database, today());
        auto before = repository.find(task.id);
        SD_RETURN_IF_ERROR(before);
        SD_RETURN_IF_ERROR(validateTask(task));
        // A new schedule starts over; an unchanged one keeps its next occurrence.
        if (task.recurrence != Recurrence::Once && (task.recurrence != before->task.recurrence ||
                                                    task.startsOn != before->task.startsOn)) {
            task.dueOn = task.startsOn;
        } else if (task.recurrence != Recurrence::Once) {
            task.dueOn = before->task.dueOn;
        }
        auto row = repository.update(task, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(row);
        if (!(before->task.owner == row->task.owner)) {
            SD_RETURN_IF_ERROR(OwnershipRepository(m_context.database, today())
                                   .addHistory(OwnedItem::Type::Task, row->task.id, before->owner,
                                               row->owner, m_context.clock.nowMs(),
                                               m_context.session.actor().name, reason.trimmed()));
        }
        return m_context.audit.confirm(row,
                                       {u"task.update"_s, u"task"_s, u"T-%1"_s.arg(row->task.id),
                                        u"success"_s, changedTaskFields(before->task, row->task)});
    });
}

Result<TaskRow> ResponsibilityService::completeTask(qint64 taskId, qint64 rowVersion,
                                                    const QString &note) const {
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::ViewOrganisation, u"task"_s, u"T-%1"_s.arg(taskId)));
    if (note.trimmed().size() > kMaxNoteLength) {
        return Error::validation(u"note"_s,
                                 tr("The note is longer than %1 characters.").arg(kMaxNoteLength));
    }
    return inTransaction(m_context.database, [&]() -> Result<TaskRow> {
        const TaskRepository repository(m_context.database, today());
        auto current = repository.find(taskId);
        SD_RETURN_IF_ERROR(current);
        if (!current->task.open) {
            return Error::validation(u"task"_s, tr("This task is already done."));
        }
        Task task = current->task;
        task.rowVersion = rowVersion;
        const QDate done = task.dueOn;
        if (Status logged =
                repository.addCompletion({0, taskId, done, m_context.clock.nowMs(),
                                          m_context.session.actor().name, note.trimmed()});
            !logged) {
            return logged.error();
        }
        if (task.recurrence == Recurrence::Once) {
            task.open = false;
        } else {
            task.dueOn = nextOccurrence(task.startsOn, task.recurrence, std::max(done, today()));
        }
        auto row = repository.update(task, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(row);
        return m_context.audit.confirm(row, {u"task.complete"_s, u"task"_s, u"T-%1"_s.arg(taskId),
                                             u"success"_s,
                                             u"due_on=%1"_s.arg(done.toString(Qt::ISODate))});
    });
}

} // namespace sd
