#include "core/kernel/storage/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Database)
};

QAtomicInt g_instanceCounter;

int busyTimeoutFromEnvironment() {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("STATIONDESK_SQLITE_BUSY_TIMEOUT_MS", &ok);
    return ok && value >= 0 ? value : Database::kDefaultBusyTimeoutMs;
}

void applyUrl(QSqlDatabase &db, const DatabaseUrl &url) {
    if (url.engine == Engine::Sqlite) {
        db.setDatabaseName(url.path);
        return;
    }
    db.setHostName(url.host);
    if (url.port > 0) {
        db.setPort(url.port);
    }
    db.setUserName(url.user);
    if (!url.password.isEmpty()) {
        db.setPassword(url.password);
    }
    db.setDatabaseName(url.database);
    db.setConnectOptions(url.connectOptions);
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionPrefix)
    : m_url(std::move(url))
    , m_dialect(m_url.engine)
    , m_connectionPrefix(std::move(connectionPrefix))
    , m_busyTimeoutMs(busyTimeoutFromEnvironment()) {}

Database::~Database() {
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connectionNames;
    }
    // removeDatabase closes the connection; looking it up first would warn for
    // connections that belong to worker threads which have finished.
    for (const QString &name : names) {
        QSqlDatabase::removeDatabase(name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url) {
    if (url.engine == Engine::Sqlite) {
        const QFileInfo info(url.path);
        if (info.exists() && !info.isFile()) {
            return Error::usage(Tr::tr("\"%1\" is not a file").arg(url.path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::usage(Tr::tr("Cannot create the folder \"%1\" for the database")
                                    .arg(info.absolutePath()));
        }
    }
    const Dialect dialect(url.engine);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return Error::storage(Tr::tr("The Qt %1 driver (%2) is not installed")
                                  .arg(dialect.engineName(), dialect.driverName()));
    }
    SD_RETURN_IF_ERROR(dialect.checkLocation(url));
    const QString prefix = u"sd-db%1"_s.arg(g_instanceCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(url, prefix));
    auto connection = database->openConnectionForThisThread();
    SD_RETURN_IF_ERROR(connection);
    SD_RETURN_IF_ERROR(dialect.checkIntegrity(connection.value()));
    return database;
}

QString Database::connectionNameForThisThread() const {
    return u"%1-t%2"_s.arg(m_connectionPrefix)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase Database::connection() const {
    const QString name = connectionNameForThisThread();
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    auto opened = openConnectionForThisThread();
    return opened ? opened.value() : QSqlDatabase::database(name, false);
}

Result<QSqlDatabase> Database::openConnectionForThisThread() const {
    return openConnection(connectionNameForThisThread());
}

Status Database::listenForOtherDesks() const {
    if (m_url.engine != Engine::Postgres || m_changes->isListening()) {
        return {};
    }
    auto listener = openConnection(m_connectionPrefix + u"-listen"_s);
    SD_RETURN_IF_ERROR(listener);
    return m_changes->listen(listener.value());
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.driverName(), name);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    applyUrl(db, m_url);
    if (m_url.engine == Engine::Sqlite) {
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    }
    if (!db.open()) {
        return Error::storage(Tr::tr("Cannot open the database %1: %2")
                                  .arg(m_url.displayName(), db.lastError().text()));
    }
    if (Status configured = m_dialect.configureConnection(db, m_busyTimeoutMs); !configured) {
        return Error::storage(Tr::tr("%1 cannot be used as a StationDesk database: %2")
                                  .arg(m_url.displayName(), configured.error().message));
    }
    return db;
}

} // namespace sd
