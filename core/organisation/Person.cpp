#include "core/organisation/Person.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/organisation/PersonKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
