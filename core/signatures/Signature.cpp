#include "core/signatures/Signature.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/signatures/SignatureKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
