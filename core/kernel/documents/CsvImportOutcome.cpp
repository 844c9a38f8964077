#include "core/kernel/documents/CsvImportOutcome.h"

using namespace Qt::StringLiterals;

namespace sd {

Result<CsvImportReport> settleCsvImport(const Status &outcome, CsvImportReport report,
                                        const CsvImportOptions &options, CsvRejects &rejects,
                                        const AuditLog &audit, const QString &kind,
                                        const QString &path) {
    if (!outcome) {
        // The rejects file went in just before a COMMIT that then failed: it must not stay
        // behind describing an import that did not happen.
        rejects.withdraw();
        const bool rowsRefused = !report.problems.isEmpty() && !options.skipInvalid;
        if (!report.cancelled && !rowsRefused) {
            return outcome.error(); // a storage failure or damaged file
        }
        // Nothing was stored; the attempt is still on record.
        report.inserted = report.updated = report.unchanged = 0;
        if (Status audited =
                audit.record({kind + u".import"_s, kind + u"_import"_s, path, u"failure"_s,
                              u"sha256=%1 rows=%2 problems=%3 cancelled=%4"_s.arg(report.sha256)
                                  .arg(report.rows)
                                  .arg(report.problems.total())
                                  .arg(report.cancelled ? 1 : 0)});
            !audited) {
            return audited.error();
        }
        return report;
    }
    report.committed = true;
    return report;
}

} // namespace sd
