#include "core/organisation/OrganisationService.h"

#include "core/kernel/security/ChangedFields.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/ContactValidator.h"
#include "core/organisation/PersonRepository.h"
#include "core/organisation/UnitRepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMaxNameLength = 50;
constexpr int kMaxPositionLength = 50;

QString changedPersonFields(const Person &before, const Person &after) {
    return ChangedFields()
        .compare(before, after, auditField(&Person::badgeNo, u"badge_no"),
                 auditField(&Person::name, u"name"), auditField(&Person::position, u"position"),
                 auditField(&Person::category, u"category"), auditField(&Person::phone, u"phone"),
                 auditField(&Person::joinedOn, u"joined_on"),
                 auditField(&Person::leftOn, u"left_on"), auditField(&Person::active, u"active"))
        .details();
}

QString changedUnitFields(const Unit &before, const Unit &after) {
    return ChangedFields()
        .compare(before, after, auditField(&Unit::kind, u"kind"), auditField(&Unit::name, u"name"),
                 auditField(&Unit::leaderId, u"leader"), auditField(&Unit::parentId, u"parent"),
                 auditField(&Unit::memberIds, u"members"))
        .details();
}
} // namespace

Status OrganisationService::requireEdit(const QString &objectType, const QString &objectId) const {
    return m_context.access.require(Permission::EditOrganisation, objectType, objectId);
}

// ---- people -------------------------------------------------------------------------

Result<QList<Person>> OrganisationService::people(const PersonFilter &filter) const {
    return PersonRepository(m_context.database).list(filter);
}

Result<int> OrganisationService::countPeople(const PersonFilter &filter) const {
    return PersonRepository(m_context.database).count(filter);
}

Result<Person> OrganisationService::person(qint64 id) const {
    return PersonRepository(m_context.database).find(id);
}

Result<std::optional<Person>> OrganisationService::personByBadge(const QString &badgeNo) const {
    return PersonRepository(m_context.database).findByBadge(badgeNo);
}

