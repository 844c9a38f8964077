#include "core/statistics/StatisticsDefinitionRepository.h"

#include "core/kernel/storage/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// The wanted direction of each measure is a column named after the measure's key.
QString wantedColumn(SummaryMeasure measure) {
    return u"wanted_"_s + toKey(measure);
}

QString selectColumns() {
    QStringList columns{
        u"version"_s,          u"effective_from"_s,         u"criminal_categories"_s,
        u"preventable_rule"_s, u"preventable_categories"_s, u"created_at"_s,
        u"created_by"_s};
    for (SummaryMeasure measure : allSummaryMeasures()) {
        columns << wantedColumn(measure);
    }
    return columns.join(u", "_s);
}

// Stored keys as categories; a key this program does not know is left out.
QList<AlertCategory> categoriesOf(const QVariant &stored) {
    QList<AlertCategory> categories;
    for (const QString &key : stored.toString().split(u',', Qt::SkipEmptyParts)) {
        if (const auto category = alertCategoryFromKey(key)) {
            categories << *category;
        }
    }
    return categories;
}

StatisticsDefinition definitionFrom(const QSqlQuery &row) {
    StatisticsDefinition definition;
    definition.version = row.value(0).toInt();
    definition.effectiveFrom = dateFrom(row.value(1));
    definition.criminalCategories = categoriesOf(row.value(2));
    definition.preventableRule =
        preventableRuleFromKey(row.value(3).toString()).value_or(PreventableRule::Flag);
    definition.preventableCategories = categoriesOf(row.value(4));
    definition.changedAt = row.value(5).toLongLong();
    definition.changedBy = row.value(6).toString();
    int column = 7;
    for (SummaryMeasure measure : allSummaryMeasures()) {
        if (const auto wanted = wantedDirectionFromKey(row.value(column++).toString())) {
            definition.wanted[size_t(measure)] = *wanted;
        }
    }
    return definition;
}

} // namespace

Result<QList<StatisticsDefinition>> StatisticsDefinitionRepository::versions() const {
    return rowsSql(m_database.connection(),
                   u"SELECT %1 FROM statistics_definition WHERE station_id = ? "
                   u"ORDER BY version DESC"_s.arg(selectColumns()),
                   {m_database.stationId()}, definitionFrom);
}

Result<std::optional<StatisticsDefinition>> StatisticsDefinitionRepository::latest() const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT %1 FROM statistics_definition WHERE station_id = ? "
                          u"ORDER BY version DESC LIMIT 1"_s.arg(selectColumns()),
                          {m_database.stationId()}, definitionFrom);
}

Result<std::optional<StatisticsDefinition>>
StatisticsDefinitionRepository::inForceOn(QDate day) const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT %1 FROM statistics_definition WHERE station_id = ? AND "
                          u"effective_from <= ? ORDER BY effective_from DESC, version DESC "
                          u"LIMIT 1"_s.arg(selectColumns()),
                          {m_database.stationId(), nullableDate(day)}, definitionFrom);
}

Result<int> StatisticsDefinitionRepository::add(const StatisticsDefinition &definition,
                                                qint64 nowMs, const QString &actor) const {
    // Numbered in the caller's write transaction; two PostgreSQL desks adding at once meet
    // on UNIQUE (station_id, version), and the second fails rather than share a number.
    auto last = scalarSql(m_database.connection(),
                          u"SELECT COALESCE(MAX(version), 0) FROM statistics_definition "
                          u"WHERE station_id = ?"_s,
                          {m_database.stationId()});
    SD_RETURN_IF_ERROR(last);
    const int version = last->toInt() + 1;
    QStringList wantedColumns;
    QVariantList values{m_database.stationId(),
                        version,
                        nullableDate(definition.effectiveFrom),
                        categoryKeys(definition.criminalCategories),
                        toKey(definition.preventableRule),
                        categoryKeys(definition.preventableCategories),
                        nowMs,
                        actor};
    for (SummaryMeasure measure : allSummaryMeasures()) {
        wantedColumns << wantedColumn(measure);
        values << toKey(definition.wantedFor(measure));
    }
    auto added =
        runSql(m_database.connection(),
               u"INSERT INTO statistics_definition (station_id, version, effective_from, "
               u"criminal_categories, preventable_rule, preventable_categories, "
               u"created_at, created_by, %1) VALUES (%2)"_s.arg(
                   wantedColumns.join(u", "_s), QStringList(values.size(), u"?"_s).join(u", "_s)),
               values);
    SD_RETURN_IF_ERROR(added);
    return version;
}

} // namespace sd
