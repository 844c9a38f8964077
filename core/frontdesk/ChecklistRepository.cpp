#include "core/frontdesk/ChecklistRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::ChecklistRepository)
};

ChecklistStep stepFrom(const QSqlQuery &query) {
    ChecklistStep step;
    readColumns(query, 0, step.id, step.position, step.key, step.label, step.active);
    return step;
}

QString stepName(const ChecklistStep &step) {
    return step.label.isEmpty() ? step.key : step.label;
}
} // namespace

Result<QList<ChecklistStep>> ChecklistRepository::steps(bool includeInactive) const {
    return rowsSql(m_database.connection(),
                   u"SELECT id, position, step_key, label, active FROM checklist_step "
                   u"WHERE station_id = ? AND (active = 1 OR ? = 1) ORDER BY position, id"_s,
                   {m_database.stationId(), includeInactive ? 1 : 0},
                   [&](const QSqlQuery &row) { return stepFrom(row); });
}

Result<ChecklistStep> ChecklistRepository::step(qint64 stepId) const {
    return rowSql(m_database.connection(),
                  u"SELECT id, position, step_key, label, active FROM checklist_step "
                  u"WHERE id = ? AND station_id = ?"_s,
                  {stepId, m_database.stationId()},
                  Tr::tr("No checklist step with id %1").arg(stepId), stepFrom);
}

Result<QList<ChecklistItem>> ChecklistRepository::items(qint64 alertId) const {
    // Active steps, plus retired steps this alert already ticked.
    auto query = runSql(m_database.connection(),
                        u"SELECT s.id, s.position, s.step_key, s.label, s.active, c.ticked_at, "
                        u"c.ticked_by FROM checklist_step s LEFT JOIN alert_check c "
                        u"ON c.step_id = s.id AND c.alert_id = ? WHERE s.station_id = ? AND "
                        u"(s.active = 1 OR c.ticked_at IS NOT NULL) ORDER BY s.position, s.id"_s,
                        {alertId, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    QList<ChecklistItem> items;
    while (query.value().next()) {
        ChecklistItem item;
        item.step = stepFrom(query.value());
        item.ticked = !query.value().value(5).isNull();
        item.tickedAt = query.value().value(5).toLongLong();
        item.tickedBy = query.value().value(6).toString();
        items << item;
    }
    return items;
}

Result<QString> ChecklistRepository::tick(qint64 alertId, qint64 stepId, qint64 nowMs,
                                          const QString &actor) const {
    auto found = step(stepId);
    SD_RETURN_IF_ERROR(found);
    auto existing = scalarSql(m_database.connection(),
                              u"SELECT COUNT(*) FROM alert_check WHERE alert_id = ? AND "
                              u"step_id = ?"_s,
                              {alertId, stepId});
    SD_RETURN_IF_ERROR(existing);
    if (existing->toInt() == 0) {
        auto inserted = runSql(m_database.connection(),
                               u"INSERT INTO alert_check (alert_id, step_id, ticked_at, "
                               u"ticked_by) VALUES (?, ?, ?, ?)"_s,
                               {alertId, stepId, nowMs, actor});
        SD_RETURN_IF_ERROR(inserted);
    }
    return stepName(found.value());
}

Result<QString> ChecklistRepository::untick(qint64 alertId, qint64 stepId) const {
    auto found = step(stepId);
    SD_RETURN_IF_ERROR(found);
    auto removed =
        runSql(m_database.connection(),
               u"DELETE FROM alert_check WHERE alert_id = ? AND step_id = ?"_s, {alertId, stepId});
    SD_RETURN_IF_ERROR(removed);
    return stepName(found.value());
}

Result<QList<ChecklistStep>> ChecklistRepository::replace(const QList<ChecklistStep> &steps,
                                                          qint64 nowMs,
                                                          const QString &actor) const {
    const QSqlDatabase db = m_database.connection();
    auto retired = runSql(db,
                          u"UPDATE checklist_step SET active = 0, updated_at = ?, updated_by = ? "
                          u"WHERE station_id = ?"_s,
                          {nowMs, actor, m_database.stationId()});
    SD_RETURN_IF_ERROR(retired);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ChecklistStep &step = steps[i];
        auto written =
            step.id != 0
                ? runSql(db,
                         u"UPDATE checklist_step SET position = ?, label = ?, active = 1, "
                         u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                         u"WHERE id = ? AND station_id = ?"_s,
                         {int(i + 1), step.label.trimmed(), nowMs, actor, step.id,
                          m_database.stationId()})
                : runSql(db,
                         u"INSERT INTO checklist_step (station_id, position, step_key, label, "
                         u"updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {m_database.stationId(), int(i + 1), step.key, step.label.trimmed(), nowMs,
                          actor});
        SD_RETURN_IF_ERROR(written);
    }
    return this->steps(false);
}

Status ChecklistRepository::insertDefaults(qint64 stationId, qint64 nowMs) const {
    const QStringList keys = builtInChecklistKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto inserted = runSql(m_database.connection(),
                               u"INSERT INTO checklist_step (station_id, position, step_key, "
                               u"updated_at, updated_by) VALUES (?, ?, ?, ?, 'system')"_s,
                               {stationId, int(i + 1), keys[i], nowMs});
        SD_RETURN_IF_ERROR(inserted);
    }
    return {};
}

} // namespace sd
