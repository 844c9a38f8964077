#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLockFile;

namespace sd {

struct DatabaseUrl;

// One desk per user and database: a second start on the same station brings the open
// window to the front instead of opening another one, which would show the same
// records twice and race its own autosaved drafts. A lock file decides who is first
// (the kernel drops its lock when the first desk dies, even by kill -9, so a crash never
// blocks the next start); a local socket next to it carries the "come to the front".
class SingleInstance : public QObject {
    Q_OBJECT

public:
    // directory holds the lock file and the socket; it is the user's own (the cache
    // folder by default), so another user's desk never counts.
    explicit SingleInstance(const QString &key, const QString &directory = defaultDirectory(),
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the desk for the key and listens for later starts;
    // false when another desk holds it, which has been asked to come to the front.
    bool claim();

    // What identifies a station: the SQLite file (links resolved) or the server's
    // database, never a password.
    static QString keyFor(const DatabaseUrl &url);
    static QString defaultDirectory();

Q_SIGNALS:
    // A later start on the same station asked this desk to show itself.
    void activationRequested();

private:
    void listen();
    void askTheFirstDesk() const;

    QString m_name; // file name stem of the lock and the socket
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};

} // namespace sd
