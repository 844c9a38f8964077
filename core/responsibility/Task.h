#pragma once

#include "core/kernel/common/EnumKeys.h"
#include "core/responsibility/Owner.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/responsibility/TaskKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// The occurrence after `after` of a schedule that started on startsOn: startsOn plus a
// whole number of periods, counted from the start so month ends do not drift (a task
// from 31 January falls due on 28 February and again on 31 March). Invalid for Once.
QDate nextOccurrence(const QDate &startsOn, Recurrence recurrence, const QDate &after);

// A duty: one-off (due on dueOn) or recurring (dueOn is the next occurrence).
struct Task {
    qint64 id = 0;
    QString title;
    QString description;
    QString ruleSection; // the work-rule section it belongs to, e.g. "三、值班备勤"
    Recurrence recurrence = Recurrence::Once;
    QDate startsOn;   // first occurrence; equals dueOn for a one-off
    QDate dueOn;      // next due date, in the station's calendar
    bool open = true; // false once a one-off is done
    OwnerRef owner;

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

struct TaskRow {
    Task task;
    OwnerInfo owner;
    bool overdue = false; // open and due before today in the station's time zone
    int completions = 0;
};

struct TaskCompletion {
    qint64 id = 0;
    qint64 taskId = 0;
    QDate dueOn; // the occurrence that was done
    qint64 completedAt = 0;
    QString completedBy;
    QString note;
};

struct TaskFilter {
    QString text; // title, description or rule section
    std::optional<OwnerRef> owner;
    std::optional<qint64> accountableUnitId;
    QString ruleSection;
    bool includeClosed = false;
    bool overdueOnly = false;
    bool orphanedOnly = false;
    int offset = 0;
    int limit = 200;
};

} // namespace sd