Status OrganisationService::validatePerson(const Person &person) const {
    if (person.badgeNo.trimmed().isEmpty()) {
        return Error::validation(u"badge_no"_s, tr("Enter the badge number."));
    }
    if (!ContactValidator::isValidBadgeNumber(person.badgeNo)) {
        return Error::validation(u"badge_no"_s,
                                 tr("Badge number \"%1\" may use only letters, digits and dashes "
                                    "(at most 20).")
                                     .arg(person.badgeNo));
    }
    if (person.name.trimmed().isEmpty()) {
        return Error::validation(u"name"_s, tr("Enter the person's name."));
    }
    if (person.name.size() > kMaxNameLength) {
        return Error::validation(u"name"_s,
                                 tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    }
    if (person.position.size() > kMaxPositionLength) {
        return Error::validation(
            u"position"_s,
            tr("The position is longer than %1 characters.").arg(kMaxPositionLength));
    }
    if (!person.phone.isEmpty() && !ContactValidator::isValidPhone(person.phone)) {
        return Error::validation(u"phone"_s,
                                 tr("\"%1\" is not a phone number: use an 11-digit mobile number "
                                    "or a landline with its area code, such as 020-12345678.")
                                     .arg(person.phone));
    }
    if (person.leftOn.isValid() && person.joinedOn.isValid() && person.leftOn < person.joinedOn) {
        return Error::validation(u"left_on"_s, tr("The leaving date is before the joining date."));
    }
    if (!person.active && !person.leftOn.isValid()) {
        return Error::validation(u"left_on"_s, tr("Enter the date the person left."));
    }
    if (person.active && person.leftOn.isValid()) {
        return Error::validation(u"left_on"_s,
                                 tr("An active person has no leaving date; deactivate instead."));
    }
    auto sameBadge = PersonRepository(m_context.database).findByBadge(person.badgeNo);
    SD_RETURN_IF_ERROR(sameBadge);
    if (sameBadge.value() && sameBadge.value()->id != person.id) {
        return Error::validation(u"badge_no"_s, tr("Badge number %1 already belongs to %2.")
                                                    .arg(person.badgeNo, sameBadge.value()->name));
    }
    return {};
}

Status OrganisationService::checkLeadership(const Person &person) const {
    if (person.active) {
        return {};
    }
    auto led = UnitRepository(m_context.database).ledBy(person.id);
    SD_RETURN_IF_ERROR(led);
    if (!led->isEmpty()) {
        QStringList names;
        for (const UnitSummary &summary : led.value()) {
            names << summary.unit.name;
        }
        return Error::validation(u"active"_s,
                                 tr("%1 leads %2. Choose another leader before deactivating.")
                                     .arg(person.name, names.join(u", "_s)));
    }
    return {};
}

Error OrganisationService::mapConstraint(const Error &error, const QString &field,
                                         const QString &message) const {
    if (m_context.database.dialect().isUniqueViolation(error)) {
        return Error::validation(field, message);
    }
    return error;
}

Result<Person> OrganisationService::addPerson(const Person &draft) const {
    Person person = draft;
    person.id = 0;
    person.badgeNo = person.badgeNo.trimmed();
    person.name = person.name.trimmed();
    SD_RETURN_IF_ERROR(requireEdit(u"person"_s, person.badgeNo));
    return inTransaction(m_context.database, [&]() -> Result<Person> {
        SD_RETURN_IF_ERROR(validatePerson(person));
        auto stored = PersonRepository(m_context.database)
                          .insert(person, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!stored) {
            return mapConstraint(stored.error(), u"badge_no"_s,
                                 tr("Badge number %1 is already taken.").arg(person.badgeNo));
        }
        return m_context.audit.confirm(stored,
                                       {u"person.create"_s, u"person"_s, stored->badgeNo,
                                        u"success"_s, changedPersonFields(Person{}, *stored)});
    });
}

Result<Person> OrganisationService::updatePerson(const Person &edited) const {
    Person person = edited;
    person.badgeNo = person.badgeNo.trimmed();
    person.name = person.name.trimmed();
    SD_RETURN_IF_ERROR(requireEdit(u"person"_s, person.badgeNo));
    return inTransaction(m_context.database, [&]() -> Result<Person> {
        SD_RETURN_IF_ERROR(validatePerson(person));
        auto before = PersonRepository(m_context.database).find(person.id);
        SD_RETURN_IF_ERROR(before);
        SD_RETURN_IF_ERROR(checkLeadership(person));
        if (before->active && !person.active) {
            SD_RETURN_IF_ERROR(m_ownershipCheck(m_context.database, OwnerRef::person(person.id),
                                                person.name, u"active"_s));
        }
        if (!person.active) {
            SD_RETURN_IF_ERROR(UnitRepository(m_context.database).removeFromAllUnits(person.id));
        }
        auto stored = PersonRepository(m_context.database)
                          .update(person, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!stored) {
            return mapConstraint(stored.error(), u"badge_no"_s,
                                 tr("Badge number %1 is already taken.").arg(person.badgeNo));
        }
        const QString action =
            before->active && !stored->active ? u"person.deactivate"_s : u"person.update"_s;
        return m_context.audit.confirm(stored, {action, u"person"_s, stored->badgeNo, u"success"_s,
                                                changedPersonFields(*before, *stored)});
    });
}

Result<Person> OrganisationService::deactivatePerson(qint64 id, qint64 rowVersion,
                                                     const QDate &leftOn) const {
    auto current = person(id);
    SD_RETURN_IF_ERROR(current);
    Person changed = current.value();
    changed.rowVersion = rowVersion;
    changed.active = false;
    changed.leftOn = leftOn.isValid() ? leftOn : QDate::currentDate();
    return updatePerson(changed);
}

// ---- units --------------------------------------------------------------------------

Result<QList<UnitSummary>> OrganisationService::units() const {
    return UnitRepository(m_context.database).list();
}

Result<Unit> OrganisationService::unit(qint64 id) const {
    return UnitRepository(m_context.database).find(id);
}

Result<std::optional<Unit>> OrganisationService::unitByName(const QString &name) const {
    return UnitRepository(m_context.database).findByName(name);
}

Result<QList<Person>> OrganisationService::unitMembers(qint64 unitId) const {
    return UnitRepository(m_context.database).members(unitId);
}

Result<QList<UnitSummary>> OrganisationService::unitsLedBy(qint64 personId) const {
    return UnitRepository(m_context.database).ledBy(personId);
}

Status OrganisationService::validateUnit(const Unit &unit) const {
    const UnitRepository units(m_context.database);
    const PersonRepository people(m_context.database);
    if (unit.name.trimmed().isEmpty()) {
        return Error::validation(u"name"_s, tr("Enter the unit's name."));
    }
    if (unit.name.size() > kMaxNameLength) {
        return Error::validation(u"name"_s,
                                 tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    }
    auto sameName = units.findByName(unit.name);
    SD_RETURN_IF_ERROR(sameName);
    if (sameName.value() && sameName.value()->id != unit.id) {
        return Error::validation(u"name"_s, tr("There is already a unit named %1.").arg(unit.name));
    }
    for (qint64 memberId : unit.memberIds) {
        auto member = people.find(memberId);
        if (!member) {
            return Error::validation(u"members"_s, tr("A selected member no longer exists."));
        }
        if (!member->active) {
            return Error::validation(
                u"members"_s,
                tr("%1 has left the station and cannot be a member.").arg(member->name));
        }
    }
    if (unit.leaderId) {
        auto leader = people.find(*unit.leaderId);
        if (!leader) {
            return Error::validation(u"leader"_s, tr("The selected leader no longer exists."));
        }
        if (!leader->active) {
            return Error::validation(
                u"leader"_s,
                tr("%1 has left the station and cannot lead a unit.").arg(leader->name));
        }
        if (!unit.memberIds.contains(*unit.leaderId)) {
            return Error::validation(
                u"leader"_s,
                tr("The leader %1 must also be a member of the unit.").arg(leader->name));
        }
    }
    if (unit.parentId) {
        if (unit.id != 0 && *unit.parentId == unit.id) {
            return Error::validation(u"parent"_s, tr("A unit cannot be its own parent."));
        }
        auto parent = units.find(*unit.parentId);
        if (!parent) {
            return Error::validation(u"parent"_s, tr("The selected parent unit no longer exists."));
        }
        auto ancestors = units.ancestorIds(*unit.parentId);
        SD_RETURN_IF_ERROR(ancestors);
        if (unit.id != 0 && ancestors->contains(unit.id)) {
            return Error::validation(u"parent"_s,
                                     tr("%1 is inside %2, so it cannot also be its parent.")
                                         .arg(parent->name, unit.name));
        }
    }
    return {};
}

Result<Unit> OrganisationService::addUnit(const Unit &draft) const {
    Unit unit = draft;
    unit.id = 0;
    unit.name = unit.name.trimmed();
    SD_RETURN_IF_ERROR(requireEdit(u"unit"_s, unit.name));
    return inTransaction(m_context.database, [&]() -> Result<Unit> {
        SD_RETURN_IF_ERROR(validateUnit(unit));
        auto stored = UnitRepository(m_context.database)
                          .insert(unit, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!stored) {
            return mapConstraint(stored.error(), u"name"_s,
                                 tr("There is already a unit named %1.").arg(unit.name));
        }
        return m_context.audit.confirm(stored, {u"unit.create"_s, u"unit"_s, stored->name,
                                                u"success"_s, changedUnitFields(Unit{}, *stored)});
    });
}

Result<Unit> OrganisationService::updateUnit(const Unit &edited) const {
    Unit unit = edited;
    unit.name = unit.name.trimmed();
    SD_RETURN_IF_ERROR(requireEdit(u"unit"_s, unit.name));
    return inTransaction(m_context.database, [&]() -> Result<Unit> {
        SD_RETURN_IF_ERROR(validateUnit(unit));
        auto before = UnitRepository(m_context.database).find(unit.id);
        SD_RETURN_IF_ERROR(before);
        if (!unit.leaderId) {
            SD_RETURN_IF_ERROR(m_ownershipCheck(m_context.database, OwnerRef::unit(unit.id),
                                                unit.name, u"leader"_s));
        }
        if (unit.kind != UnitKind::CommunityOffice) {
            auto served = UnitRepository(m_context.database).areas(unit.id);
            SD_RETURN_IF_ERROR(served);
            if (!served->isEmpty()) {
                return Error::validation(u"kind"_s,
                                         tr("%1 serves %2 community areas; only a community police "
                                            "office can serve areas.")
                                             .arg(unit.name)
                                             .arg(served->size()));
            }
        }
        auto stored = UnitRepository(m_context.database)
                          .update(unit, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!stored) {
            return mapConstraint(stored.error(), u"name"_s,
                                 tr("There is already a unit named %1.").arg(unit.name));
        }
        return m_context.audit.confirm(stored, {u"unit.update"_s, u"unit"_s, stored->name,
                                                u"success"_s, changedUnitFields(*before, *stored)});
    });
}

// ---- community areas ------------------------------------------------------------------

Result<QList<CommunityArea>> OrganisationService::areas(std::optional<qint64> officeId) const {
    return UnitRepository(m_context.database).areas(officeId);
}

Result<CommunityArea> OrganisationService::addArea(const CommunityArea &draft) const {
    CommunityArea area = draft;
    area.name = area.name.trimmed();
    SD_RETURN_IF_ERROR(requireEdit(u"community_area"_s, area.name));
    return inTransaction(m_context.database, [&]() -> Result<CommunityArea> {
        const UnitRepository units(m_context.database);
        if (area.name.isEmpty()) {
            return Error::validation(u"name"_s, tr("Enter the area's name."));
        }
        auto office = units.find(area.officeId);
        if (!office) {
            return Error::validation(u"office"_s, tr("The selected office no longer exists."));
        }
        if (office->kind != UnitKind::CommunityOffice) {
            return Error::validation(u"office"_s,
                                     tr("%1 is not a community police office.").arg(office->name));
        }
        auto existing = units.findAreaByName(area.name);
        SD_RETURN_IF_ERROR(existing);
        if (existing.value()) {
            return Error::validation(u"name"_s,
                                     tr("There is already an area named %1.").arg(area.name));
        }
        auto stored = units.insertArea(area);
        if (!stored) {
            return mapConstraint(stored.error(), u"name"_s,
                                 tr("The area %1 already exists.").arg(area.name));
        }
        return m_context.audit.confirm(stored, {u"area.create"_s, u"community_area"_s, stored->name,
                                                u"success"_s, u"office="_s + office->name});
    });
}

Status OrganisationService::removeArea(qint64 areaId) const {
    if (Status allowed = requireEdit(u"community_area"_s, QString::number(areaId)); !allowed) {
        return allowed;
    }
    return inTransaction(m_context.database, [&]() -> Status {
        if (Status removed = UnitRepository(m_context.database).deleteArea(areaId); !removed) {
            return removed;
        }
        return m_context.audit.append(
            {u"area.delete"_s, u"community_area"_s, QString::number(areaId), u"success"_s, {}});
    });
}

} // namespace sd
