#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/duty/ShiftKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// A person of the organisation on a shift, as stored (read-only name and badge).
struct CrewMember {
    qint64 personId = 0;
    QString badgeNo;
    QString name;

    bool operator==(const CrewMember &) const = default;
};

// Who is on a shift, by badge number, as a planner types it.
struct CrewInput {
    QString leaderBadge;
    QStringList officerBadges;
    QStringList auxiliaryBadges;
};

// A planned shift (one row of the roster): a station date and a key of the shift pattern,
// unique per station. startsAt/endsAt are fixed when it is first planned, so a later change
// of the pattern does not move it.
struct PlannedShift {
    qint64 id = 0;
    QDate date; // the station date the shift starts on
    QString shiftKey;
    qint64 startsAt = 0; // UTC ms
    qint64 endsAt = 0;   // UTC ms, exclusive
    CrewMember leader;
    QList<CrewMember> officers;
    QList<CrewMember> auxiliaries;

    qint64 rowVersion = 0;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;

    // Everyone on the shift, leader first.
    QList<CrewMember> crew() const { return QList<CrewMember>{leader} + officers + auxiliaries; }
    bool hasPerson(qint64 personId) const;
    std::optional<DutyRole> roleOf(qint64 personId) const;
    CrewInput input() const;
};

// One shift to plan: its date, key, crew and the row version the planner saw (0 for a shift
// not planned yet).
struct ShiftPlan {
    QDate date;
    QString shiftKey;
    CrewInput crew;
    qint64 rowVersion = 0;
};

// What a swap stores next to the changed shifts.
struct ShiftSwap {
    qint64 shiftId = 0;
    std::optional<qint64> otherShiftId;
    qint64 outPersonId = 0;
    qint64 inPersonId = 0;
    QString reason;
};

// The shift in force at an instant and the one after it, for the handover.
struct ShiftsAt {
    std::optional<PlannedShift> current; // startsAt <= instant < endsAt
    std::optional<PlannedShift> next;    // the first planned shift starting at or after
                                         // current's end (or the instant when none)
};

// "2026-12-07 day": how a shift is named in messages and audit rows.
QString shiftLabel(const QDate &date, const QString &shiftKey);

} // namespace sd
