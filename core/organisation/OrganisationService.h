#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/storage/Database.h"
#include "core/organisation/OwnershipCheck.h"
#include "core/organisation/Person.h"
#include "core/organisation/Unit.h"

#include <QCoreApplication>

namespace sd {

// The station's people, units and community areas. Every write checks the
// EditOrganisation permission, validates the whole record, and writes it together with
// its audit row (naming the changed fields) in one transaction; problems come back by
// field name (badge_no, name, phone, joined_on, left_on, leader, members, parent, …).
class OrganisationService {
    Q_DECLARE_TR_FUNCTIONS(sd::OrganisationService)

public:
    OrganisationService(const ServiceContext &context, OwnershipCheck ownershipCheck)
        : m_context(context)
        , m_ownershipCheck(std::move(ownershipCheck)) {}

    Result<QList<Person>> people(const PersonFilter &filter) const;
    Result<int> countPeople(const PersonFilter &filter) const;
    Result<Person> person(qint64 id) const;
    Result<std::optional<Person>> personByBadge(const QString &badgeNo) const;

    Result<Person> addPerson(const Person &draft) const;
    // Saves every field, including active/left_on; a stale rowVersion is a Conflict.
    Result<Person> updatePerson(const Person &edited) const;
    // Marks a person as having left on leftOn and removes their memberships. Refused
    // while they lead a unit: the unit needs another leader first.
    Result<Person> deactivatePerson(qint64 id, qint64 rowVersion, const QDate &leftOn) const;

    Result<QList<UnitSummary>> units() const;
    Result<Unit> unit(qint64 id) const;
    Result<std::optional<Unit>> unitByName(const QString &name) const;
    Result<QList<Person>> unitMembers(qint64 unitId) const;
    Result<QList<UnitSummary>> unitsLedBy(qint64 personId) const;

    Result<Unit> addUnit(const Unit &draft) const;
    Result<Unit> updateUnit(const Unit &edited) const;

    Result<QList<CommunityArea>> areas(std::optional<qint64> officeId = std::nullopt) const;
    Result<CommunityArea> addArea(const CommunityArea &draft) const;
    Status removeArea(qint64 areaId) const;

    // The station's change feed, for lists of what this writes (they refresh on its commits).
    ChangeFeed &changes() const { return m_context.database.changes(); }

private:
    Status validatePerson(const Person &person) const;
    Status validateUnit(const Unit &unit) const;
    Status checkLeadership(const Person &person) const;
    Error mapConstraint(const Error &error, const QString &field, const QString &message) const;
    Status requireEdit(const QString &objectType, const QString &objectId) const;

    const ServiceContext m_context;
    OwnershipCheck m_ownershipCheck;
};

} // namespace sd
