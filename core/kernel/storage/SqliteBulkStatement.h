#pragma once

#include "core/kernel/common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringEncoder>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sd {

// One statement run many times on a SQLite connection straight through the sqlite3 C API
// (the handle Qt's driver exposes), for bulk writes: prepared once, values bound as UTF-8
// from buffers reused row after row. Qt's binding converts every value through QVariant and
// UTF-16, and SQLite then converts the text back to UTF-8: on short rows that was a third
// of an import's CPU. Runs inside the caller's transaction on the caller's connection.
class SqliteBulkStatement {
public:
    SqliteBulkStatement() = default;
    ~SqliteBulkStatement();
    SqliteBulkStatement(const SqliteBulkStatement &) = delete;
    SqliteBulkStatement &operator=(const SqliteBulkStatement &) = delete;

    // Fails when the connection is not SQLite's or the statement does not prepare.
    Status prepare(const QSqlDatabase &connection, const QString &sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters count from 0, as QSqlQuery's positional ones do.
    void bind(int index, qint64 value);
    void bind(int index, const QString &value); // empty and null strings bind as ''
    void bindNull(int index);

    // Runs the statement with the values bound since the last run and tells how many rows it
    // changed, or -1 when it failed: lastError() then holds SQLite's code and words in Qt's
    // form, for databaseError() and the name of the row the caller gives it.
    int run();
    const QSqlError &lastError() const { return m_error; }

    void finish();

private:
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlError m_error;
    std::vector<QByteArray> m_text; // one buffer per parameter, reused
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

} // namespace sd
