#pragma once

namespace sd {

// What an export writes: the import CSV (which imports back to the same data) or a JSON array
// with the same keys; every feature's export takes the same two.
enum class ExportFormat { Csv, Json };

} // namespace sd
