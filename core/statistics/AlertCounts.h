#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/EnumKeys.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/statistics/StatisticsKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// Year, quarter, month and week are periods: a count by one of them is compared with the
// period before. The others are compared over the range before.
bool isPeriod(CountDimension dimension);

// Whether a change between two counts is more than chance. Crime counts are compared as
// Poisson counts: z = 2(√current − √previous), and only |z| ≥ 3 is flagged. A percent
// misleads on small numbers, so it is given only when both counts are at least 10.
struct CountChange {
    qint64 previous = 0;
    qint64 current = 0;
    qint64 change = 0;
    std::optional<double> percent{};
    double z = 0;
    ChangeFlag flag = ChangeFlag::Noise;

    static CountChange between(qint64 previous, qint64 current);
    // The rule in one line, for the screen.
    static QString rule();
};

// What to count: alerts by one or two dimensions (none gives the total), over a range of
// station-local days, optionally only some categories, only preventable alerts or only
// one status. With preventableOnly, preventableCategories (when given) count as preventable
// too, flagged or not: a definition's rule "both" (see StatisticsDefinition).
struct AlertCountRequest {
    QList<CountDimension> by{};
    QDate from{}; // inclusive; invalid: from the first day with alerts
    QDate to{};   // inclusive; invalid: to the last day with alerts
    QList<AlertCategory> categories{};
    bool preventableOnly = false;
    std::optional<AlertStatus> status{};
    CountComparison compare = CountComparison::Previous;
    QList<AlertCategory> preventableCategories{};
};

// One line of the counts: its keys, one per dimension in the request's order, as the
// command line prints them ("2018", "2018-Q1", "2018-03", "2018-W09", "mon", "07",
// "dispute", an area's name, "yes"), and the change against the comparison.
struct AlertCountRow {
    QStringList keys{};
    // Counted by area: the area behind its key (empty for alerts without one), for
    // drilling down to the alerts.
    std::optional<qint64> areaId{};
    QDate from{}; // the days this line counts
    QDate to{};
    QDate previousFrom{}; // and the days it is compared with
    QDate previousTo{};
    CountChange change{};

    QString key() const { return keys.join(u'|'); }
};

struct AlertCounts {
    QList<AlertCountRow> rows{};
    QDate from{}; // the range counted, after the defaults
    QDate to{};
};

} // namespace sd
