#include "core/responsibility/OwnershipService.h"

#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/PersonRepository.h"
#include "core/organisation/UnitRepository.h"
#include "core/responsibility/OwnershipRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMaxReasonLength = 500;
} // namespace

QDate OwnershipService::today() const {
    return stationToday(m_context.clock, m_context.station);
}

Result<OwnerInfo> OwnershipService::resolve(const OwnerRef &owner) const {
    return OwnershipRepository(m_context.database, today()).resolve(owner);
}

Result<OwnerInfo> OwnershipService::findOwner(const QString &badgeOrUnit,
                                              const QString &field) const {
    const QString text = badgeOrUnit.trimmed();
    if (text.isEmpty()) {
        return Error::validation(field, tr("Name the owner: a badge number or a unit name."));
    }
    auto person = PersonRepository(m_context.database).findByBadge(text);
    SD_RETURN_IF_ERROR(person);
    if (person.value()) {
        return resolve(OwnerRef::person(person.value()->id));
    }
    auto unit = UnitRepository(m_context.database).findByName(text);
    SD_RETURN_IF_ERROR(unit);
    if (unit.value()) {
        return resolve(OwnerRef::unit(unit.value()->id));
    }
    return Error::validation(field,
                             tr("\"%1\" is neither a badge number nor a unit name.").arg(text));
}

Result<QList<OwnerInfo>> OwnershipService::candidates() const {
    QList<OwnerInfo> result;
    auto units = UnitRepository(m_context.database).list();
    SD_RETURN_IF_ERROR(units);
    for (const UnitSummary &summary : units.value()) {
        auto info = resolve(OwnerRef::unit(summary.unit.id));
        SD_RETURN_IF_ERROR(info);
        result << info.value();
    }
    PersonFilter filter;
    filter.includeInactive = false;
    filter.limit = 100000;
    auto people = PersonRepository(m_context.database).list(filter);
    SD_RETURN_IF_ERROR(people);
    for (const Person &person : people.value()) {
        OwnerInfo info;
        info.ref = OwnerRef::person(person.id);
        info.name = person.name;
        info.badge = person.badgeNo;
        info.accountableName = person.name;
        info.accountableBadge = person.badgeNo;
        result << info;
    }
    return result;
}

Result<QList<OwnedItem>> OwnershipService::ownedBy(const OwnerRef &owner) const {
    return OwnershipRepository(m_context.database, today()).ownedBy(owner);
}

Result<QList<OwnedItem>> OwnershipService::orphans() const {
    return OwnershipRepository(m_context.database, today()).orphans();
}

Result<int> OwnershipService::orphanCount() const {
    return OwnershipRepository(m_context.database, today()).orphanCount();
}

Result<QList<OwnerLoad>> OwnershipService::board(const BoardFilter &filter) const {
    return OwnershipRepository(m_context.database, today()).board(filter);
}

Result<QList<OwnershipChange>> OwnershipService::history(OwnedItem::Type type,
                                                         qint64 itemId) const {
    return OwnershipRepository(m_context.database, today()).history(type, itemId);
}

Result<OwnershipService::Transfer>
OwnershipService::transfer(const OwnerRef &from, const OwnerRef &to, const QString &reason) const {
    const QString why = reason.trimmed();
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ReassignOwners, u"owner"_s,
                                                (from.isUnit() ? u"unit:"_s : u"person:"_s) +
                                                    QString::number(from.id)));
    if (why.isEmpty()) {
        return Error::validation(u"reason"_s, tr("Say why the responsibilities are handed over."));
    }
    if (why.size() > kMaxReasonLength) {
        return Error::validation(
            u"reason"_s, tr("The reason is longer than %1 characters.").arg(kMaxReasonLength));
    }
    if (from == to) {
        return Error::validation(u"to"_s, tr("Choose a different owner to hand over to."));
    }
    return inTransaction(m_context.database, [&]() -> Result<Transfer> {
        const OwnershipRepository owners(m_context.database, today());
        auto fromInfo = owners.resolve(from);
        if (!fromInfo) {
            return Error::validation(u"from"_s, tr("The owner to hand over from does not exist."));
        }
        auto toInfo = owners.resolve(to);
        if (!toInfo) {
            return Error::validation(u"to"_s, tr("The owner to hand over to does not exist."));
        }
        if (toInfo->orphaned) {
            return Error::validation(
                u"to"_s,
                to.isUnit()
                    ? tr("%1 has no active leader to answer for the items.").arg(toInfo->name)
                    : tr("%1 has left the station.").arg(toInfo->name));
        }
        auto moved =
            owners.reassignAll(from, fromInfo.value(), toInfo.value(), m_context.clock.nowMs(),
                               m_context.session.actor().name, why);
        SD_RETURN_IF_ERROR(moved);
        if (moved->isEmpty()) {
            return Error::validation(u"from"_s,
                                     tr("%1 owns nothing to hand over.").arg(fromInfo->display()));
        }
        int assets = 0;
        for (const OwnedItem &item : moved.value()) {
            assets += item.type == OwnedItem::Type::Asset ? 1 : 0;
        }
        const QString key = (from.isUnit() ? u"unit:"_s : u"person:"_s) +
                            (from.isUnit() ? fromInfo->name : fromInfo->badge);
        const QString toKeyText = (to.isUnit() ? u"unit:"_s : u"person:"_s) +
                                  (to.isUnit() ? toInfo->name : toInfo->badge);
        Result<Transfer> result(Transfer{fromInfo.value(), toInfo.value(), moved.value()});
        return m_context.audit.confirm(
            result,
            {u"owners.transfer"_s, u"owner"_s, key, u"success"_s,
             u"to=%1;assets=%2;tasks=%3"_s.arg(toKeyText).arg(assets).arg(moved->size() - assets)});
    });
}

} // namespace sd
