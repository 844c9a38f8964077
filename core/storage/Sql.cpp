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

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &values) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return Error::storage(Tr::tr("The database rejected \"%1\": %2")
                                  .arg(statementHead(sql), query.lastError().text()));
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
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
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &value) {
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace sd
