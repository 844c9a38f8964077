#include "storage/AlertBulkWriter.h"

#include "domain/SearchText.h"
#include "storage/AlertRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertBulkWriter)
};

QVariantList contentValues(const Alert &alert) {
    return {
        alert.receivedAt,
        toKey(alert.source),
        toKey(alert.category),
        alert.preventable ? 1 : 0,
        nullableId(alert.areaId),
        alert.location,
        alert.callerName,
        alert.callerPhone,
        alert.summary,
        toKey(alert.status),
        SearchText::index({alert.summary, alert.location, alert.callerName, alert.callerPhone})};
}
} // namespace

AlertBulkWriter::AlertBulkWriter(const Database &database, qint64 nowMs, QString actor)
    : m_database(database)
    , m_nowMs(nowMs)
    , m_actor(std::move(actor))
    , m_exists(database.connection())
    , m_insert(database.connection())
    , m_update(database.connection()) {
    m_exists.prepare(u"SELECT 1 FROM alert WHERE station_id = ? AND number = ?"_s);
    m_insert.prepare(u"INSERT INTO alert (station_id, number, received_at, source, category, "
                     u"preventable, area_id, location, caller_name, caller_phone, summary, "
                     u"status, search_text, row_version, created_at, updated_at, updated_by) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"_s);
    m_update.prepare(u"UPDATE alert SET received_at = ?, source = ?, category = ?, "
                     u"preventable = ?, area_id = ?, location = ?, caller_name = ?, "
                     u"caller_phone = ?, summary = ?, status = ?, search_text = ?, "
                     u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                     u"WHERE station_id = ? AND number = ?"_s);
}

Status AlertBulkWriter::run(QSqlQuery &query, const QString &what) {
    if (!query.exec()) {
        Error error = Error::storage(
            Tr::tr("The database failed to %1: %2").arg(what, query.lastError().text()));
        error.nativeCode = query.lastError().nativeErrorCode();
        return error;
    }
    return {};
}

Status AlertBulkWriter::bindAndRun(QSqlQuery &query, const QVariantList &values,
                                   const QString &what) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(int(i), bindable(values[i]));
    }
    return run(query, what);
}

Result<bool> AlertBulkWriter::exists(const QString &number) {
    if (Status ran = bindAndRun(m_exists, {m_database.stationId(), number}, u"look up"_s); !ran) {
        return ran.error();
    }
    const bool found = m_exists.next();
    m_exists.finish();
    return found;
}

Status AlertBulkWriter::insert(const Alert &alert) {
    QVariantList values{m_database.stationId(), alert.number};
    values << contentValues(alert) << m_nowMs << m_nowMs << m_actor;
    return bindAndRun(m_insert, values, u"insert"_s);
}

Status AlertBulkWriter::update(const Alert &alert) {
    QVariantList values = contentValues(alert);
    values << m_nowMs << m_actor << m_database.stationId() << alert.number;
    return bindAndRun(m_update, values, u"update"_s);
}

Result<QString> AlertBulkWriter::nextNumber(int year) {
    if (!m_nextByYear.contains(year)) {
        auto first = AlertRepository(m_database).nextNumber(year);
        if (!first) {
            return first.error();
        }
        m_nextByYear.insert(year, first->mid(8).toLongLong());
    }
    for (;;) {
        const qint64 next = m_nextByYear[year]++;
        const QString number = u"JQ-%1-%2"_s.arg(year).arg(next, 6, 10, QChar(u'0'));
        auto taken = exists(number);
        if (!taken) {
            return taken.error();
        }
        if (!taken.value()) {
            return number;
        }
    }
}

} // namespace sd
