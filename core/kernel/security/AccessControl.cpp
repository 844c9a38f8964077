#include "core/kernel/security/AccessControl.h"

using namespace Qt::StringLiterals;

namespace sd {

Status AccessControl::require(Permission permission, const QString &objectType,
                              const QString &objectId) const {
    if (allows(permission)) {
        return {};
    }
    const Role role = m_session.actor().role;
    // Best effort: a denial must be refused even if recording it fails.
    (void)m_audit.record({u"permission.denied"_s, objectType, objectId, u"denied"_s,
                          u"permission=%1"_s.arg(toKey(permission))});
    return Error{ErrorCode::PermissionDenied,
                 tr("Your role (%1) does not allow this: %2.")
                     .arg(displayName(role), displayName(permission)),
                 {},
                 {}};
}

Status AccessControl::revealPersonalData(const QString &objectType, const QString &objectId,
                                         const QString &field) const {
    if (Status allowed = require(Permission::ViewPersonalData, objectType, objectId); !allowed) {
        return allowed;
    }
    return m_audit.record(
        {u"personal_data.reveal"_s, objectType, objectId, u"success"_s, u"field="_s + field});
}

} // namespace sd
