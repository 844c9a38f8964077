#include "core/duty/RosterService.h"

#include "core/duty/RosterRepository.h"
#include "core/kernel/settings/SettingRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/PersonRepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kPatternSetting = u"duty_shift_pattern"_s;
const QString kKind = u"duty_shift"_s;

QString crewText(const CrewInput &crew) {
    return u"leader=%1 officers=%2 auxiliaries=%3"_s.arg(
        crew.leaderBadge, crew.officerBadges.join(u','), crew.auxiliaryBadges.join(u','));
}
} // namespace

// --- The shift pattern ---------------------------------------------------------------

ShiftPattern RosterService::pattern() const {
    auto stored = SettingRepository(m_context.database).find(kPatternSetting);
    if (stored && stored->has_value()) {
        // A stored text that no longer parses (edited by hand) falls back to the default,
        // as the integer settings fall back to theirs.
        if (auto parsed = ShiftPattern::parse(**stored)) {
            return parsed.value();
        }
    }
    return ShiftPattern::defaultPattern();
}

Status RosterService::setPattern(const ShiftPattern &pattern) const {
    // Checked again: a pattern built by hand in code must tile the day as a parsed one does.
    auto checked = ShiftPattern::fromShifts(pattern.shifts());
    SD_RETURN_IF_ERROR(checked);
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::ChangeSettings, u"setting"_s, kPatternSetting));
    const QString previous = this->pattern().toText();
    return inTransaction(m_context.database, [&]() -> Status {
        SD_RETURN_IF_ERROR(SettingRepository(m_context.database)
                               .store(kPatternSetting, checked->toText(), m_context.clock.nowMs(),
                                      m_context.session.actor().name));
        return m_context.audit.append({u"setting.change"_s, u"setting"_s, kPatternSetting,
                                       u"success"_s,
                                       u"%1 -> %2"_s.arg(previous, checked->toText())});
    });
}

// --- Reading ---------------------------------------------------------------------------

Result<QList<PlannedShift>> RosterService::list(const QDate &from, const QDate &to) const {
    if (!from.isValid() || !to.isValid() || to < from) {
        return Error::validation(u"to"_s, tr("The roster's range must end on or after its start."));
    }
    return RosterRepository(m_context.database).between(from, to);
}

Result<std::optional<PlannedShift>> RosterService::shift(const QDate &date,
                                                         const QString &shiftKey) const {
    return RosterRepository(m_context.database).find(date, shiftKey);
}

Result<QList<PlannedShift>> RosterService::nextDuties(const QString &badge, int count) const {
    if (count < 1 || count > 366) {
        return Error::validation(u"count"_s, tr("Ask for 1 to 366 shifts, not %1.").arg(count));
    }
    auto person = PersonRepository(m_context.database).findByBadge(badge.trimmed());
    SD_RETURN_IF_ERROR(person);
    if (!person->has_value()) {
        return Error::validation(u"badge"_s, tr("No one has the badge %1.").arg(badge.trimmed()));
    }
    return RosterRepository(m_context.database)
        .nextOf((*person)->id, m_context.clock.nowMs(), count);
}

Result<ShiftsAt> RosterService::shiftsAt(qint64 instant) const {
    const RosterRepository repository(m_context.database);
    ShiftsAt found;
    auto current = repository.inForce(instant);
    SD_RETURN_IF_ERROR(current);
    found.current = current.value();
    auto next = repository.firstFrom(found.current ? found.current->endsAt : instant);
    SD_RETURN_IF_ERROR(next);
    found.next = next.value();
    return found;
}

// --- Planning --------------------------------------------------------------------------

Status RosterService::requirePlan(const QString &what) const {
    return m_context.access.require(Permission::PlanDuty, kKind, what);
}

Result<CrewMember> RosterService::member(const QString &badge, const QDate &date,
                                         const QString &shiftKey, const QString &field) const {
    const QString where = shiftLabel(date, shiftKey);
    auto person = PersonRepository(m_context.database).findByBadge(badge.trimmed());
    SD_RETURN_IF_ERROR(person);
    if (!person->has_value()) {
        return Error::validation(
            field, tr("No one has the badge %1 (shift %2).").arg(badge.trimmed(), where));
    }
    const Person &found = **person;
    if (!found.active || (found.leftOn.isValid() && found.leftOn <= date)) {
        return Error::validation(field, tr("%1 has left the station and cannot be on the shift %2.")
                                            .arg(personLabel(found), where));
    }
    return CrewMember{found.id, found.badgeNo, found.name};
}

