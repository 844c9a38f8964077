#include "core/mediation/MediationQueryRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// The earliest visit not yet recorded (a station date, YYYY-MM-DD, so text order is date
// order).
const QString kNextDue = u"(SELECT MIN(f.due_on) FROM mediation_follow_up f WHERE f.case_id = "
                         u"m.id AND f.visited_at IS NULL)"_s;

const QString kSummaryColumns =
    u"SELECT m.id, m.number, m.dispute_type, m.risk, m.status, m.outcome, m.opened_at, "
    u"m.closed_at, COALESCE(a.number, ''), COALESCE(ca.name, ''), m.location, "
    u"COALESCE(lp.name, ''), (SELECT COUNT(*) FROM mediation_agreement g WHERE g.case_id = m.id "
    u"AND g.status = 'sealed'), "_s +
    kNextDue +
    u" FROM mediation_case m "
    u"LEFT JOIN alert a ON a.id = m.alert_id LEFT JOIN community_area ca ON ca.id = m.area_id "
    u"LEFT JOIN person lp ON lp.id = m.owning_leader_id "_s;

// A case without a visit due sorts after every date, whichever way the list runs.
QString noVisitKey(bool descending) {
    return descending ? QString() : u"9999-99-99"_s;
}

// The expression a list is ordered by (the id breaks ties).
QString sortKey(const Database &database, const MediationPageRequest &request) {
    switch (request.sort) {
    case MediationSort::Number:
        return database.dialect().textOrder(u"m.number"_s);
    case MediationSort::NextFollowUp:
        return database.dialect().textOrder(u"COALESCE("_s + kNextDue + u", '"_s +
                                            noVisitKey(request.descending) + u"')"_s);
    case MediationSort::OpenedAt:
        break;
    }
    return u"m.opened_at"_s;
}

// The previous page's last row's value of the sort key.
QVariant afterKey(const MediationPageRequest &request, const MediationSummary &last) {
    switch (request.sort) {
    case MediationSort::Number:
        return last.number;
    case MediationSort::NextFollowUp:
        return last.nextFollowUp ? last.nextFollowUp->toString(Qt::ISODate)
                                 : noVisitKey(request.descending);
    case MediationSort::OpenedAt:
        break;
    }
    return last.openedAt;
}

QString idList(const QList<qint64> &ids) {
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(u", "_s);
}
} // namespace

QString MediationQueryRepository::where(const MediationFilter &filter, qint64 overdueCutoffMs,
                                        const QDate &dueBy, QVariantList &values) const {
    SqlWhere where(u"m.station_id = ?"_s, m_database.stationId());
    where.whenSet(filter.status, u"m.status = ?"_s);
    if (filter.overdueOnly) {
        where.add(u"m.status = 'open' AND m.opened_at < ?"_s, {overdueCutoffMs});
    }
    if (filter.dueWithinDays) {
        where.add(u"EXISTS (SELECT 1 FROM mediation_follow_up f WHERE f.case_id = m.id AND "
                  u"f.visited_at IS NULL AND f.due_on <= ?)"_s,
                  {dueBy.toString(Qt::ISODate)});
    }
    where.whenSet(filter.risk, u"m.risk = ?"_s)
        .whenSet(filter.mediatorId, u"EXISTS (SELECT 1 FROM mediation_mediator mm WHERE "
                                    u"mm.case_id = m.id AND mm.person_id = ?)"_s)
        .whenSet(filter.areaId, u"m.area_id = ?"_s)
        .whenSet(filter.owningLeaderId, u"m.owning_leader_id = ?"_s)
        .whenSet(filter.disputeType, u"m.dispute_type = ?"_s)
        .whenSet(filter.alertId, u"m.alert_id = ?"_s);
    return where.sql(values);
}

Result<QList<MediationSummary>> MediationQueryRepository::page(const MediationFilter &filter,
                                                               const MediationPageRequest &request,
                                                               qint64 overdueCutoffMs,
                                                               const QDate &dueBy) const {
    QVariantList values;
    const QString condition = where(filter, overdueCutoffMs, dueBy, values);
    return fetch(condition, values, request);
}

Result<qint64> MediationQueryRepository::count(const MediationFilter &filter,
                                               qint64 overdueCutoffMs, const QDate &dueBy) const {
    QVariantList values;
    const QString condition = where(filter, overdueCutoffMs, dueBy, values);
    return countWhere(condition, values);
}

