#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/Secret.h"

#include <QCoreApplication>

namespace sd {

// The rules a new password must meet: a minimum length (a setting, never below 8),
// at most 128 characters of any Unicode, and not one of the common passwords shipped
// in resources/security/common-passwords.txt (compared case-insensitively).
class PasswordPolicy {
    Q_DECLARE_TR_FUNCTIONS(sd::PasswordPolicy)

public:
    static constexpr int kFloorLength = 8;
    static constexpr int kMaxLength = 128;

    explicit PasswordPolicy(int minimumLength = kFloorLength);

    // Errors carry the field "password".
    Status check(const Secret &password) const;

    static int commonPasswordCount();

private:
    int m_minimumLength;
};

} // namespace sd