Result<PlannedShift> RosterService::planOne(const ShiftPlan &plan,
                                            const RosterRepository &repository,
                                            const QString &note) const {
    const QString where = shiftLabel(plan.date, plan.shiftKey);
    auto existing = repository.find(plan.date, plan.shiftKey);
    SD_RETURN_IF_ERROR(existing);
    PlannedShift shift;
    if (existing->has_value()) {
        if (plan.rowVersion == 0) {
            return conflictError(tr("The shift %1").arg(where), (*existing)->updatedBy,
                                 (*existing)->updatedAt);
        }
        shift = **existing;
        shift.rowVersion = plan.rowVersion;
    } else {
        if (plan.rowVersion != 0) {
            return Error::notFound(tr("The shift %1 is not planned (any more).").arg(where));
        }
        const auto span = pattern().span(plan.date, plan.shiftKey, stationZone(m_context.station));
        if (!span) {
            return Error::validation(u"shift"_s,
                                     tr("The shift %1 is not in the station's shift pattern (%2).")
                                         .arg(plan.shiftKey, pattern().keys().join(u", "_s)));
        }
        shift.date = plan.date;
        shift.shiftKey = plan.shiftKey;
        shift.startsAt = span->startsAt;
        shift.endsAt = span->endsAt;
        auto overlaps = repository.overlapping(shift.startsAt, shift.endsAt, 0);
        SD_RETURN_IF_ERROR(overlaps);
        if (!overlaps->isEmpty()) {
            const PlannedShift &other = overlaps->first();
            return Error::validation(u"shift"_s,
                                     tr("The shift %1 would overlap the shift %2 "
                                        "planned before.")
                                         .arg(where, shiftLabel(other.date, other.shiftKey)));
        }
    }
    if (plan.crew.leaderBadge.trimmed().isEmpty()) {
        return Error::validation(u"leader"_s, tr("The shift %1 has no duty leader.").arg(where));
    }
    QSet<qint64> seen;
    const auto add = [&](const QString &badge, const QString &field) -> Result<CrewMember> {
        auto found = member(badge, plan.date, plan.shiftKey, field);
        SD_RETURN_IF_ERROR(found);
        if (seen.contains(found->personId)) {
            return Error::validation(field,
                                     tr("%1 is named twice on the shift %2.")
                                         .arg(personLabel(found->name, found->badgeNo), where));
        }
        seen.insert(found->personId);
        return found;
    };
    auto leader = add(plan.crew.leaderBadge, u"leader"_s);
    SD_RETURN_IF_ERROR(leader);
    shift.leader = leader.value();
    shift.officers.clear();
    shift.auxiliaries.clear();
    for (const QString &badge : plan.crew.officerBadges) {
        auto officer = add(badge, u"officers"_s);
        SD_RETURN_IF_ERROR(officer);
        shift.officers << officer.value();
    }
    for (const QString &badge : plan.crew.auxiliaryBadges) {
        auto auxiliary = add(badge, u"auxiliaries"_s);
        SD_RETURN_IF_ERROR(auxiliary);
        shift.auxiliaries << auxiliary.value();
    }
    const qint64 now = m_context.clock.nowMs();
    const QString actor = m_context.session.actor().name;
    if (shift.id != 0) {
        SD_RETURN_IF_ERROR(repository.updateCrew(shift, now, actor));
    } else {
        auto id = repository.insert(shift, now, actor);
        SD_RETURN_IF_ERROR(id);
        shift.id = id.value();
    }
    auto stored = repository.find(shift.id);
    return m_context.audit.confirm(stored, {u"duty.plan"_s, kKind, where, u"success"_s,
                                            (crewText(shift.input()) + u' ' + note).trimmed()});
}

Result<QList<PlannedShift>> RosterService::plan(const QList<ShiftPlan> &plans) const {
    QSet<QString> named;
    for (const ShiftPlan &plan : plans) {
        const QString where = shiftLabel(plan.date, plan.shiftKey);
        if (!plan.date.isValid()) {
            return Error::validation(u"date"_s, tr("A shift needs a valid date."));
        }
        if (named.contains(where)) {
            return Error::validation(u"shift"_s, tr("The shift %1 is planned twice.").arg(where));
        }
        named.insert(where);
    }
    SD_RETURN_IF_ERROR(requirePlan(plans.size() == 1 ? shiftLabel(plans[0].date, plans[0].shiftKey)
                                                     : u"roster"_s));
    return inTransaction(m_context.database, [&]() -> Result<QList<PlannedShift>> {
        const RosterRepository repository(m_context.database);
        QList<PlannedShift> stored;
        for (const ShiftPlan &plan : plans) {
            auto one = planOne(plan, repository, {});
            SD_RETURN_IF_ERROR(one);
            stored << one.value();
        }
        return stored;
    });
}

Result<PlannedShift> RosterService::setShift(const ShiftPlan &plan) const {
    auto stored = this->plan({plan});
    SD_RETURN_IF_ERROR(stored);
    return stored->first();
}

} // namespace sd
