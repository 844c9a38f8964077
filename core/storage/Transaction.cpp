#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Transaction)
};
} // namespace

Transaction::Transaction(const Database &database)
    : m_db(database.connection()) {
    if (!m_db.isOpen()) {
        m_beginStatus = Error::storage(Tr::tr("The database connection is not open"));
        return;
    }
    if (!m_db.transaction()) {
        m_beginStatus = Error::storage(
            Tr::tr("Could not start a transaction: %1").arg(m_db.lastError().text()));
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
        Error error =
            Error::storage(Tr::tr("Could not save the change: %1").arg(m_db.lastError().text()));
        error.nativeCode = m_db.lastError().nativeErrorCode();
        m_db.rollback();
        m_active = false;
        return error;
    }
    m_active = false;
    return {};
}

} // namespace sd
