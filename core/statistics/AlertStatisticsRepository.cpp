#include "core/statistics/AlertStatisticsRepository.h"

#include "core/kernel/storage/SqlWhere.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// "column IN (?, ?)" and its values.
std::pair<QString, QVariantList> inList(const QString &column, const QStringList &keys) {
    QVariantList values;
    for (const QString &key : keys) {
        values << key;
    }
    return {u"%1 IN (%2)"_s.arg(column, QStringList(keys.size(), u"?"_s).join(u", "_s)), values};
}
} // namespace

Result<QList<TallyRow>> AlertStatisticsRepository::dailyCounts(const TallyQuery &query) const {
    SqlWhere where(u"station_id = ?"_s, m_database.stationId());
    where.add(u"crossing = ? AND day BETWEEN ? AND ?"_s,
              {query.crossing, query.fromDay, query.toDay});
    QVariantList categories;
    for (const QString &category : query.categories) {
        categories << category;
    }
    where.anyOf(u"category"_s, categories);
    if (query.preventableOnly && !query.preventableCategories.isEmpty()) {
        // Preventable by the flag or by category: both are columns of the split crossings.
        const auto [sql, values] = inList(u"category"_s, query.preventableCategories);
        where.add(u"(preventable = 1 OR %1)"_s.arg(sql), values);
    } else if (query.preventableOnly) {
        where.add(u"preventable = 1"_s);
    }
    where.whenSet(query.key1Equals, u"key1 = ?"_s).whenSet(query.key2Equals, u"key2 = ?"_s);
    // Summed in SQL over what the caller does not group by, so a year by month reads a
    // few hundred rows, not one per category and flag.
    // A constant is never a GROUP BY term: SQLite reads a number there as a column position.
    QStringList groups{u"day"_s};
    if (query.groupByCategory) {
        groups << u"category"_s;
    }
    if (query.groupByPreventable) {
        groups << u"preventable"_s;
    }
    groups << u"key1"_s << u"key2"_s;
    const QString category = query.groupByCategory ? u"category"_s : u"''"_s;
    const QString preventable = query.groupByPreventable ? u"preventable"_s : u"0"_s;
    auto rows =
        runSql(m_database.connection(),
               u"SELECT day, %1, %2, key1, key2, SUM(n) FROM alert_tally%3 GROUP BY %4"_s.arg(
                   category, preventable, where.sql(), groups.join(u", "_s)),
               where.values());
    SD_RETURN_IF_ERROR(rows);
    QList<TallyRow> counts;
    while (rows->next()) {
        counts.append({rows->value(0).toInt(), rows->value(1).toString(),
                       rows->value(2).toInt() != 0, rows->value(3).toString(),
                       rows->value(4).toString(), rows->value(5).toLongLong()});
    }
    return counts;
}

Result<std::optional<std::pair<int, int>>> AlertStatisticsRepository::dayRange() const {
    return optionalRowSql(
        m_database.connection(),
        u"SELECT MIN(day), MAX(day) FROM alert_tally WHERE station_id = ? AND crossing = '' "
        u"HAVING COUNT(*) > 0"_s,
        {m_database.stationId()}, [](const QSqlQuery &row) {
            return std::pair<int, int>(row.value(0).toInt(), row.value(1).toInt());
        });
}

Result<QHash<qint64, QString>> AlertStatisticsRepository::areaNames() const {
    auto rows = runSql(m_database.connection(),
                       u"SELECT id, name FROM community_area WHERE station_id = ?"_s,
                       {m_database.stationId()});
    SD_RETURN_IF_ERROR(rows);
    QHash<qint64, QString> names;
    while (rows->next()) {
        names.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    }
    return names;
}

} // namespace sd
