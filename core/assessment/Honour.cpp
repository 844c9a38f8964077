#include "core/assessment/Honour.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/assessment/HonourKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
