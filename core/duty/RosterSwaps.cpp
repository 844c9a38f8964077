// RosterService: copying a week and swapping people between shifts.
#include "core/duty/RosterRepository.h"
#include "core/duty/RosterService.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/Person.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"duty_shift"_s;

// Puts in where out was, in out's role; false when out is not on the shift.
bool replaceIn(PlannedShift &shift, qint64 outId, const CrewMember &in) {
    if (shift.leader.personId == outId) {
        shift.leader = in;
        return true;
    }
    for (QList<CrewMember> *members : {&shift.officers, &shift.auxiliaries}) {
        for (CrewMember &member : *members) {
            if (member.personId == outId) {
                member = in;
                return true;
            }
        }
    }
    return false;
}
} // namespace

Result<QList<PlannedShift>> RosterService::copyWeek(const QDate &from, const QDate &to,
                                                    bool replace) const {
    for (const auto &[date, field] : {std::pair{from, u"from"_s}, std::pair{to, u"to"_s}}) {
        if (!date.isValid() || date.dayOfWeek() != Qt::Monday) {
            return Error::validation(field, tr("A week is copied from Monday to Monday; %1 is not "
                                               "a Monday.")
                                                .arg(date.toString(Qt::ISODate)));
        }
    }
    if (from == to) {
        return Error::validation(u"to"_s, tr("A week cannot be copied onto itself."));
    }
    SD_RETURN_IF_ERROR(requirePlan(u"week %1"_s.arg(to.toString(Qt::ISODate))));
    const qint64 offset = from.daysTo(to);
    return inTransaction(m_context.database, [&]() -> Result<QList<PlannedShift>> {
        const RosterRepository repository(m_context.database);
        auto source = repository.between(from, from.addDays(6));
        SD_RETURN_IF_ERROR(source);
        if (source->isEmpty()) {
            return Error::validation(
                u"from"_s,
                tr("No shift is planned in the week of %1.").arg(from.toString(Qt::ISODate)));
        }
        QList<ShiftPlan> plans;
        QStringList taken;
        for (const PlannedShift &shift : source.value()) {
            ShiftPlan plan{shift.date.addDays(offset), shift.shiftKey, shift.input(), 0};
            auto existing = repository.find(plan.date, plan.shiftKey);
            SD_RETURN_IF_ERROR(existing);
            if (existing->has_value()) {
                taken << shiftLabel(plan.date, plan.shiftKey);
                plan.rowVersion = (*existing)->rowVersion;
            }
            plans << plan;
        }
        if (!taken.isEmpty() && !replace) {
            return Error::validation(u"to"_s,
                                     tr("Already planned in the week of %1: %2. Nothing "
                                        "was copied; replace them to copy over them.")
                                         .arg(to.toString(Qt::ISODate), taken.join(u", "_s)));
        }
        QList<PlannedShift> stored;
        const QString note = u"copied from %1"_s.arg(from.toString(Qt::ISODate));
        for (const ShiftPlan &plan : plans) {
            auto one = planOne(plan, repository, note);
            SD_RETURN_IF_ERROR(one);
            stored << one.value();
        }
        return stored;
    });
}

Result<PlannedShift> RosterService::forSwap(const ShiftRef &ref) const {
    auto found = RosterRepository(m_context.database).find(ref.date, ref.shiftKey);
    SD_RETURN_IF_ERROR(found);
    if (!found->has_value()) {
        return Error::notFound(
            tr("The shift %1 is not planned.").arg(shiftLabel(ref.date, ref.shiftKey)));
    }
    PlannedShift shift = **found;
    shift.rowVersion = ref.rowVersion;
    return shift;
}

Status RosterService::writeSwap(const PlannedShift &changed, const ShiftSwap &swap,
                                const QString &details) const {
    const RosterRepository repository(m_context.database);
    const qint64 now = m_context.clock.nowMs();
    const QString actor = m_context.session.actor().name;
    SD_RETURN_IF_ERROR(repository.updateCrew(changed, now, actor));
    if (swap.shiftId == changed.id) {
        SD_RETURN_IF_ERROR(repository.insertSwap(swap, now, actor));
    }
    return m_context.audit.append(
        {u"duty.swap"_s, kKind, shiftLabel(changed.date, changed.shiftKey), u"success"_s, details});
}

