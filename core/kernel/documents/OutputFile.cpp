#include "core/kernel/documents/OutputFile.h"

#include "core/kernel/documents/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

QString systemReason(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

// fsync that accepts what cannot be synced (a pipe or terminal) as done.
bool syncedOrUnsyncable(int fd) {
    return ::fsync(fd) == 0 || errno == EINVAL || errno == EROFS || errno == ENOTSUP;
}

// Renames a written, synced file over the final name; 0 or the errno.
int renameIntoPlace(const QString &temporaryPath, const QString &finalPath) {
    if (::rename(QFile::encodeName(temporaryPath).constData(),
                 QFile::encodeName(finalPath).constData()) != 0) {
        return errno;
    }
    // The rename itself reaches the disk only once the folder is synced.
    const QByteArray folder = QFile::encodeName(QFileInfo(finalPath).absolutePath());
    if (const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        static_cast<void>(::fsync(dir));
        ::close(dir);
    }
    return 0;
}

} // namespace

// Buffers writes and hands them to the descriptor, keeping the first failure's errno, so a
// caller that stops at a failed write and one that only checks commit() both see the reason.
class OutputFile::Sink : public QIODevice {
public:
    Sink(int fd, bool ownsFd)
        : m_fd(fd)
        , m_ownsFd(ownsFd) {}
    ~Sink() override { closeDescriptor(); }

    int failedWith() const { return m_errno; }

    bool flushBuffer() {
        const char *data = m_buffer.constData();
        qsizetype left = m_buffer.size();
        while (left > 0 && m_errno == 0) {
            const ssize_t written = ::write(m_fd, data, static_cast<size_t>(left));
            if (written < 0) {
                if (errno == EINTR) {
                    continue;
                }
                fail(errno);
                break;
            }
            data += written;
            left -= written;
        }
        m_buffer.clear();
        return m_errno == 0;
    }

    bool sync() {
        if (m_errno == 0 && !syncedOrUnsyncable(m_fd)) {
            fail(errno);
        }
        return m_errno == 0;
    }

    bool closeDescriptor() {
        if (m_ownsFd && m_fd >= 0) {
            if (::close(m_fd) != 0 && m_errno == 0) {
                fail(errno);
            }
            m_fd = -1;
        }
        return m_errno == 0;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override {
        if (m_errno != 0) {
            return -1;
        }
        m_buffer.append(data, length);
        if (m_buffer.size() >= kBufferSize && !flushBuffer()) {
            return -1;
        }
        return length;
    }

private:
    static constexpr qsizetype kBufferSize = 1 << 16;

    void fail(int error) {
        m_errno = error;
        setErrorString(systemReason(error));
    }

    int m_fd;
    bool m_ownsFd;
    int m_errno = 0;
    QByteArray m_buffer;
};

OutputFile::OutputFile() = default;

OutputFile::~OutputFile() {
    cancel();
}

QString OutputFile::displayName() const {
    return m_path.isEmpty() ? tr("standard output") : m_path;
}

Error OutputFile::failure(const QString &reason) const {
    return Error::validation(u"output"_s, tr("Cannot write %1: %2").arg(displayName(), reason));
}

Status OutputFile::open(const QString &path, QIODevice *standardOutput) {
    cancel();
    m_path = path;
    m_standardOutput = path.isEmpty() ? standardOutput : nullptr;
    if (m_standardOutput) {
        return {};
    }
    if (Status safe = OutputPath::checkAgainstOpenDatabases(path); !safe) {
        return safe;
    }
    if (path.isEmpty()) {
        m_sink = std::make_unique<Sink>(STDOUT_FILENO, false);
        m_sink->open(QIODevice::WriteOnly);
        return {};
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        return failure(tr("it is a folder"));
    }
    const QByteArray encoded = QFile::encodeName(path);
    // QFileInfo::isFile() is true for devices too: only a regular file may be renamed over.
    if (struct stat existing{};
        ::stat(encoded.constData(), &existing) == 0 && !S_ISREG(existing.st_mode)) {
        // A terminal, a pipe or a device: there is no file to rename into.
        const int fd = ::open(encoded.constData(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) {
            return failure(systemReason(errno));
        }
        m_sink = std::make_unique<Sink>(fd, true);
        m_sink->open(QIODevice::WriteOnly);
        return {};
    }
    // Beside the file a link points to, so the rename replaces the file, not the link.
    const QString target = info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
    const QFileInfo targetInfo(target);
    QByteArray temporary = QFile::encodeName(targetInfo.absolutePath() + u"/."_s +
                                             targetInfo.fileName() + u".XXXXXX"_s);
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        return failure(systemReason(errno));
    }
    // A new file gets the usual permissions (mkostemp's are 0600); a replaced one keeps its own.
    struct stat existing {};
    mode_t mode = 0;
    if (::stat(QFile::encodeName(target).constData(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    static_cast<void>(::fchmod(fd, mode));
    m_temporaryPath = QFile::decodeName(temporary);
    m_finalPath = target;
    m_sink = std::make_unique<Sink>(fd, true);
    m_sink->open(QIODevice::WriteOnly);
    return {};
}

QIODevice &OutputFile::device() {
    if (m_standardOutput) {
        return *m_standardOutput;
    }
    Q_ASSERT(m_sink);
    return *m_sink;
}

Status OutputFile::commit() {
    if (m_standardOutput) {
        m_standardOutput = nullptr;
        return {};
    }
    if (!m_sink) {
        return failure(tr("the file is not open"));
    }
    const bool written = m_sink->flushBuffer() && m_sink->sync() && m_sink->closeDescriptor();
    const QString reason = m_sink->errorString();
    if (!written) {
        cancel();
        return failure(reason);
    }
    m_sink.reset();
    if (m_temporaryPath.isEmpty()) {
        return {};
    }
    if (const int error = renameIntoPlace(m_temporaryPath, m_finalPath); error != 0) {
        cancel();
        return failure(systemReason(error));
    }
    m_temporaryPath.clear();
    return {};
}

Status OutputFile::publish(const QString &temporaryPath, const QString &finalPath) {
    const QByteArray temporary = QFile::encodeName(temporaryPath);
    int error = 0;
    if (const int fd = ::open(temporary.constData(), O_RDONLY | O_CLOEXEC); fd < 0) {
        error = errno;
    } else {
        error = ::fsync(fd) == 0 ? 0 : errno;
        ::close(fd);
    }
    if (error == 0) {
        error = renameIntoPlace(temporaryPath, finalPath);
    }
    if (error != 0) {
        ::unlink(temporary.constData());
        return Error::validation(u"output"_s,
                                 tr("Cannot write %1: %2").arg(finalPath, systemReason(error)));
    }
    return {};
}

void OutputFile::cancel() {
    m_standardOutput = nullptr;
    m_sink.reset();
    if (!m_temporaryPath.isEmpty()) {
        ::unlink(QFile::encodeName(m_temporaryPath).constData());
        m_temporaryPath.clear();
    }
}

Status OutputFile::write(const QString &path, const QByteArray &bytes) {
    OutputFile file;
    if (Status opened = file.open(path); !opened) {
        return opened;
    }
    if (file.device().write(bytes) != bytes.size()) {
        const QString reason = file.device().errorString();
        file.cancel();
        return file.failure(reason);
    }
    return file.commit();
}

} // namespace sd
