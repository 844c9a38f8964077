#pragma once

#include "common/Error.h"
#include "domain/Alert.h"

#include <QList>

namespace sd {

// The checks an alert must pass that need no database: the service adds the ones that
// do (area, officers, duplicate number) and the importer runs these for every row.
namespace AlertRules {
constexpr int kMaxSummary = 2000;
constexpr int kMaxLocation = 200;
constexpr int kMaxCallerName = 50;
// Received times more than this far in the future are typing mistakes.
constexpr qint64 kFutureToleranceMs = 10 * 60 * 1000;

QList<Error> problems(const Alert &alert, qint64 nowMs);
bool isValidNumber(const QString &number); // JQ-YYYY-NNNNNN
} // namespace AlertRules

} // namespace sd
