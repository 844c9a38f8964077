#pragma once

#include "core/duty/Shift.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QList>

namespace sd {

// SQL for the roster: duty_shift with its crew (duty_shift_member) and the swaps. Callers
// (RosterService) own the transaction.
class RosterRepository {
public:
    explicit RosterRepository(const Database &database)
        : m_database(database) {}

    Result<std::optional<PlannedShift>> find(const QDate &date, const QString &shiftKey) const;
    Result<PlannedShift> find(qint64 id) const;
    // The shifts dated from..to (both included), by start.
    Result<QList<PlannedShift>> between(const QDate &from, const QDate &to) const;
    // The shift with startsAt <= instant < endsAt, if one is planned.
    Result<std::optional<PlannedShift>> inForce(qint64 instant) const;
    // The first shift starting at or after instant.
    Result<std::optional<PlannedShift>> firstFrom(qint64 instant) const;
    // The shifts other than exceptId whose time overlaps [startsAt, endsAt).
    Result<QList<PlannedShift>> overlapping(qint64 startsAt, qint64 endsAt, qint64 exceptId) const;
    // The first count shifts of the person not ended at instant, by start.
    Result<QList<PlannedShift>> nextOf(qint64 personId, qint64 instant, int count) const;

    // Stores a new shift with its crew (person ids set); returns its id.
    Result<qint64> insert(const PlannedShift &shift, qint64 nowMs, const QString &actor) const;
    // Replaces the crew of a stored shift; a Conflict naming who saved first when
    // shift.rowVersion is no longer current.
    Status updateCrew(const PlannedShift &shift, qint64 nowMs, const QString &actor) const;
    Status insertSwap(const ShiftSwap &swap, qint64 nowMs, const QString &actor) const;

private:
    // The shifts matching where (on duty_shift s) with their crews, by start.
    Result<QList<PlannedShift>> select(const QString &where, const QVariantList &values,
                                       const QString &tail = {}) const;
    Status writeCrew(qint64 shiftId, const PlannedShift &shift) const;

    const Database &m_database;
};

} // namespace sd
