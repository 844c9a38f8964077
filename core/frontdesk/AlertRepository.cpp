#include "core/frontdesk/AlertRepository.h"

#include "core/frontdesk/AlertTallyRepository.h"
#include "core/kernel/common/SearchText.h"
#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertRepository)
};

const QString kColumns =
    u"a.id, a.number, a.received_at, a.source, a.category, a.preventable, a.area_id, "
    u"COALESCE(ca.name, ''), a.location, a.caller_name, a.caller_phone, a.summary, a.status, "
    u"a.row_version, a.updated_at, a.updated_by "
    u"FROM alert a LEFT JOIN community_area ca ON ca.id = a.area_id"_s;

Alert alertFrom(const QSqlQuery &query) {
    Alert alert;
    readColumns(query, 0, alert.id, alert.number, alert.receivedAt, alert.source, alert.category,
                alert.preventable, alert.areaId, alert.areaName, alert.location, alert.callerName,
                alert.callerPhone, alert.summary, alert.status, alert.rowVersion, alert.updatedAt,
                alert.updatedBy);
    return alert;
}

QString searchTextOf(const Alert &alert) {
    return SearchText::index({alert.summary, alert.location, alert.callerName, alert.callerPhone});
}

QVariantList contentValues(const Alert &alert) {
    return {alert.receivedAt,          toKey(alert.source),      toKey(alert.category),
            alert.preventable ? 1 : 0, nullableId(alert.areaId), alert.location,
            alert.callerName,          alert.callerPhone,        alert.summary,
            toKey(alert.status),       searchTextOf(alert)};
}
} // namespace

Result<QList<Alert>> AlertRepository::fetch(const QString &sql, const QVariantList &values) const {
    auto query = runSql(m_database.connection(), sql, values);
    SD_RETURN_IF_ERROR(query);
    QList<Alert> alerts;
    while (query.value().next()) {
        alerts << alertFrom(query.value());
    }
    SD_RETURN_IF_ERROR(fillOfficers(alerts));
    return alerts;
}

Status AlertRepository::fillOfficers(QList<Alert> &alerts) const {
    if (alerts.isEmpty()) {
        return {};
    }
    QStringList marks;
    QVariantList ids;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        marks << u"?"_s;
        ids << alerts[i].id;
        indexOf.insert(alerts[i].id, i);
    }
    auto query = runSql(m_database.connection(),
                        u"SELECT ao.alert_id, p.id, p.name FROM alert_officer ao "
                        u"JOIN person p ON p.id = ao.person_id WHERE ao.alert_id IN ("_s +
                            marks.join(u", "_s) + u") ORDER BY ao.alert_id, ao.position"_s,
                        ids);
    SD_RETURN_IF_ERROR(query);
    while (query.value().next()) {
        Alert &alert = alerts[indexOf.value(query.value().value(0).toLongLong())];
        alert.officerIds << query.value().value(1).toLongLong();
        alert.officerNames << query.value().value(2).toString();
    }
    return {};
}

