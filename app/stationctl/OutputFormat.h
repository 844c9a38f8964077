#pragma once

#include "core/kernel/common/Result.h"

#include <QString>

namespace sd {

// How a listing command prints its rows: aligned columns for people, CSV and JSON for
// scripts and spreadsheets. Every listing command takes --format with these values.
enum class OutputFormat { Table, Csv, Json };

// Parses a --format value; a Usage error lists the accepted values.
Result<OutputFormat> parseOutputFormat(const QString &text);

} // namespace sd
