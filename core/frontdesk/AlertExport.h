#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/documents/ExportFormat.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"

#include <QIODevice>

namespace sd {

// Streams the alerts received in [from, to) in received order, a page at a time, as the
// import CSV (which imports back to the same data) or as a JSON array with the same keys.
Result<qint64> exportAlerts(const Database &database, const Station &station, QIODevice &out,
                            ExportFormat format, std::optional<qint64> from = std::nullopt,
                            std::optional<qint64> to = std::nullopt);

} // namespace sd
