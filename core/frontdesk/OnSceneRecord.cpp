#include "core/frontdesk/OnSceneRecord.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/frontdesk/OnSceneRecordKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
