#pragma once

#include "core/kernel/security/Role.h"

#include <QList>
#include <QString>

namespace sd {

// Everything a service checks before it acts. The matrix in Permission.cpp is the one
// place that says which role may do what; docs/permissions.md is generated from the
// same table by `stationctl permissions`.
enum class Permission {
    ViewOrganisation,
    EditOrganisation,
    ViewPersonalData,   // reveal a full identity number in a record view
    FileAlerts,         // register alerts, file and sign on-scene records
    ReassignOwners,     // responsibility register: transfer ownership
    DraftAssessments,   // squad leader or admin drafts a score sheet
    ApproveAssessments, // instructor or chief approves or returns a sheet
    ManageAccounts,     // create, change role, lock/unlock, reset, disable
    ViewAuditLog,
    ChangeSettings,
    PlanDuty,   // plan the duty roster: set shifts, copy weeks, swap people
    CloseMonth, // the chief closes, reopens and amends a month (月结)
};

QString toKey(Permission permission); // "edit_organisation", …
QString displayName(Permission permission);
QList<Permission> allPermissions();

bool roleHas(Role role, Permission permission);

} // namespace sd
