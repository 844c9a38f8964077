#include "core/frontdesk/Alert.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/frontdesk/AlertKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

bool alertStatusChangeAllowed(AlertStatus from, AlertStatus to) {
    if (from == to) {
        return true;
    }
    switch (from) {
    case AlertStatus::Open:
        return true;
    case AlertStatus::OnScene:
        return to != AlertStatus::Open;
    case AlertStatus::ResolvedOnScene:
    case AlertStatus::ConvertedToCase:
    case AlertStatus::ReferredToMediation:
        return to == AlertStatus::Closed;
    case AlertStatus::Closed:
        return false;
    }
    return false;
}

} // namespace sd
