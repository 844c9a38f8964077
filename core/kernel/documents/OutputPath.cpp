#include "core/kernel/documents/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct FileId {
    dev_t device = 0;
    ino_t inode = 0;
};

std::optional<FileId> fileId(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return std::nullopt;
    }
    return FileId{info.st_dev, info.st_ino};
}

// The absolute path with every link in its existing part resolved; for a file that does not
// exist yet, its resolved folder and its name.
QString resolvedName(const QString &path, int linksLeft = 8) {
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty()) {
        return canonical;
    }
    // A link to a file that does not exist yet would still be written through.
    if (info.isSymLink() && linksLeft > 0) {
        return resolvedName(info.symLinkTarget(), linksLeft - 1);
    }
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + u'/' +
                           info.fileName());
}

QMutex g_protectedMutex;
QList<DatabaseUrl> g_protected; // guarded by g_protectedMutex

} // namespace

void OutputPath::protect(const DatabaseUrl &database) {
    if (database.engine == Engine::Sqlite) {
        const QMutexLocker lock(&g_protectedMutex);
        g_protected << database;
    }
}

void OutputPath::release(const DatabaseUrl &database) {
    const QMutexLocker lock(&g_protectedMutex);
    for (qsizetype i = 0; i < g_protected.size(); ++i) {
        if (g_protected.at(i).path == database.path) {
            g_protected.removeAt(i);
            return;
        }
    }
}

Status OutputPath::checkAgainstOpenDatabases(const QString &output) {
    QList<DatabaseUrl> open;
    {
        const QMutexLocker lock(&g_protectedMutex);
        open = g_protected;
    }
    for (const DatabaseUrl &database : std::as_const(open)) {
        if (Status safe = check(output, database); !safe) {
            return safe;
        }
    }
    return {};
}

bool OutputPath::sameFile(const QString &a, const QString &b) {
    const auto idA = fileId(a);
    const auto idB = fileId(b);
    if (idA && idB) {
        return idA->device == idB->device && idA->inode == idB->inode;
    }
    return resolvedName(a) == resolvedName(b);
}

QStringList OutputPath::databaseFiles(const DatabaseUrl &database) {
    if (database.engine != Engine::Sqlite || database.path.isEmpty()) {
        return {};
    }
    // SQLite names its companions after the file a link points to, so both spellings count.
    QStringList files;
    for (const QString &base : {database.path, resolvedName(database.path)}) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (!files.contains(base + suffix)) {
                files << base + suffix;
            }
        }
    }
    return files;
}

Status OutputPath::check(const QString &output, const DatabaseUrl &database,
                         const QStringList &inputs) {
    if (output.isEmpty()) {
        return {};
    }
    if (QFileInfo(output).isDir()) {
        return Error::usage(tr("The output %1 is a folder; name a file.").arg(output));
    }
    const QStringList databaseFileNames = databaseFiles(database);
    for (const QString &file : databaseFileNames) {
        if (sameFile(output, file)) {
            return Error::usage(tr("Refusing to write %1: it is the station database %2 (or one "
                                   "of its files); choose another file.")
                                    .arg(output, QDir::toNativeSeparators(database.path)));
        }
    }
    for (const QString &input : inputs) {
        if (!input.isEmpty() && sameFile(output, input)) {
            return Error::usage(
                tr("Refusing to write %1: it is %2, which this command reads; choose another "
                   "file.")
                    .arg(output, input));
        }
    }
    return {};
}

} // namespace sd
