#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/kernel/security/RoleKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

QList<Role> loginRoles(); // every role but System

} // namespace sd
