#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/documents/ExportFormat.h"
#include "core/kernel/storage/Database.h"

#include <QDate>
#include <QIODevice>

namespace sd {

// Writes the station's assets as the import CSV (which imports back to the same data) or
// as a JSON array with the same keys. Rooms and areas come first, each after the room it
// is located in, so a fresh station can import the file top to bottom; then every other
// asset by tag. today decides nothing written but is needed to read the rows.
Result<qint64> exportAssets(const Database &database, const QDate &today, QIODevice &out,
                            ExportFormat format);

} // namespace sd
