#pragma once

#include "core/frontdesk/Alert.h"
#include "core/statistics/AlertCounts.h"

#include <QTimeZone>
#include <optional>

namespace sd {

// The alert list's filter that holds exactly the alerts one line of counts counts, for
// drilling from a figure into its alerts: its days from the station's midnight to the
// next, its keys and the request's filters. None when the list cannot say it (a count by
// source, hour or day of the week).
std::optional<AlertFilter> alertsOf(const AlertCountRequest &request, const AlertCountRow &row,
                                    const QTimeZone &zone);

} // namespace sd
