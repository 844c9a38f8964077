#pragma once

#include "core/kernel/documents/CsvImportFile.h"
#include "core/kernel/security/AuditLog.h"

namespace sd {

// What a CSV import returns once its transaction is over, the same for every kind:
//  - a storage failure or a damaged file is the error;
//  - refused rows (without skipInvalid) or a cancel are a report with nothing stored, and
//    the attempt is put on record as `<kind>.import` failure with the file's fingerprint;
//  - a commit is the report; the rejected rows' file was written inside the transaction
//    (CsvRejects::commit right before COMMIT) and is withdrawn when the transaction failed.
Result<CsvImportReport> settleCsvImport(const Status &outcome, CsvImportReport report,
                                        const CsvImportOptions &options, CsvRejects &rejects,
                                        const AuditLog &audit, const QString &kind,
                                        const QString &path);

} // namespace sd
