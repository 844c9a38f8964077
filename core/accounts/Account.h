#pragma once

#include "core/kernel/security/Role.h"

#include <QString>
#include <optional>

namespace sd {

// A login for a person of the organisation, with the state the lockout rule needs.
struct Account {
    qint64 id = 0;
    qint64 personId = 0;
    QString badgeNo;    // the person's, used to log in
    QString personName; // for lists and the audit log
    bool personActive = true;
    Role role = Role::Officer;
    QString passwordHash;
    int failedAttempts = 0;
    std::optional<qint64> firstFailureAt;
    std::optional<qint64> lockedUntil;
    bool disabled = false;
    qint64 passwordChangedAt = 0;
    std::optional<qint64> lastLoginAt;
    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;

    bool isLockedAt(qint64 nowMs) const { return lockedUntil && *lockedUntil > nowMs; }
    QString displayName() const { return personName + QStringLiteral(" (") + badgeNo + u')'; }
};

} // namespace sd