namespace {
// How the text filter is written: as a condition on the row (lists), driven by the
// full-text index (counts), or left out (the window of AlertRepository::windowPage).
enum class TextAs { Condition, Match, Omitted };

QString whereClause(const Database &database, const AlertFilter &filter, QVariantList &values,
                    TextAs textAs) {
    SqlWhere where(u"a.station_id = ?"_s, database.stationId());
    where.within(u"a.received_at"_s, filter.from, filter.to)
        .whenSet(filter.category, u"a.category = ?"_s)
        .whenSet(filter.status, u"a.status = ?"_s)
        .whenSet(filter.areaId, u"a.area_id = ?"_s)
        .whenSet(filter.officerId,
                 u"a.id IN (SELECT alert_id FROM alert_officer WHERE person_id = ?)"_s);
    QVariantList categories;
    for (AlertCategory category : filter.anyOfCategories) {
        categories << toKey(category);
    }
    where.anyOf(u"a.category"_s, categories);
    if (filter.preventable) {
        where.add(u"a.preventable = ?"_s, {*filter.preventable ? 1 : 0});
    }
    if (filter.withoutArea) {
        where.add(u"a.area_id IS NULL"_s);
    }
    const auto terms = SearchText::query(filter.text);
    if (!terms.isEmpty() && textAs != TextAs::Omitted) {
        where.add(textAs == TextAs::Match ? database.dialect().alertTextMatch()
                                          : database.dialect().alertTextCondition(),
                  {database.dialect().fullTextQuery(terms)});
    }
    return where.sql(values);
}

QString orderBy(const Database &database, const AlertPageRequest &request) {
    const QString direction = request.descending ? u" DESC"_s : u" ASC"_s;
    if (request.sort == AlertSort::Number) {
        return u" ORDER BY "_s + database.dialect().textOrder(u"a.number"_s) + direction;
    }
    return u" ORDER BY a.received_at"_s + direction + u", a.id"_s + direction;
}

// The keyset condition (rows after the previous page's last) and the order, both on the
// columns of an index, so a page reads only its own rows.
QString keysetAndOrder(const Database &database, const AlertPageRequest &request,
                       QVariantList &values) {
    const QString after = request.descending ? u" < "_s : u" > "_s;
    QString sql;
    if (request.sort == AlertSort::Number) {
        if (!request.afterNumber.isEmpty()) {
            sql += u" AND "_s + database.dialect().textOrder(u"a.number"_s) + after + u"?"_s;
            values << request.afterNumber;
        }
    } else if (request.afterReceivedAt && request.afterId) {
        sql += u" AND (a.received_at, a.id)"_s + after + u"(?, ?)"_s;
        values << *request.afterReceivedAt << *request.afterId;
    }
    return sql + orderBy(database, request);
}

// The window of windowPage: enough rows that a common word fills a page from it, few
// enough to read in a millisecond or two.
constexpr int kWindowRows = 5000;
// Ids of the window further apart than this are looked up in the index as separate ranges.
constexpr qint64 kRangeGap = 2000;
constexpr int kMostRanges = 32;
} // namespace

Result<std::optional<QList<Alert>>> AlertRepository::windowPage(const AlertFilter &filter,
                                                                const AlertPageRequest &request,
                                                                const QString &rangeSql) const {
    using Outcome = std::optional<QList<Alert>>;
    QVariantList values;
    // One statement each: the values must be appended in the order of the placeholders.
    QString sql =
        u"SELECT a.id FROM alert a"_s + whereClause(m_database, filter, values, TextAs::Omitted);
    sql += keysetAndOrder(m_database, request, values) + u" LIMIT ?"_s;
    values << kWindowRows;
    auto window = runSql(m_database.connection(), sql, values);
    SD_RETURN_IF_ERROR(window);
    QList<qint64> ids;
    ids.reserve(kWindowRows);
    while (window->next()) {
        ids << window->value(0).toLongLong();
    }
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    // The window's ids as ranges; rows are mostly stored in the order they were received,
    // so a window is usually one dense range plus a few strays.
    QList<std::pair<qint64, qint64>> ranges;
    qint64 span = 0;
    for (const qint64 id : sorted) {
        if (ranges.isEmpty() || id - ranges.last().second > kRangeGap) {
            ranges.append({id, id});
        } else {
            ranges.last().second = id;
        }
    }
    for (const auto &[low, high] : ranges) {
        span += high - low + 1;
    }
    if (ranges.size() > kMostRanges || span > 8 * qint64(kWindowRows)) {
        return Outcome(); // scattered ids: the index would read more than the plain query
    }
    const QString match = m_database.dialect().fullTextQuery(SearchText::query(filter.text));
    QSet<qint64> hits;
    for (const auto &[low, high] : ranges) {
        auto found = runSql(m_database.connection(), rangeSql, {match, low, high});
        SD_RETURN_IF_ERROR(found);
        while (found->next()) {
            hits.insert(found->value(0).toLongLong());
        }
    }
    QVariantList pageIds;
    QStringList marks;
    for (const qint64 id : std::as_const(ids)) {
        if (pageIds.size() == request.limit) {
            break;
        }
        if (hits.contains(id)) {
            pageIds << id;
            marks << u"?"_s;
        }
    }
    // Short of a page, the window is exact only if it held every row left.
    if (pageIds.size() < request.limit && ids.size() == kWindowRows) {
        return Outcome();
    }
    if (pageIds.isEmpty()) {
        return Outcome(QList<Alert>());
    }
    auto alerts = fetch(u"SELECT "_s + kColumns + u" WHERE a.id IN ("_s + marks.join(u", "_s) +
                            u")"_s + orderBy(m_database, request),
                        pageIds);
    SD_RETURN_IF_ERROR(alerts);
    return Outcome(std::move(alerts).value());
}

