#pragma once

#include "core/duty/RosterLookup.h"
#include "core/duty/Shift.h"
#include "core/duty/ShiftPattern.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Result.h"

#include <QCoreApplication>

namespace sd {

class RosterRepository;

// The duty roster (值班表): the station's shift pattern and the planned shifts, each with a
// duty leader (值班领导), duty officers and auxiliaries from the organisation. Writes need
// PlanDuty (the pattern needs ChangeSettings); each is validated, runs in one transaction
// with an audit row per changed shift, and a stale row version is a Conflict naming who
// saved first. A refusal names who and which shift ("2026-12-07 day"); nothing is
// half-saved.
//
// Refused: a shift key not in the pattern (for a shift not planned yet), a shift without a
// leader, an unknown badge, someone who has left the station (inactive, or left on or
// before the shift's date), the same person twice in a shift, a new shift overlapping a
// planned one (after a pattern change), a swap without a reason.
//
// Fields named in errors: duty_shift_pattern, shift, date, leader, officers, auxiliaries,
// out, in, reason, badge, count, from, to.
class RosterService : public RosterLookup {
    Q_DECLARE_TR_FUNCTIONS(sd::RosterService)

public:
    explicit RosterService(const ServiceContext &context)
        : m_context(context) {}

    // --- The shift pattern (the duty_shift_pattern setting) -------------------------------
    // The stored pattern, or the default one 24-hour duty from 08:30 when none is stored.
    ShiftPattern pattern() const;
    // Shifts planned before keep their times.
    Status setPattern(const ShiftPattern &pattern) const;

    // --- Reading -------------------------------------------------------------------------
    // The shifts dated from..to (both included), by start.
    Result<QList<PlannedShift>> list(const QDate &from, const QDate &to) const;
    Result<std::optional<PlannedShift>> shift(const QDate &date, const QString &shiftKey) const;
    // The person's next count shifts that have not ended yet (one in progress included).
    Result<QList<PlannedShift>> nextDuties(const QString &badge, int count) const;
    Result<ShiftsAt> shiftsAt(qint64 instant) const override;

    // --- Planning ------------------------------------------------------------------------
    // Sets each shift (a month's grid at once): a new one (rowVersion 0) takes its times
    // from the pattern; a planned one keeps its times and gets the new crew. All or nothing.
    Result<QList<PlannedShift>> plan(const QList<ShiftPlan> &plans) const;
    Result<PlannedShift> setShift(const ShiftPlan &plan) const;
    // Copies the shifts of the week starting on Monday from onto the week starting on Monday
    // to, each with its crew checked again and its times from today's pattern. Refused,
    // naming the dates, where a target shift is already planned, unless replace (which
    // replaces the crews of those shifts and leaves the target's other shifts alone).
    Result<QList<PlannedShift>> copyWeek(const QDate &from, const QDate &to, bool replace) const;

    // --- Swaps ---------------------------------------------------------------------------
    struct ShiftRef {
        QDate date;
        QString shiftKey;
        qint64 rowVersion = 0; // as the caller saw it
    };
    // inBadge takes outBadge's place (and role) in the shift.
    Result<PlannedShift> replacePerson(const ShiftRef &shift, const QString &outBadge,
                                       const QString &inBadge, const QString &reason) const;
    // The two people change places: badgeA leaves a for b and takes badgeB's role there,
    // badgeB does the same the other way. Returns a and b as stored.
    Result<QList<PlannedShift>> exchange(const ShiftRef &a, const QString &badgeA,
                                         const ShiftRef &b, const QString &badgeB,
                                         const QString &reason) const;

private:
    Status requirePlan(const QString &what) const;
    // A person of the station able to be on the shift (date, key) as field.
    Result<CrewMember> member(const QString &badge, const QDate &date, const QString &shiftKey,
                              const QString &field) const;
    // The stored shift a swap changes, carrying the row version its caller saw.
    Result<PlannedShift> forSwap(const ShiftRef &ref) const;
    // Checks and writes one shift in the caller's transaction, with its audit row.
    Result<PlannedShift> planOne(const ShiftPlan &plan, const RosterRepository &repository,
                                 const QString &note) const;
    Status writeSwap(const PlannedShift &changed, const ShiftSwap &swap,
                     const QString &details) const;

    const ServiceContext m_context;
};

} // namespace sd
