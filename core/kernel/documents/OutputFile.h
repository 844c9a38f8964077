#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <memory>

namespace sd {

// A file the program writes (CSV, JSON, PDF, rejects, labels, backups), written whole or
// not at all: into a temporary file beside the target that is flushed, synced and renamed
// over it on commit(), and removed if anything fails or commit() never comes. A device or
// pipe (/dev/stdout, a FIFO) cannot be renamed over, so it is written directly, and so is
// standard output (an empty path); there every write error is still an error. Errors carry
// the operating system's reason ("No space left on device", "Broken pipe").
//
// Not QSaveFile: it reports a write that failed in its buffer as "Unknown error", and when
// opened unbuffered it commits a file whose last writes failed.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(sd::OutputFile)

public:
    OutputFile();
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // path empty: standard output, or standardOutput when given (a caller's stand-in for
    // it). A Validation error on field "output" when it cannot be opened; a Usage error
    // when path is an open station database's file.
    Status open(const QString &path, QIODevice *standardOutput = nullptr);
    // Where to write; a failed write returns -1 and its errorString() is the system's reason.
    QIODevice &device();
    // Everything written reaches the disk (or the pipe) under the final name, or nothing does.
    Status commit();
    // Discards what was written; the final name keeps what it had.
    void cancel();

    // Opens, writes bytes and commits.
    static Status write(const QString &path, const QByteArray &bytes);

    // For a file another writer made (SQLite's VACUUM INTO): syncs it and renames it to
    // finalPath, syncing the folder; on failure the temporary file is removed.
    static Status publish(const QString &temporaryPath, const QString &finalPath);

    // "standard output" or the path, for messages.
    QString displayName() const;

private:
    class Sink;
    Error failure(const QString &reason) const;

    QString m_path;
    QString m_temporaryPath; // empty when writing directly
    QString m_finalPath;
    std::unique_ptr<Sink> m_sink;
    QIODevice *m_standardOutput = nullptr; // when standard output is a caller's device
};

} // namespace sd