Result<QList<Alert>> AlertRepository::page(const AlertFilter &filter,
                                           const AlertPageRequest &request) const {
    // A common word matches a third of a million alerts: the plain query would collect
    // every match to sort them. The newest rows in list order, checked against the index
    // range by range, give the same page for the cost of a few thousand index entries.
    const QString rangeSql = m_database.dialect().alertTextIdsInRange();
    if (!rangeSql.isEmpty() && !SearchText::query(filter.text).isEmpty() && request.limit > 0) {
        auto windowed = windowPage(filter, request, rangeSql);
        SD_RETURN_IF_ERROR(windowed);
        if (windowed->has_value()) {
            return std::move(**windowed);
        }
    }
    QVariantList values;
    QString sql =
        u"SELECT "_s + kColumns + whereClause(m_database, filter, values, TextAs::Condition);
    sql += keysetAndOrder(m_database, request, values) + u" LIMIT ?"_s;
    values << request.limit;
    return fetch(sql, values);
}

Result<std::optional<qint64>>
AlertRepository::countFromIndexAlone(const AlertFilter &filter,
                                     std::optional<qint64> atMost) const {
    const QString sql = m_database.dialect().alertTextCountIfOneStation();
    if (sql.isEmpty() || filter.narrowsBeyondText()) {
        return std::optional<qint64>();
    }
    auto value = scalarSql(m_database.connection(), sql,
                           {m_database.stationId(), m_database.stationId(),
                            m_database.dialect().fullTextQuery(SearchText::query(filter.text)),
                            atMost.value_or(-1)});
    SD_RETURN_IF_ERROR(value);
    return value->isNull() ? std::optional<qint64>() : std::optional(value->toLongLong());
}

Result<qint64> AlertRepository::count(const AlertFilter &filter,
                                      std::optional<qint64> atMost) const {
    QVariantList values;
    const bool text = !SearchText::query(filter.text).isEmpty();
    if (text) {
        auto counted = countFromIndexAlone(filter, atMost);
        SD_RETURN_IF_ERROR(counted);
        if (counted->has_value()) {
            return **counted;
        }
    }
    const QString rows = u" FROM "_s +
                         (text ? m_database.dialect().alertTextSource() : u"alert a"_s) +
                         whereClause(m_database, filter, values, TextAs::Match);
    QString sql = u"SELECT COUNT(*)"_s + rows;
    if (atMost) {
        // Stops at the cap: a search box does not need to know there are 298,843 matches.
        sql = u"SELECT COUNT(*) FROM (SELECT 1"_s + rows + u" LIMIT ?) capped"_s;
        values << *atMost;
    }
    auto value = scalarSql(m_database.connection(), sql, values);
    SD_RETURN_IF_ERROR(value);
    return value.value().toLongLong();
}

Result<Alert> AlertRepository::find(qint64 id) const {
    auto alerts = fetch(u"SELECT "_s + kColumns + u" WHERE a.id = ? AND a.station_id = ?"_s,
                        {id, m_database.stationId()});
    SD_RETURN_IF_ERROR(alerts);
    if (alerts->isEmpty()) {
        return Error::notFound(Tr::tr("No alert with id %1").arg(id));
    }
    return alerts->first();
}

Result<std::optional<Alert>> AlertRepository::findByNumber(const QString &number) const {
    auto alerts = fetch(u"SELECT "_s + kColumns + u" WHERE a.number = ? AND a.station_id = ?"_s,
                        {number, m_database.stationId()});
    SD_RETURN_IF_ERROR(alerts);
    return alerts->isEmpty() ? std::optional<Alert>() : std::optional<Alert>(alerts->first());
}

