#include "core/responsibility/Asset.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/responsibility/AssetKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
