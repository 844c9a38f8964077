#include "core/kernel/security/Permission.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Permission)
};

struct Row {
    Permission permission;
    const char16_t *key;
    // officer, squad_leader, instructor, chief, admin (System has every permission)
    std::array<bool, 5> allowed;
};

// The permission matrix.              officer squad  instr  chief  admin
const std::array<Row, 12> kMatrix = {{
    {Permission::ViewOrganisation, u"view_organisation", {true, true, true, true, true}},
    {Permission::EditOrganisation, u"edit_organisation", {false, false, false, false, true}},
    {Permission::ViewPersonalData, u"view_personal_data", {true, true, true, true, false}},
    {Permission::FileAlerts, u"file_alerts", {true, true, false, true, false}},
    {Permission::ReassignOwners, u"reassign_owners", {false, false, false, true, true}},
    {Permission::DraftAssessments, u"draft_assessments", {false, true, false, false, true}},
    {Permission::ApproveAssessments, u"approve_assessments", {false, false, true, true, false}},
    {Permission::ManageAccounts, u"manage_accounts", {false, false, false, false, true}},
    {Permission::ViewAuditLog, u"view_audit_log", {false, false, true, true, true}},
    {Permission::ChangeSettings, u"change_settings", {false, false, false, false, true}},
    {Permission::PlanDuty, u"plan_duty", {false, false, false, true, true}},
    {Permission::CloseMonth, u"close_month", {false, false, false, true, false}},
}};

const Row *rowFor(Permission permission) {
    for (const Row &row : kMatrix) {
        if (row.permission == permission) {
            return &row;
        }
    }
    return nullptr;
}

} // namespace

QString toKey(Permission permission) {
    const Row *row = rowFor(permission);
    return row ? QString::fromUtf16(row->key) : QString();
}

QString displayName(Permission permission) {
    switch (permission) {
    case Permission::ViewOrganisation:
        return Tr::tr("View people and units");
    case Permission::EditOrganisation:
        return Tr::tr("Edit people and units");
    case Permission::ViewPersonalData:
        return Tr::tr("Reveal citizens' identity numbers");
    case Permission::FileAlerts:
        return Tr::tr("Register alerts and file on-scene records");
    case Permission::ReassignOwners:
        return Tr::tr("Reassign owners of tasks and assets");
    case Permission::DraftAssessments:
        return Tr::tr("Draft assessment score sheets");
    case Permission::ApproveAssessments:
        return Tr::tr("Approve or return assessment score sheets");
    case Permission::ManageAccounts:
        return Tr::tr("Manage accounts");
    case Permission::ViewAuditLog:
        return Tr::tr("View the audit log");
    case Permission::ChangeSettings:
        return Tr::tr("Change station settings");
    case Permission::PlanDuty:
        return Tr::tr("Plan the duty roster");
    case Permission::CloseMonth:
        return Tr::tr("Close, reopen and amend a month");
    }
    return {};
}

QList<Permission> allPermissions() {
    QList<Permission> result;
    for (const Row &row : kMatrix) {
        result << row.permission;
    }
    return result;
}

bool roleHas(Role role, Permission permission) {
    if (role == Role::System) {
        return true;
    }
    const Row *row = rowFor(permission);
    return row && row->allowed.at(static_cast<size_t>(role));
}

} // namespace sd
