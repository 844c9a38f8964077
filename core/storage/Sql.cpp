#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Sql)
};

QString statementHead(const QString &sql) {
    return sql.simplified().left(60);
}
} // namespace

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
    } else {
        if (!query.prepare(sql)) {
            return Error::storage(Tr::tr("The database rejected \"%1\": %2")
                                      .arg(statementHead(sql), query.lastError().text()));
        }
        for (const QVariant &value : values) {
            query.addBindValue(bindable(value));
        }
        executed = query.exec();
    }
    if (!executed) {
        Error error = Error::storage(Tr::tr("The database failed on \"%1\": %2")
                                         .arg(statementHead(sql), query.lastError().text()));
        error.nativeCode = query.lastError().nativeErrorCode();
        return error;
    }
    return query;
}

Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    auto query = runSql(db, sql, values);
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return Error::notFound(Tr::tr("No row for \"%1\"").arg(statementHead(sql)));
    }
    return query.value().value(0);
}

QVariant nullableId(std::optional<qint64> id) {
    return id ? QVariant(*id) : QVariant();
}

std::optional<qint64> optionalId(const QVariant &value) {
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace sd
