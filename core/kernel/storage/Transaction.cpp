#include "core/kernel/storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Transaction)
};

Error failure(const QString &message, const QSqlError &cause) {
    Error error = Error::storage(message.arg(cause.text()));
    error.nativeCode = cause.nativeErrorCode();
    return error;
}
} // namespace

Transaction::Transaction(const Database &database, Kind kind)
    : m_database(database)
    , m_db(database.connection()) {
    if (!m_db.isOpen()) {
        m_beginStatus = Error::storage(Tr::tr("The database connection is not open"));
        return;
    }
    // Not QSqlDatabase::transaction(): its plain BEGIN is deferred on SQLite and READ
    // COMMITTED on PostgreSQL, neither of which is what a Kind asks for.
    const Dialect &dialect = database.dialect();
    QSqlQuery begin(m_db);
    if (!begin.exec(kind == Kind::Write ? dialect.beginWriteSql() : dialect.beginSnapshotSql())) {
        const Error error = failure(Tr::tr("Could not start a transaction: %1"), begin.lastError());
        m_beginStatus = dialect.isBusy(error) ? busyError(database) : error;
        return;
    }
    m_active = true;
    m_writes = kind == Kind::Write;
    if (m_writes) {
        database.changes().began();
    }
}

Transaction::~Transaction() {
    if (m_active) {
        m_db.rollback();
        if (m_writes) {
            m_database.changes().rolledBack();
        }
    }
}

Status Transaction::commit() {
    if (!m_active) {
        return m_beginStatus.ok() ? Status(Error::storage(Tr::tr("The transaction is not active")))
                                  : m_beginStatus;
    }
    if (Status told = notifyOtherDesks(); !told) {
        m_db.rollback();
        m_active = false;
        m_database.changes().rolledBack();
        return told;
    }
    if (!m_db.commit()) {
        const Error error = failure(Tr::tr("Could not save the change: %1"), m_db.lastError());
        m_db.rollback();
        m_active = false;
        if (m_writes) {
            m_database.changes().rolledBack();
        }
        return m_database.dialect().isBusy(error) ? busyError(m_database) : error;
    }
    m_active = false;
    if (m_writes) {
        m_database.changes().committed();
    }
    return {};
}

Status Transaction::notifyOtherDesks() {
    const QString sql = m_database.dialect().notifySql();
    if (!m_writes || sql.isEmpty()) {
        return {};
    }
    // In the transaction, so PostgreSQL delivers the notification when, and only if, it commits.
    for (const QString &payload : m_database.changes().pendingPayloads()) {
        QSqlQuery notify(m_db);
        notify.prepare(sql);
        notify.addBindValue(ChangeFeed::kChannel.toString());
        notify.addBindValue(payload);
        if (!notify.exec()) {
            return failure(Tr::tr("Could not tell the other desks about the change: %1"),
                           notify.lastError());
        }
    }
    return {};
}

Error Transaction::busyError(const Database &database) {
    const int seconds = (database.busyTimeoutMs() + 999) / 1000;
    Error error = Error::storage(Tr::tr("Another desk is writing to the database and was still "
                                        "busy after %n second(s). Try again in a moment.",
                                        nullptr, seconds));
    error.nativeCode = database.dialect().busyCode();
    return error;
}

} // namespace sd