Result<PlannedShift> RosterService::replacePerson(const ShiftRef &ref, const QString &outBadge,
                                                  const QString &inBadge,
                                                  const QString &reason) const {
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return Error::validation(u"reason"_s, tr("Give the reason for the swap."));
    }
    SD_RETURN_IF_ERROR(requirePlan(shiftLabel(ref.date, ref.shiftKey)));
    return inTransaction(m_context.database, [&]() -> Result<PlannedShift> {
        auto shift = forSwap(ref);
        SD_RETURN_IF_ERROR(shift);
        const QString where = shiftLabel(shift->date, shift->shiftKey);
        // Only being on the shift is checked of the person going out: someone who has left
        // since the shift was planned must still be taken off it.
        std::optional<CrewMember> out;
        for (const CrewMember &m : shift->crew()) {
            if (m.badgeNo == outBadge.trimmed()) {
                out = m;
            }
        }
        if (!out) {
            return Error::validation(
                u"out"_s, tr("%1 is not on the shift %2.").arg(outBadge.trimmed(), where));
        }
        auto in = member(inBadge, shift->date, shift->shiftKey, u"in"_s);
        SD_RETURN_IF_ERROR(in);
        if (shift->hasPerson(in->personId)) {
            return Error::validation(u"in"_s, tr("%1 is on the shift %2 already.")
                                                  .arg(personLabel(in->name, in->badgeNo), where));
        }
        PlannedShift changed = shift.value();
        replaceIn(changed, out->personId, in.value());
        const ShiftSwap swap{changed.id, std::nullopt, out->personId, in->personId, why};
        SD_RETURN_IF_ERROR(writeSwap(
            changed, swap, u"out=%1 in=%2 reason=%3"_s.arg(outBadge.trimmed(), in->badgeNo, why)));
        return RosterRepository(m_context.database).find(changed.id);
    });
}

Result<QList<PlannedShift>> RosterService::exchange(const ShiftRef &a, const QString &badgeA,
                                                    const ShiftRef &b, const QString &badgeB,
                                                    const QString &reason) const {
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return Error::validation(u"reason"_s, tr("Give the reason for the swap."));
    }
    if (a.date == b.date && a.shiftKey == b.shiftKey) {
        return Error::validation(u"shift"_s, tr("An exchange needs two different shifts."));
    }
    SD_RETURN_IF_ERROR(requirePlan(shiftLabel(a.date, a.shiftKey)));
    return inTransaction(m_context.database, [&]() -> Result<QList<PlannedShift>> {
        auto first = forSwap(a);
        SD_RETURN_IF_ERROR(first);
        auto second = forSwap(b);
        SD_RETURN_IF_ERROR(second);
        // Each goes to the other's shift, so each is checked as a member of that shift.
        auto personA = member(badgeA, second->date, second->shiftKey, u"out"_s);
        SD_RETURN_IF_ERROR(personA);
        auto personB = member(badgeB, first->date, first->shiftKey, u"in"_s);
        SD_RETURN_IF_ERROR(personB);
        const QString whereA = shiftLabel(first->date, first->shiftKey);
        const QString whereB = shiftLabel(second->date, second->shiftKey);
        const QString labelA = personLabel(personA->name, personA->badgeNo);
        const QString labelB = personLabel(personB->name, personB->badgeNo);
        if (!first->hasPerson(personA->personId)) {
            return Error::validation(u"out"_s,
                                     tr("%1 is not on the shift %2.").arg(labelA, whereA));
        }
        if (!second->hasPerson(personB->personId)) {
            return Error::validation(u"in"_s, tr("%1 is not on the shift %2.").arg(labelB, whereB));
        }
        if (second->hasPerson(personA->personId)) {
            return Error::validation(u"out"_s,
                                     tr("%1 is on the shift %2 already.").arg(labelA, whereB));
        }
        if (first->hasPerson(personB->personId)) {
            return Error::validation(u"in"_s,
                                     tr("%1 is on the shift %2 already.").arg(labelB, whereA));
        }
        PlannedShift changedA = first.value();
        PlannedShift changedB = second.value();
        replaceIn(changedA, personA->personId, personB.value());
        replaceIn(changedB, personB->personId, personA.value());
        const ShiftSwap swap{changedA.id, changedB.id, personA->personId, personB->personId, why};
        const QString details = u"exchange %1 (%2) with %3 (%4) reason=%5"_s.arg(
            personA->badgeNo, whereA, personB->badgeNo, whereB, why);
        SD_RETURN_IF_ERROR(writeSwap(changedA, swap, details));
        SD_RETURN_IF_ERROR(writeSwap(changedB, swap, details));
        const RosterRepository repository(m_context.database);
        auto storedA = repository.find(changedA.id);
        SD_RETURN_IF_ERROR(storedA);
        auto storedB = repository.find(changedB.id);
        SD_RETURN_IF_ERROR(storedB);
        return QList<PlannedShift>{storedA.value(), storedB.value()};
    });
}

} // namespace sd