Result<QString> AlertRepository::nextNumber(int year) const {
    return nextYearNumber(m_database.connection(), m_database.stationId(), u"alert"_s, u"JQ"_s,
                          year, 6);
}

Result<qint64> AlertRepository::insertQuick(const Alert &alert, qint64 nowMs,
                                            const QString &actor) const {
    QVariantList values{m_database.stationId(), alert.number};
    values << contentValues(alert) << nowMs << nowMs << actor;
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO alert (station_id, number, received_at, source, category, preventable, "
        u"area_id, location, caller_name, caller_phone, summary, status, search_text, "
        u"row_version, created_at, updated_at, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
        values);
    SD_RETURN_IF_ERROR(id);
    const qint64 alertId = id.value().toLongLong();
    SD_RETURN_IF_ERROR(writeOfficers(alertId, alert.officerIds));
    AlertTallyRepository tally(m_database);
    tally.count(alert, 1);
    SD_RETURN_IF_ERROR(tally.flush());
    return alertId;
}

Result<Alert> AlertRepository::insert(const Alert &alert, qint64 nowMs,
                                      const QString &actor) const {
    auto id = insertQuick(alert, nowMs, actor);
    SD_RETURN_IF_ERROR(id);
    return find(id.value());
}

Status AlertRepository::updateByNumber(const Alert &alert, qint64 nowMs,
                                       const QString &actor) const {
    AlertTallyRepository tally(m_database);
    auto before = tally.storedFacts(alert.number);
    SD_RETURN_IF_ERROR(before);
    QVariantList values = contentValues(alert);
    values << nowMs << actor << alert.number << m_database.stationId();
    auto query = runSql(m_database.connection(),
                        u"UPDATE alert SET received_at = ?, source = ?, category = ?, "
                        u"preventable = ?, area_id = ?, location = ?, caller_name = ?, "
                        u"caller_phone = ?, summary = ?, status = ?, search_text = ?, "
                        u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                        u"WHERE number = ? AND station_id = ?"_s,
                        values);
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        return Error::notFound(Tr::tr("No alert numbered %1").arg(alert.number));
    }
    tally.count(before.value(), -1);
    tally.count(alert, 1);
    return tally.flush();
}

Result<Alert> AlertRepository::update(const Alert &alert, qint64 nowMs,
                                      const QString &actor) const {
    // Read before the write that must match its version: a change by another desk in
    // between fails that match, so the counts only ever move from the version replaced.
    AlertTallyRepository tally(m_database);
    auto before = tally.storedFacts(alert.id);
    SD_RETURN_IF_ERROR(before);
    QVariantList values = contentValues(alert);
    values << nowMs << actor << alert.id << m_database.stationId() << alert.rowVersion;
    auto query = runSql(m_database.connection(),
                        u"UPDATE alert SET received_at = ?, source = ?, category = ?, "
                        u"preventable = ?, area_id = ?, location = ?, caller_name = ?, "
                        u"caller_phone = ?, summary = ?, status = ?, search_text = ?, "
                        u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                        u"WHERE id = ? AND station_id = ? AND row_version = ?"_s,
                        values);
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        auto current = find(alert.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(Tr::tr("Alert %1").arg(current->number), current->updatedBy,
                             current->updatedAt);
    }
    if (auto cleared = runSql(m_database.connection(),
                              u"DELETE FROM alert_officer WHERE alert_id = ?"_s, {alert.id});
        !cleared) {
        return cleared.error();
    }
    SD_RETURN_IF_ERROR(writeOfficers(alert.id, alert.officerIds));
    tally.count(before.value(), -1);
    tally.count(alert, 1);
    SD_RETURN_IF_ERROR(tally.flush());
    return find(alert.id);
}

Status AlertRepository::writeOfficers(qint64 alertId, const QList<qint64> &officerIds) const {
    for (qsizetype i = 0; i < officerIds.size(); ++i) {
        auto inserted = runSql(m_database.connection(),
                               u"INSERT INTO alert_officer (alert_id, person_id, position) "
                               u"VALUES (?, ?, ?)"_s,
                               {alertId, officerIds[i], int(i)});
        SD_RETURN_IF_ERROR(inserted);
    }
    return {};
}

} // namespace sd
