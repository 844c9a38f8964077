#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Permission.h"
#include "core/kernel/security/Session.h"

namespace sd {

// The permission check every service method makes first. A denial is itself audited
// (outcome "denied") and comes back as a PermissionDenied error naming the role and
// what it may not do.
class AccessControl {
    Q_DECLARE_TR_FUNCTIONS(sd::AccessControl)

public:
    AccessControl(const Session &session, const AuditLog &audit)
        : m_session(session)
        , m_audit(audit) {}

    Status require(Permission permission, const QString &objectType,
                   const QString &objectId = {}) const;
    bool allows(Permission permission) const { return roleHas(m_session.actor().role, permission); }

    // Before a record view shows a citizen's full identity number (lists only ever show
    // IdNumber::masked): needs ViewPersonalData, and every reveal is an audit row.
    Status revealPersonalData(const QString &objectType, const QString &objectId,
                              const QString &field) const;

private:
    const Session &m_session;
    const AuditLog &m_audit;
};

} // namespace sd
