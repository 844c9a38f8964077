#pragma once

#include "common/Result.h"
#include "reports/Csv.h"

#include <QCoreApplication>
#include <QSaveFile>
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
    qint64 rejected = 0;
    bool cancelled = false;
    bool committed = false; // false: nothing was stored (bad rows without skipInvalid, a cancel)
    QString sha256;
    ImportProblems problems;
    bool nothingImported() const { return !committed; }
};

// The pieces every CSV import shares around its row loop: the file's fingerprint for the
// audit row, the header check, and the file the rejected rows go to.
class CsvImportFile {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvImportFile)

public:
    // SHA-256 (hex) of the whole file, as the import's audit row names it.
    static Result<QString> sha256(const QString &path);
    // Reads the first record of device and refuses anything but exactly columns.
    static Status checkHeader(QIODevice &device, const QString &path, const QStringList &columns);
};

// Where the rejected rows of a --skip-invalid import go: the row as it was, with its
// problems as a last column. Written atomically, and only when the import commits.
class CsvRejects {
    Q_DECLARE_TR_FUNCTIONS(sd::CsvRejects)

public:
    // An empty path writes nothing.
    Status open(const QString &path, const QStringList &columns);
    void add(QStringList fields, const QStringList &problems);
    Status commit();

private:
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
};

} // namespace sd
