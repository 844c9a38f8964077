#include "core/duty/HandoverSourceRepository.h"

#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Every source query selects: kind, ref, owner id, owner badge, owner name, title, detail.
HandoverItem sourceFrom(const QSqlQuery &q) {
    HandoverItem item;
    item.kind =
        handoverItemKindFromKey(q.value(0).toString()).value_or(HandoverItemKind::OpenAlert);
    item.ref = q.value(1).toString();
    item.ownerId = optionalId(q.value(2));
    item.ownerBadge = q.value(3).toString();
    item.ownerName = q.value(4).toString();
    item.title = q.value(5).toString();
    item.detail = q.value(6).toString();
    return item;
}

// The first officer named on an alert (alias a) owns it.
const QString kAlertOwner = u"LEFT JOIN alert_officer ao ON ao.alert_id = a.id AND ao.position = "
                            u"(SELECT MIN(position) FROM alert_officer x WHERE x.alert_id = a.id) "
                            u"LEFT JOIN person p ON p.id = ao.person_id "_s;
} // namespace

Result<QList<HandoverItem>> HandoverSourceRepository::liveItems(const QDate &today,
                                                                const QDate &dueBy) const {
    const qint64 station = m_database.stationId();
    const QList<std::pair<QString, QVariantList>> sources{
        {u"SELECT 'open_alert', a.number, p.id, COALESCE(p.badge_no, ''), COALESCE(p.name, ''), "
         u"a.summary, a.status FROM alert a "_s +
             kAlertOwner +
             u"WHERE a.station_id = ? AND a.status IN ('open', 'on_scene') "
             u"ORDER BY a.received_at, a.id"_s,
         {station}},
        {u"SELECT 'unrecorded_alert', a.number, p.id, COALESCE(p.badge_no, ''), "
         u"COALESCE(p.name, ''), a.summary, a.status FROM alert a "_s +
             kAlertOwner +
             u"WHERE a.station_id = ? AND a.status = 'resolved_on_scene' AND NOT EXISTS "
             u"(SELECT 1 FROM onscene_record r WHERE r.alert_id = a.id) "
             u"ORDER BY a.received_at, a.id"_s,
         {station}},
        {u"SELECT 'draft_record', r.number, p.id, COALESCE(p.badge_no, ''), COALESCE(p.name, ''), "
         u"a.number, r.status FROM onscene_record r JOIN alert a ON a.id = r.alert_id "
         u"LEFT JOIN onscene_officer o ON o.record_id = r.id AND o.position = "
         u"(SELECT MIN(position) FROM onscene_officer y WHERE y.record_id = r.id) "
         u"LEFT JOIN person p ON p.id = o.person_id "
         u"WHERE r.station_id = ? AND r.status = 'draft' ORDER BY r.created_at, r.id"_s,
         {station}},
        {u"SELECT 'follow_up', m.number, p.id, COALESCE(p.badge_no, ''), COALESCE(p.name, ''), "
         u"f.plan, f.due_on FROM mediation_follow_up f JOIN mediation_case m ON m.id = f.case_id "
         u"LEFT JOIN mediation_mediator mm ON mm.case_id = m.id AND mm.position = "
         u"(SELECT MIN(position) FROM mediation_mediator z WHERE z.case_id = m.id) "
         u"LEFT JOIN person p ON p.id = mm.person_id "
         u"WHERE f.station_id = ? AND f.visited_at IS NULL AND f.due_on <= ? "
         u"AND f.id = (SELECT MIN(g.id) FROM mediation_follow_up g WHERE g.case_id = m.id "
         u"AND g.visited_at IS NULL) ORDER BY f.due_on, m.number"_s,
         {station, nullableDate(dueBy)}},
        {u"SELECT 'high_risk_case', m.number, p.id, COALESCE(p.badge_no, ''), "
         u"COALESCE(p.name, ''), m.facts, m.status FROM mediation_case m "
         u"LEFT JOIN person p ON p.id = m.owning_leader_id "
         u"WHERE m.station_id = ? AND m.status = 'open' AND m.risk = 'high' "
         u"ORDER BY m.opened_at, m.id"_s,
         {station}},
        {u"SELECT CASE WHEN t.recurrence = 'once' THEN 'overdue_task' ELSE 'overdue_check' END, "
         u"'TASK-' || CAST(t.id AS TEXT), p.id, COALESCE(p.badge_no, ''), "
         u"COALESCE(p.name, u.name, ''), t.title, t.due_on FROM task t "
         u"LEFT JOIN person p ON p.id = t.owner_person_id "
         u"LEFT JOIN unit u ON u.id = t.owner_unit_id "
         u"WHERE t.station_id = ? AND t.is_open = 1 AND t.due_on < ? ORDER BY t.due_on, t.id"_s,
         {station, nullableDate(today)}},
    };
    QList<HandoverItem> items;
    for (const auto &[sql, values] : sources) {
        auto rows = rowsSql(m_database.connection(), sql, values, sourceFrom);
        SD_RETURN_IF_ERROR(rows);
        items.append(rows.value());
    }
    return items;
}

} // namespace sd
