#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QStringList>

namespace sd {

// Keeps an output from landing on what the program must not overwrite: the open SQLite
// database, one of its companion files (-wal, -shm, -journal), or a file the same command
// reads. Compared as files on disk, not as spellings: "./st.sqlite", a symbolic link and a
// hard link to the database are all the database.
class OutputPath {
    Q_DECLARE_TR_FUNCTIONS(sd::OutputPath)

public:
    // A Usage error naming both files when output is one of the protected ones; also when
    // it is a folder. An empty output (standard output) is always allowed.
    static Status check(const QString &output, const DatabaseUrl &database,
                        const QStringList &inputs = {});

    // True when a and b are the same file on disk (or, where one does not exist yet, the same
    // name in the same folder once links are resolved).
    static bool sameFile(const QString &a, const QString &b);

    // The database file and its companions, for callers that show them.
    static QStringList databaseFiles(const DatabaseUrl &database);

    // Every open station database is registered (Application does it), so that OutputFile
    // refuses to write over one whichever screen or command asked: the last line of defence
    // behind the commands' own check. Counted, so two opens of one file need two releases.
    static void protect(const DatabaseUrl &database);
    static void release(const DatabaseUrl &database);
    // check() against every registered database.
    static Status checkAgainstOpenDatabases(const QString &output);
};

} // namespace sd
