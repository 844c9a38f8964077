#pragma once

#include "core/kernel/common/Result.h"

namespace sd {

// The error for an update that matched no row because someone else saved first:
// names who changed the record and when (local time), so the user knows whom to ask.
Error conflictError(const QString &recordLabel, const QString &changedBy, qint64 changedAtMs);

// What an update that had to match the row_version it read returns: the record as now stored
// when it matched (stored), or else conflict(stored), the error naming who saved first.
template <typename Row, typename Conflict>
Result<Row> storedOrConflict(bool matched, Result<Row> stored, Conflict conflict) {
    SD_RETURN_IF_ERROR(stored);
    if (!matched) {
        return conflict(stored.value());
    }
    return stored;
}

} // namespace sd
