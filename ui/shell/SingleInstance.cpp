#include "ui/shell/SingleInstance.h"

#include "core/kernel/storage/DatabaseUrl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kConnectMs = 1000;
const QByteArray kActivate = "activate\n"_ba;
} // namespace

SingleInstance::SingleInstance(const QString &key, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_name(
          u"desk-"_s +
          QString::fromLatin1(
              QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)))
    , m_directory(directory) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
}

QString SingleInstance::keyFor(const DatabaseUrl &url) {
    if (url.engine == Engine::Sqlite) {
        const QFileInfo file(url.path);
        const QString canonical = file.canonicalFilePath();
        return u"sqlite:"_s + (canonical.isEmpty() ? file.absoluteFilePath() : canonical);
    }
    DatabaseUrl withoutSecret = url;
    withoutSecret.password.clear();
    return u"postgresql:"_s + withoutSecret.displayName();
}

bool SingleInstance::claim() {
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(QDir(m_directory).filePath(m_name + u".lock"_s));
    // The lock lives as long as the desk: never judge it stale by its age, only by its
    // holder being gone.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        listen();
        return true;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // The folder cannot hold a lock (read-only, full): better two desks than none.
        m_lock.reset();
        return true;
    }
    m_lock.reset();
    askTheFirstDesk();
    return false;
}

void SingleInstance::listen() {
    const QString socket = QDir(m_directory).filePath(m_name + u".socket"_s);
    // A socket file left by a desk that crashed: we hold the lock, so it is no one's.
    QLocalServer::removeServer(socket);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socket)) {
        return; // later starts still find the lock; they just cannot raise this window
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *peer = m_server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
            connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                if (peer->readAll().contains(kActivate)) {
                    Q_EMIT activationRequested();
                }
            });
        }
    });
}

void SingleInstance::askTheFirstDesk() const {
    QLocalSocket socket;
    socket.connectToServer(QDir(m_directory).filePath(m_name + u".socket"_s));
    if (socket.waitForConnected(kConnectMs)) {
        socket.write(kActivate);
        socket.waitForBytesWritten(kConnectMs);
        socket.disconnectFromServer();
    }
}

} // namespace sd
