#include "core/kernel/storage/SqliteBulkStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::SqliteBulkStatement)
};
} // namespace

SqliteBulkStatement::~SqliteBulkStatement() {
    finish();
}

Status SqliteBulkStatement::prepare(const QSqlDatabase &connection, const QString &sql) {
    finish();
    const QVariant handle = connection.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return Error::storage(Tr::tr("A bulk statement needs a SQLite connection."));
    }
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_handle));
        finish();
        return Error::storage(Tr::tr("Could not prepare a bulk statement: %1").arg(why));
    }
    m_text.assign(size_t(sqlite3_bind_parameter_count(m_statement)), QByteArray());
    return {};
}

void SqliteBulkStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteBulkStatement::bind(int index, const QString &value) {
    QByteArray &buffer = m_text[size_t(index)];
    // Growing only: a QByteArray keeps its capacity when it shrinks, so after the first rows
    // no bind allocates.
    buffer.resize(std::max(buffer.size(), qsizetype(m_utf8.requiredSpace(value.size()))));
    const char *end = m_utf8.appendToBuffer(buffer.data(), value);
    // SQLITE_STATIC: the buffer outlives the step that reads it (it changes only at the
    // next bind of this parameter).
    sqlite3_bind_text(m_statement, index + 1, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteBulkStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index + 1);
}

int SqliteBulkStatement::run() {
    const int stepped = sqlite3_step(m_statement);
    if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
        m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                            QSqlError::StatementError,
                            QString::number(sqlite3_extended_errcode(m_handle)));
        sqlite3_reset(m_statement);
        return -1;
    }
    sqlite3_reset(m_statement);
    return sqlite3_changes(m_handle);
}

void SqliteBulkStatement::finish() {
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

} // namespace sd