Result<qint64> MediationQueryRepository::countWhere(const QString &condition,
                                                    const QVariantList &values) const {
    auto counted = scalarSql(m_database.connection(),
                             u"SELECT COUNT(*) FROM mediation_case m "_s + condition, values);
    SD_RETURN_IF_ERROR(counted);
    return counted->toLongLong();
}

Result<QList<MediationSummary>>
MediationQueryRepository::fetch(const QString &condition, QVariantList values,
                                const MediationPageRequest &request) const {
    const QString key = sortKey(m_database, request);
    const QString direction = request.descending ? u" DESC"_s : u" ASC"_s;
    QString sql = kSummaryColumns + condition;
    if (request.after) {
        // Keyset: rows after the previous page's last one in (key, id) order.
        sql += u" AND ("_s + key + u", m.id) "_s + (request.descending ? u"<"_s : u">"_s) +
               u" (?, ?)"_s;
        values << afterKey(request, *request.after) << request.after->id;
    }
    sql += u" ORDER BY "_s + key + direction + u", m.id"_s + direction + u" LIMIT ?"_s;
    values << std::max(0, request.limit);
    auto query = runSql(m_database.connection(), sql, values);
    SD_RETURN_IF_ERROR(query);
    QList<MediationSummary> summaries;
    while (query->next()) {
        const QSqlQuery &q = query.value();
        MediationSummary s;
        readColumns(q, 0, s.id, s.number, s.disputeType, s.risk, s.status, s.outcome, s.openedAt,
                    s.closedAt, s.alertNumber, s.areaName, s.location, s.owningLeaderName);
        s.agreementSealed = q.value(12).toInt() > 0;
        if (!q.value(13).isNull()) {
            s.nextFollowUp = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        }
        summaries << s;
    }
    SD_RETURN_IF_ERROR(fillNames(summaries));
    return summaries;
}

Status MediationQueryRepository::fillNames(QList<MediationSummary> &summaries) const {
    if (summaries.isEmpty()) {
        return {};
    }
    QList<qint64> ids;
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        ids << summaries[i].id;
        indexOf.insert(summaries[i].id, i);
    }
    // Ids are integers from our own query, so listing them inline is safe.
    const QString in = idList(ids);
    auto parties = runSql(m_database.connection(),
                          u"SELECT case_id, name FROM mediation_party WHERE case_id IN ("_s + in +
                              u") ORDER BY case_id, position"_s);
    SD_RETURN_IF_ERROR(parties);
    while (parties->next()) {
        summaries[indexOf.value(parties->value(0).toLongLong())].partyNames
            << parties->value(1).toString();
    }
    auto mediators = runSql(m_database.connection(),
                            u"SELECT mm.case_id, p.name FROM mediation_mediator mm JOIN person p "
                            u"ON p.id = mm.person_id WHERE mm.case_id IN ("_s +
                                in + u") ORDER BY mm.case_id, mm.position"_s);
    SD_RETURN_IF_ERROR(mediators);
    while (mediators->next()) {
        summaries[indexOf.value(mediators->value(0).toLongLong())].mediatorNames
            << mediators->value(1).toString();
    }
    return {};
}

QString MediationQueryRepository::historyWhere(const MediationHistoryQuery &query,
                                               QVariantList &values) const {
    QStringList conditions;
    QVariantList matched;
    if (!query.documentNumber.trimmed().isEmpty()) {
        conditions << u"EXISTS (SELECT 1 FROM mediation_party p WHERE p.case_id = m.id AND "
                      u"p.document_number = ?)"_s;
        matched << query.documentNumber.trimmed().toUpper();
    }
    if (!query.name.trimmed().isEmpty() && !query.phone.trimmed().isEmpty()) {
        conditions << u"EXISTS (SELECT 1 FROM mediation_party p WHERE p.case_id = m.id AND "
                      u"p.name = ? AND p.phone = ?)"_s;
        matched << query.name.trimmed() << query.phone.trimmed();
    }
    if (!query.location.trimmed().isEmpty()) {
        conditions << u"m.location = ?"_s;
        matched << query.location.trimmed();
    }
    if (conditions.isEmpty()) {
        return {};
    }
    values << m_database.stationId() << matched;
    return u"WHERE m.station_id = ? AND ("_s + conditions.join(u" OR "_s) + u')';
}

