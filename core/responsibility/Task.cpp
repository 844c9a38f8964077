#include "core/responsibility/Task.h"

#include "core/kernel/common/EnumKeys.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QDate occurrence(const QDate &start, Recurrence recurrence, qint64 n) {
    switch (recurrence) {
    case Recurrence::Once:
        return {};
    case Recurrence::Daily:
        return start.addDays(n);
    case Recurrence::Weekly:
        return start.addDays(7 * n);
    case Recurrence::Monthly:
        return start.addMonths(static_cast<int>(n));
    case Recurrence::Quarterly:
        return start.addMonths(static_cast<int>(3 * n));
    case Recurrence::Yearly:
        return start.addYears(static_cast<int>(n));
    }
    return {};
}
} // namespace

#define SD_ENUM_KEYS_FILE "core/responsibility/TaskKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

QDate nextOccurrence(const QDate &startsOn, Recurrence recurrence, const QDate &after) {
    if (recurrence == Recurrence::Once || !startsOn.isValid() || !after.isValid()) {
        return {};
    }
    if (startsOn > after) {
        return startsOn;
    }
    // Jump close by the average period length, then step: never more than a few steps.
    qint64 approxDays = 1;
    switch (recurrence) {
    case Recurrence::Weekly:
        approxDays = 7;
        break;
    case Recurrence::Monthly:
        approxDays = 31;
        break;
    case Recurrence::Quarterly:
        approxDays = 92;
        break;
    case Recurrence::Yearly:
        approxDays = 366;
        break;
    default:
        break;
    }
    qint64 n = std::max<qint64>(0, startsOn.daysTo(after) / approxDays);
    while (occurrence(startsOn, recurrence, n) > after && n > 0) {
        --n;
    }
    while (occurrence(startsOn, recurrence, n) <= after) {
        ++n;
    }
    return occurrence(startsOn, recurrence, n);
}

} // namespace sd
