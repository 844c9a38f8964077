#include "core/statistics/StatisticsDefinitionService.h"

#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/statistics/StatisticsDefinitionRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// What the audit row keeps of a version: all of it (no personal data in a definition).
QString auditDetails(const StatisticsDefinition &definition) {
    QStringList wanted;
    for (SummaryMeasure measure : allSummaryMeasures()) {
        wanted << u"%1=%2"_s.arg(toKey(measure), toKey(definition.wantedFor(measure)));
    }
    return u"from=%1; criminal_categories=%2; preventable=%3; preventable_categories=%4; "
           u"wanted=%5"_s.arg(definition.effectiveFrom.toString(Qt::ISODate),
                              categoryKeys(definition.criminalCategories),
                              toKey(definition.preventableRule),
                              categoryKeys(definition.preventableCategories), wanted.join(u','));
}

} // namespace

Result<QList<StatisticsDefinition>> StatisticsDefinitionService::history() const {
    auto versions = StatisticsDefinitionRepository(m_context.database).versions();
    SD_RETURN_IF_ERROR(versions);
    QList<StatisticsDefinition> history = versions.value();
    history << StatisticsDefinition{};
    return history;
}

Result<StatisticsDefinition> StatisticsDefinitionService::current() const {
    auto latest = StatisticsDefinitionRepository(m_context.database).latest();
    SD_RETURN_IF_ERROR(latest);
    return latest->value_or(StatisticsDefinition{});
}

Result<StatisticsDefinition> StatisticsDefinitionService::inForceOn(QDate day) const {
    auto found = StatisticsDefinitionRepository(m_context.database).inForceOn(day);
    SD_RETURN_IF_ERROR(found);
    return found->value_or(StatisticsDefinition{});
}

Result<StatisticsDefinition>
StatisticsDefinitionService::define(const StatisticsDefinitionChange &change) const {
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::ChangeSettings, u"statistics_definition"_s));
    const QDate today = stationToday(m_context.clock, m_context.station);
    return inTransaction(m_context.database, [&]() -> Result<StatisticsDefinition> {
        // Read in the write transaction, so the date is checked against the version that
        // is really the newest when this one is added.
        auto from = current();
        SD_RETURN_IF_ERROR(from);
        auto next = changedDefinition(from.value(), change, today);
        SD_RETURN_IF_ERROR(next);
        const qint64 now = m_context.clock.nowMs();
        const QString actor = m_context.session.actor().name;
        auto version = StatisticsDefinitionRepository(m_context.database).add(*next, now, actor);
        SD_RETURN_IF_ERROR(version);
        next->version = version.value();
        next->changedAt = now;
        next->changedBy = actor;
        return m_context.audit.confirm(next, {u"statistics.define"_s, u"statistics_definition"_s,
                                              QString::number(next->version), u"success"_s,
                                              auditDetails(next.value())});
    });
}

} // namespace sd