Result<QList<MediationSummary>>
MediationQueryRepository::historyPage(const MediationHistoryQuery &query,
                                      const MediationPageRequest &request) const {
    QVariantList values;
    const QString condition = historyWhere(query, values);
    if (condition.isEmpty()) {
        return QList<MediationSummary>();
    }
    return fetch(condition, values, request);
}

Result<qint64> MediationQueryRepository::historyCount(const MediationHistoryQuery &query) const {
    QVariantList values;
    const QString condition = historyWhere(query, values);
    if (condition.isEmpty()) {
        return qint64(0);
    }
    return countWhere(condition, values);
}

Result<QList<PossibleRepeat>> MediationQueryRepository::repeats(const MediationCase &mediation,
                                                                qint64 fromMs, qint64 toMs) const {
    QList<PossibleRepeat> found;
    QSet<qint64> seen;
    auto collect = [&](const QString &condition, const QVariantList &extra, RepeatReason reason,
                       const QString &matched) -> Status {
        QVariantList values{m_database.stationId(), fromMs, toMs, mediation.alertId.value_or(0)};
        values << extra;
        auto query = runSql(m_database.connection(),
                            u"SELECT a.id, a.number, a.received_at, a.location, a.summary FROM "
                            u"alert a WHERE a.station_id = ? AND a.received_at >= ? AND "
                            u"a.received_at < ? AND a.id <> ? AND ("_s +
                                condition + u") ORDER BY a.received_at DESC, a.id DESC"_s,
                            values);
        SD_RETURN_IF_ERROR(query);
        while (query->next()) {
            const qint64 id = query->value(0).toLongLong();
            if (seen.contains(id)) {
                continue;
            }
            seen.insert(id);
            found << PossibleRepeat{id,
                                    query->value(1).toString(),
                                    query->value(2).toLongLong(),
                                    query->value(3).toString(),
                                    query->value(4).toString(),
                                    reason,
                                    matched};
        }
        return {};
    };
    const QString location = mediation.location.trimmed();
    if (!location.isEmpty()) {
        if (Status done =
                collect(u"TRIM(a.location) = ?"_s, {location}, RepeatReason::SameAddress, location);
            !done) {
            return done.error();
        }
    }
    for (const MediationParty &party : mediation.parties) {
        const QString document = party.documentNumber.trimmed().toUpper();
        if (!document.isEmpty()) {
            // Parties with identity numbers are known from on-scene records and other cases.
            if (Status done = collect(
                    u"a.id IN (SELECT r.alert_id FROM onscene_record r JOIN onscene_party op "
                    u"ON "
                    u"op.record_id = r.id WHERE r.station_id = ? AND UPPER(op.document_number) "
                    u"= ?) OR a.id IN (SELECT c.alert_id FROM mediation_case c JOIN "
                    u"mediation_party mp ON mp.case_id = c.id WHERE c.station_id = ? AND "
                    u"c.alert_id IS NOT NULL AND c.id <> ? AND mp.document_number = ?)"_s,
                    {m_database.stationId(), document, m_database.stationId(), mediation.id,
                     document},
                    RepeatReason::SameParty, party.name.trimmed());
                !done) {
                return done.error();
            }
        }
        if (!party.name.trimmed().isEmpty() && !party.phone.trimmed().isEmpty()) {
            if (Status done = collect(u"a.caller_name = ? AND a.caller_phone = ?"_s,
                                      {party.name.trimmed(), party.phone.trimmed()},
                                      RepeatReason::SameParty, party.name.trimmed());
                !done) {
                return done.error();
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const PossibleRepeat &a, const PossibleRepeat &b) {
        return a.receivedAt > b.receivedAt;
    });
    return found;
}

Result<QList<qint64>> MediationQueryRepository::leaderIds() const {
    return idsSql(m_database.connection(),
                  u"SELECT p.id FROM person p WHERE p.station_id = ? AND p.active = 1 AND "
                  u"(EXISTS (SELECT 1 FROM unit_member um JOIN unit u ON u.id = "
                  u"um.unit_id WHERE um.person_id = p.id AND u.kind = 'leadership') OR "
                  u"EXISTS (SELECT 1 FROM unit u WHERE u.leader_id = p.id AND u.kind = "
                  u"'leadership') OR EXISTS (SELECT 1 FROM account ac WHERE ac.person_id "
                  u"= p.id AND ac.disabled = 0 AND ac.role IN ('chief', 'instructor'))) "
                  u"ORDER BY p.badge_no"_s,
                  {m_database.stationId()});
}

} // namespace sd
