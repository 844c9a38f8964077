#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/documents/CsvImportFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace sd {

class AuditLog;
class Database;

// What storing one row came to (a row with a problem counts as rejected whatever this says).
enum class CsvRowStored { Nothing, Inserted, Updated, Unchanged };

// One row of an import file as a kind's row check sees it: its fields and line, and its
// problems, each kept for the report as LINE:COLUMN and for the rejects file as
// "column: message".
class CsvImportRow {
public:
    CsvImportRow(const CsvRecord &record, ImportProblems &all)
        : m_record(record)
        , m_all(all) {}

    const QStringList &fields() const { return m_record.fields; }
    qint64 line() const { return m_record.line; }
    void note(const QString &column, const QString &message);
    bool ok() const { return m_problems.isEmpty(); }
    const QStringList &problems() const { return m_problems; }

private:
    const CsvRecord &m_record;
    ImportProblems &m_all;
    QStringList m_problems;
};

// A kind's own part of an import (its checks and its writes), made afresh for every attempt
// of the import's transaction.
class CsvImportRows {
public:
    virtual ~CsvImportRows() = default;
    // Inside the transaction, before the first row.
    virtual Status begin() { return {}; }
    // Checks and stores a row that has the header's number of fields. A problem with the row
    // is noted on it (nothing of it may then be stored); an Error is a storage failure and
    // ends the import.
    virtual Result<CsvRowStored> store(CsvImportRow &row) = 0;
    // After the last row, before the audit row.
    virtual Status finish() { return {}; }
};

// What tells one kind of import from another to the run.
struct CsvImportKind {
    QString name;                 // "alert": audit action alert.import on alert_import
    QStringList columns;          // the header, exactly
    int progressEvery = 1000;     // rows between progress calls
    bool countsUnchanged = false; // the audit row names the unchanged rows
};

// The run every CSV import shares: the whole file is inspected first (its fingerprint,
// encoding and the keys its rows name), then the header is checked and every row is read and
// stored in one transaction. Problems are collected as LINE:COLUMN; with any problem and
// without skipInvalid nothing is stored; a cancel stores nothing. With skipInvalid the
// rejected rows go to the rejects file, written right before COMMIT. One audit row per
// import names the file's SHA-256 and the counts, whatever the outcome:
//  - a storage failure or a damaged file is the error;
//  - refused rows (without skipInvalid) or a cancel are a report with nothing stored, and
//    the attempt is put on record as `<kind>.import` failure;
//  - a commit is the report, its audit row `<kind>.import` success in the transaction.
class CsvImportRun {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvImportRun)

public:
    // progress(bytesDone, bytesTotal) is called every progressEvery rows; false cancels.
    using Progress = std::function<bool(qint64, qint64)>;
    using MakeRows = std::function<std::unique_ptr<CsvImportRows>()>;

    CsvImportRun(const Database &database, const AuditLog &audit, CsvImportKind kind)
        : m_database(database)
        , m_audit(audit)
        , m_kind(std::move(kind)) {}

    // keys (may be null) is filled from the file's first column before the first row is read.
    Result<CsvImportReport> run(const QString &path, const CsvImportOptions &options,
                                CsvKeyIndex *keys, const MakeRows &makeRows,
                                const Progress &progress = {}) const;

private:
    Result<CsvImportReport> settle(const Status &outcome, CsvImportReport report,
                                   const CsvImportOptions &options, CsvRejects &rejects,
                                   const QString &path) const;

    const Database &m_database;
    const AuditLog &m_audit;
    CsvImportKind m_kind;
};

} // namespace sd
