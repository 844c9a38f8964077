#include "core/kernel/storage/Sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Sql)
};

Q_LOGGING_CATEGORY(lcSql, "stationdesk.sql", QtWarningMsg)

// The engine's own words, first line only and without the fragments that quote the
// statement (SQLite's `near "…":`, PostgreSQL's `at or near "…"` and LINE context).
QString engineText(const QSqlError &error) {
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    text = text.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression prefix(u"^(ERROR|FATAL|PANIC):\\s*"_s);
    static const QRegularExpression quoted(u"\\s*(at or )?near \"[^\"]*\":?"_s);
    text.remove(prefix);
    text.remove(quoted);
    return text.trimmed();
}

QString sqliteCause(int code, const QSqlError &error) {
    constexpr int kPrimary = 0xff; // extended codes keep the primary one in the low byte
    switch (code & kPrimary) {
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Tr::tr("the system refused access to the database file");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Tr::tr("another desk or program has the database locked; try again in a moment");
    case 7: // SQLITE_NOMEM
        return Tr::tr("the computer ran out of memory");
    case 8: // SQLITE_READONLY
        return Tr::tr("the database cannot be written: its file or its folder is read-only");
    case 10: // SQLITE_IOERR
        return Tr::tr("the disk reported a read or write error");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Tr::tr("the database file is damaged or is not a database; restore it from a "
                      "backup");
    case 13: // SQLITE_FULL
        return Tr::tr("the disk is full");
    case 14: // SQLITE_CANTOPEN
        return Tr::tr("the database file cannot be opened: its folder may be missing or "
                      "read-only");
    case 18: // SQLITE_TOOBIG
        return Tr::tr("a value is too large to store");
    case 19: // SQLITE_CONSTRAINT: the engine's words name the rule (UNIQUE, CHECK …), not SQL
        return Tr::tr("the database refused the change (%1)").arg(engineText(error));
    default:
        return {};
    }
}

QString postgresCause(const QString &state, const QSqlError &error) {
    if (state == u"53100"_s) {
        return Tr::tr("the database server's disk is full");
    }
    if (state == u"53200"_s) {
        return Tr::tr("the database server ran out of memory");
    }
    if (state == u"53300"_s) {
        return Tr::tr("the database server has too many connections; try again later");
    }
    if (state.startsWith(u"53"_s) || state == u"54000"_s) {
        return Tr::tr("the database server ran out of resources");
    }
    if (state == u"25006"_s) {
        return Tr::tr("the database server accepts only reads (a read-only or standby server)");
    }
    if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s) {
        return Tr::tr("another desk was changing the same data at the same time; try again");
    }
    if (state == u"XX001"_s || state == u"XX002"_s) {
        return Tr::tr("the database server reports damaged data; ask its administrator to "
                      "restore it from a backup");
    }
    if (state == u"22021"_s || state == u"22P05"_s) {
        return Tr::tr("a value holds a character the database cannot store, such as a NUL byte");
    }
    if (state == u"42501"_s) {
        return Tr::tr("the database account is not allowed to do this");
    }
    if (state.startsWith(u"08"_s) || state.startsWith(u"57P"_s)) {
        return Tr::tr("the connection to the database server was lost");
    }
    if (state.startsWith(u"23"_s)) {
        return Tr::tr("the database refused the change (%1)").arg(engineText(error));
    }
    return {};
}

QString tableAfter(const QString &sql, const QString &keyword) {
    const QRegularExpression pattern(u"\\b%1\\s+\"?(\\w+)"_s.arg(keyword),
                                     QRegularExpression::CaseInsensitiveOption);
    return pattern.match(sql).captured(1);
}
} // namespace

Error databaseError(const QSqlError &error, const QString &operation) {
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE has five characters; SQLite's result codes (extended ones
    // included) have at most four digits.
    constexpr int kSqlStateLength = 5;
    QString cause = code.size() == kSqlStateLength ? postgresCause(code, error)
                                                   : sqliteCause(code.toInt(), error);
    if (cause.isEmpty()) {
        const QString text = engineText(error);
        cause = text.isEmpty() ? Tr::tr("the database reported error %1").arg(code)
                               : Tr::tr("the database reported: %1").arg(text);
    }
    Error result = Error::storage(Tr::tr("Could not %1: %2.").arg(operation, cause));
    result.nativeCode = code;
    return result;
}

