#include "core/kernel/documents/CsvImportRun.h"

#include "core/kernel/security/AuditLog.h"
#include "core/kernel/storage/Database.h"
#include "core/kernel/storage/Transaction.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace sd {

void CsvImportRow::note(const QString &column, const QString &message) {
    m_all.add(m_record.line, column, message);
    m_problems << column + u": "_s + message;
}

Result<CsvImportReport> CsvImportRun::run(const QString &path, const CsvImportOptions &options,
                                          CsvKeyIndex *keys, const MakeRows &makeRows,
                                          const Progress &progress) const {
    // Every key the file names, before any row is stored: a generated key must not take one
    // that a later row names, and a key named twice is refused on its second line.
    auto facts = CsvImportFile::inspect(path, keys);
    SD_RETURN_IF_ERROR(facts);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // The words inspect() uses for the same failure.
        return Error::validation(
            u"file"_s, CsvImportFile::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const qint64 totalBytes = file.size();
    const QStringList &columns = m_kind.columns;
    SD_RETURN_IF_ERROR(CsvImportFile::checkHeader(file, path, columns, facts->encoding));
    CsvRejects rejects;

    CsvImportReport report;
    report.sha256 = facts->sha256;
    Status outcome = inTransaction(m_database, [&]() -> Status {
        // From the top on every attempt: a retried transaction must not see a used reader.
        report = CsvImportReport();
        report.sha256 = facts->sha256;
        if (Status opened =
                rejects.open(options.skipInvalid ? options.rejectsPath : QString(), columns);
            !opened) {
            return opened;
        }
        const std::unique_ptr<CsvImportRows> rows = makeRows();
        if (Status begun = rows->begin(); !begun) {
            return begun;
        }
        file.seek(0);
        CsvReader reader(file, facts->encoding);
        CsvRecord record;
        reader.next(record); // the header, checked above
        while (reader.next(record)) {
            if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
                continue; // a blank line
            }
            ++report.rows;
            CsvImportRow row(record, report.problems);
            if (record.fields.size() != columns.size()) {
                row.note(columns.first(), tr("expected %1 fields, found %2")
                                              .arg(columns.size())
                                              .arg(record.fields.size()));
            } else {
                auto stored = rows->store(row);
                SD_RETURN_IF_ERROR(stored);
                if (row.ok()) {
                    switch (stored.value()) {
                    case CsvRowStored::Inserted:
                        ++report.inserted;
                        break;
                    case CsvRowStored::Updated:
                        ++report.updated;
                        break;
                    case CsvRowStored::Unchanged:
                        ++report.unchanged;
                        break;
                    case CsvRowStored::Nothing:
                        break;
                    }
                }
            }
            if (!row.ok()) {
                ++report.rejected;
                if (Status kept = rejects.add(record.fields, row.problems()); !kept) {
                    return kept;
                }
            }
            if (progress && report.rows % m_kind.progressEvery == 0 &&
                !progress(reader.bytesRead(), totalBytes)) {
                report.cancelled = true;
                return Error{ErrorCode::Usage, tr("Import cancelled"), {}, {}};
            }
        }
        if (reader.error()) {
            return reader.error().value();
        }
        if (!report.problems.isEmpty() && !options.skipInvalid) {
            return Error::validation(u"file"_s, report.problems.report());
        }
        if (Status finished = rows->finish(); !finished) {
            return finished;
        }
        QString counts = u"sha256=%1 rows=%2 inserted=%3 updated=%4"_s.arg(report.sha256)
                             .arg(report.rows)
                             .arg(report.inserted)
                             .arg(report.updated);
        if (m_kind.countsUnchanged) {
            counts += u" unchanged=%1"_s.arg(report.unchanged);
        }
        counts += u" rejected=%1"_s.arg(report.rejected);
        if (Status audited = m_audit.append({m_kind.name + u".import"_s, m_kind.name + u"_import"_s,
                                             path, u"success"_s, counts});
            !audited) {
            return audited;
        }
        // Last before COMMIT: the rejected rows are on disk before any good row is stored,
        // and a file that cannot be written stores nothing.
        return rejects.commit();
    });
    if (progress && outcome) {
        progress(totalBytes, totalBytes);
    }
    return settle(outcome, std::move(report), options, rejects, path);
}

Result<CsvImportReport> CsvImportRun::settle(const Status &outcome, CsvImportReport report,
                                             const CsvImportOptions &options, CsvRejects &rejects,
                                             const QString &path) const {
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
        if (Status audited = m_audit.record(
                {m_kind.name + u".import"_s, m_kind.name + u"_import"_s, path, u"failure"_s,
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
