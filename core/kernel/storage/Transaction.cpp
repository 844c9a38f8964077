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
}

Transaction::~Transaction() {
    if (m_active) {
        m_db.rollback();
    }
}

Status Transaction::commit() {
    if (!m_active) {
        return m_beginStatus.ok() ? Status(Error::storage(Tr::tr("The transaction is not active")))
                                  : m_beginStatus;
    }
    if (!m_db.commit()) {
        const Error error = failure(Tr::tr("Could not save the change: %1"), m_db.lastError());
        m_db.rollback();
        m_active = false;
        return m_database.dialect().isBusy(error) ? busyError(m_database) : error;
    }
    m_active = false;
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
