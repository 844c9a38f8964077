#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/documents/Csv.h"
#include "core/kernel/documents/CsvKeyIndex.h"
#include "core/kernel/documents/OutputFile.h"

#include <QCoreApplication>
#include <memory>

namespace sd {

struct CsvImportOptions {
    bool update = false; // an existing key updates that row instead of being an error
    bool skipInvalid = false;
    QString rejectsPath; // with skipInvalid: the bad rows and their problems, as CSV
};

struct CsvImportReport {
    qint64 rows = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // with update: rows equal to what is stored
    qint64 rejected = 0;  // rows with at least one problem (problems counts the problems)
    bool cancelled = false;
    bool committed = false; // false: nothing was stored (bad rows without skipInvalid, a cancel)
    QString sha256;
    ImportProblems problems;
    bool nothingImported() const { return !committed; }
};

// What the import needs to know of a file before its rows are read for real.
struct CsvFileFacts {
    QString sha256; // hex, of the whole file, as the import's audit row names it
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// The pieces every CSV import shares around its row loop: the file's fingerprint and
// encoding, the keys its rows name, the header check, and the file the rejected rows go to.
class CsvImportFile {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvImportFile)

public:
    // Reads the whole file (again record by record when it is not plain UTF-8): its SHA-256;
    // its encoding, UTF-8 unless the file is not UTF-8 but is wholly valid GB18030 (a file
    // saved by Excel or WPS on a Chinese system); and, when keys is given, the first column of
    // every row after the header. A file that cannot be read, holds a NUL byte or is in
    // neither encoding is an Error with its LINE:COLUMN; other damage (a quote never closed)
    // is left to the import's own reading of the rows.
    static Result<CsvFileFacts> inspect(const QString &path, CsvKeyIndex *keys = nullptr);
    // Reads the first record of device and refuses anything but exactly columns.
    static Status checkHeader(QIODevice &device, const QString &path, const QStringList &columns,
                              CsvEncoding encoding = CsvEncoding::Utf8);
};

// Where the rejected rows of a --skip-invalid import go: the row as it was, with its
// problems as a last column. Whole or not at all, and in step with the import: commit() is
// called inside the import's transaction right before COMMIT, so a file that cannot be
// written fails the import, and withdraw() removes it again should the COMMIT then fail.
class CsvRejects {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvRejects)

public:
    // Starts the file afresh (an empty path writes nothing): a retried transaction reopens it.
    Status open(const QString &path, const QStringList &columns);
    // A write that failed is an Error naming the file and the system's reason.
    Status add(QStringList fields, const QStringList &problems);
    // Writes, syncs and puts the file under its name.
    Status commit();
    // Removes the file commit() put in place (a device such as /dev/null is left alone).
    void withdraw();

private:
    Error writeError() const;

    QString m_path;
    std::unique_ptr<OutputFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    bool m_regularFile = false; // the path is (or will be) a file, not a device
    bool m_committed = false;
};

} // namespace sd
