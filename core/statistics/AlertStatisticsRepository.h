#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

namespace sd {

// Which kept counts to read (table alert_tally, kept by AlertTallyRepository): one
// crossing over a range of days, summed over what the caller does not group by.
struct TallyQuery {
    QString crossing;            // "" , "area", "area+status" …
    bool splitByCategory = true; // the crossing keeps category and preventable
    int fromDay = 0;             // yyyymmdd, inclusive
    int toDay = 0;
    bool groupByCategory = false;
    bool groupByPreventable = false;
    QStringList categories; // only these (a split crossing), all when empty
    bool preventableOnly = false;
    QStringList preventableCategories; // with preventableOnly: these count as preventable too
    std::optional<QString> key1Equals;
    std::optional<QString> key2Equals;
};

struct TallyRow {
    int day = 0;      // yyyymmdd
    QString category; // empty unless grouped by it
    bool preventable = false;
    QString key1;
    QString key2;
    qint64 n = 0;
};

// Reads the alert counts the front desk keeps; never the alerts themselves.
class AlertStatisticsRepository {
public:
    explicit AlertStatisticsRepository(const Database &database)
        : m_database(database) {}

    Result<QList<TallyRow>> dailyCounts(const TallyQuery &query) const;
    // The first and last day with alerts (yyyymmdd), none when there are none.
    Result<std::optional<std::pair<int, int>>> dayRange() const;
    Result<QHash<qint64, QString>> areaNames() const;

private:
    const Database &m_database;
};

} // namespace sd
