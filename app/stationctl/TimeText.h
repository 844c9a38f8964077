#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sd {

// Instants on stationctl's command line and in its listings. The database keeps UTC
// milliseconds; people and scripts read and type ISO 8601 in this machine's local time,
// and the offset is always printed so a value stays unambiguous when it leaves the
// machine.
class TimeText {
    Q_DECLARE_TR_FUNCTIONS(sd::TimeText)

public:
    enum class Bound { From, To };

    // "2026-03-15T18:00:00+08:00" (or "…Z" where local time is UTC).
    static QString format(qint64 ms);

    // Parses --from/--to: a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS],
    // a space instead of the T, an optional Z or ±HH:MM), local time unless an offset is
    // given. A date as From is the start of that day; as To it includes the whole day,
    // because the result is the exclusive end of the range. Errors are Usage errors
    // naming option.
    static Result<qint64> parseBound(const QString &text, const QString &option, Bound bound);
};

} // namespace sd
