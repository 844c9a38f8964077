#include "core/kernel/security/Role.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/kernel/security/RoleKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

QList<Role> loginRoles() {
    return {Role::Officer, Role::SquadLeader, Role::Instructor, Role::Chief, Role::Admin};
}

} // namespace sd
