#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/documents/CsvImportFile.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

// An alert import's options and report are those of every CSV import (nothing is ever
// "unchanged": an updated alert counts as updated).
using AlertImportOptions = CsvImportOptions;
using AlertImportReport = CsvImportReport;

// Imports the alert CSV (see AlertCsv) in one transaction: a file with any bad row stores
// nothing unless skipInvalid; a cancel stores nothing. One audit row per import names the
// file's SHA-256 and the counts, whatever the outcome.
class AlertImporter {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertImporter)

public:
    explicit AlertImporter(const ServiceContext &context)
        : m_context(context) {}

    // progress(bytesDone, bytesTotal) is called every few thousand rows; returning false
    // cancels. A file that cannot be read or has a wrong header is an Error.
    Result<AlertImportReport>
    importFile(const QString &path, const AlertImportOptions &options,
               const std::function<bool(qint64, qint64)> &progress = {}) const;

private:
    const ServiceContext m_context;
};

} // namespace sd