QString sqlOperation(const QString &sql) {
    const QString verb = sql.trimmed().section(u' ', 0, 0).toUpper();
    if (verb == u"SELECT"_s || verb == u"WITH"_s) {
        const QString table = tableAfter(sql, u"FROM"_s);
        return table.isEmpty() ? Tr::tr("read from the database")
                               : Tr::tr("read the %1 table").arg(table);
    }
    if (verb == u"INSERT"_s) {
        return Tr::tr("add rows to the %1 table").arg(tableAfter(sql, u"INTO"_s));
    }
    if (verb == u"UPDATE"_s) {
        return Tr::tr("change rows of the %1 table").arg(tableAfter(sql, u"UPDATE"_s));
    }
    if (verb == u"DELETE"_s) {
        return Tr::tr("delete rows of the %1 table").arg(tableAfter(sql, u"FROM"_s));
    }
    if (verb == u"CREATE"_s || verb == u"DROP"_s || verb == u"ALTER"_s) {
        return Tr::tr("change the database's structure");
    }
    return Tr::tr("run a database command");
}

// A null QString means "no text" in our domain, and the columns are NOT NULL '' for
// that; an absent value that must be SQL NULL is passed as an invalid QVariant().
QVariant bindable(const QVariant &value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        return QVariant(u""_s);
    }
    return value;
}

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool executed = false;
    if (values.isEmpty()) {
        // Unprepared: PostgreSQL cannot prepare DDL, and nothing is bound anyway.
        executed = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values) {
            query.addBindValue(bindable(value));
        }
        executed = query.exec();
    }
    if (!executed) {
        qCDebug(lcSql) << "failed:" << sql << query.lastError().text();
        return databaseError(query.lastError(), sqlOperation(sql));
    }
    return query;
}

Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    auto query = runSql(db, sql, values);
    SD_RETURN_IF_ERROR(query);
    if (!query.value().next()) {
        qCDebug(lcSql) << "no row:" << sql;
        return Error::notFound(Tr::tr("Could not %1: no row was found.").arg(sqlOperation(sql)));
    }
    return query.value().value(0);
}

Result<int> countSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    auto count = scalarSql(db, sql, values);
    SD_RETURN_IF_ERROR(count);
    return count->toInt();
}

Result<QList<qint64>> idsSql(const QSqlDatabase &db, const QString &sql,
                             const QVariantList &values) {
    auto query = runSql(db, sql, values);
    SD_RETURN_IF_ERROR(query);
    QList<qint64> ids;
    while (query->next()) {
        ids << query->value(0).toLongLong();
    }
    return ids;
}

Result<std::optional<qint64>> idSql(const QSqlDatabase &db, const QString &sql,
                                    const QVariantList &values) {
    auto query = runSql(db, sql, values);
    SD_RETURN_IF_ERROR(query);
    if (!query->next()) {
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<QString> nextYearNumber(const QSqlDatabase &db, qint64 stationId, const QString &table,
                               const QString &code, int year, int digits) {
    const QString prefix = u"%1-%2-"_s.arg(code).arg(year);
    auto highest = runSql(db,
                          u"SELECT MAX(number) FROM "_s + table +
                              u" WHERE station_id = ? AND number >= ? AND number < ?"_s,
                          {stationId, prefix, u"%1-%2."_s.arg(code).arg(year)});
    SD_RETURN_IF_ERROR(highest);
    qint64 next = 1;
    if (highest->next() && !highest->value(0).isNull()) {
        next = highest->value(0).toString().mid(prefix.size()).toLongLong() + 1;
    }
    return prefix + u"%1"_s.arg(next, digits, 10, QChar(u'0'));
}

QVariant nullableId(std::optional<qint64> id) {
    return id ? QVariant(*id) : QVariant();
}

QVariant nullableDate(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value) {
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString likePattern(const QString &text) {
    QString escaped = text.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

std::optional<qint64> optionalId(const QVariant &value) {
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace sd
