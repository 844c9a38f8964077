#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/Error.h"

#include <QList>
#include <optional>

namespace sd {

// The checks an alert must pass that need no database: the service adds the ones that
// do (area, officers, duplicate number) and the importer runs these for every row.
namespace AlertRules {
constexpr int kMaxSummary = 2000;
constexpr int kMaxLocation = 200;
constexpr int kMaxCallerName = 50;
// Received times more than this far in the future are typing mistakes.
constexpr qint64 kFutureToleranceMs = 10 * 60 * 1000;

// The earliest received time an alert may have: the start of 1970 (UTC), since times are
// stored as milliseconds after it. A time before it is a mistake, not a missing value.
constexpr qint64 kEarliestReceivedMs = 0;

QList<Error> problems(const Alert &alert, qint64 nowMs);
bool isValidNumber(const QString &number); // JQ-YYYY-NNNNNN
// JQ-YYYY-NNNNNN as the number YYYYNNNNNN, one a number, for sets of numbers; nullopt when
// number is not a valid alert number.
std::optional<qint64> numberCode(const QString &number);
} // namespace AlertRules

} // namespace sd
