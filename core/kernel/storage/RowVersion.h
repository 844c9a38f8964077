#pragma once

#include "core/kernel/common/Error.h"

namespace sd {

// The error for an update that matched no row because someone else saved first:
// names who changed the record and when (local time), so the user knows whom to ask.
Error conflictError(const QString &recordLabel, const QString &changedBy, qint64 changedAtMs);

} // namespace sd
