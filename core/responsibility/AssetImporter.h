#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/documents/CsvImportFile.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/OwnershipService.h"
#include "core/responsibility/ResponsibilityService.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

// Imports the asset CSV (see AssetCsv) in one transaction, with the same checks as the
// asset dialog (ResponsibilityService::validateAsset): a file with any bad row stores
// nothing unless skipInvalid; a cancel stores nothing. Every new owner goes into the
// ownership history; one audit row per import names the file's SHA-256 and the counts.
// A location names a room or area already stored or on an earlier line of the file.
class AssetImporter {
    Q_DECLARE_TR_FUNCTIONS(sd::AssetImporter)

public:
    AssetImporter(const ServiceContext &context, const ResponsibilityService &responsibility,
                  const OwnershipService &ownership)
        : m_context(context)
        , m_responsibility(responsibility)
        , m_ownership(ownership) {}

    // progress(bytesDone, bytesTotal) is called every few hundred rows; returning false
    // cancels. A file that cannot be read or has a wrong header is an Error.
    Result<CsvImportReport>
    importFile(const QString &path, const CsvImportOptions &options,
               const std::function<bool(qint64, qint64)> &progress = {}) const;

private:
    const ServiceContext m_context;
    const ResponsibilityService &m_responsibility;
    const OwnershipService &m_ownership;
};

} // namespace sd
