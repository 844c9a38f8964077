#pragma once

#include "core/frontdesk/Alert.h"
#include "core/kernel/common/Result.h"
#include "core/statistics/AlertStatistics.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <optional>

namespace sd {

// One figure of the dashboard: this year's count against the same days a year before, and
// the alert list's filters for each side (none where the list cannot show exactly them).
struct DashboardLine {
    QString label;
    CountChange change;
    std::optional<AlertFilter> alerts;
    std::optional<AlertFilter> previousAlerts;
    // What the drilled list shows, in words ("2026-03 · Criminal").
    QString description;
    QString previousDescription;
    // The wanted direction was met (two down, one up only).
    std::optional<bool> wanted;
};

// Every figure of the chief's page for one year, read from the kept counts: the year so
// far (the whole year once it is over) against the same days of the year before.
struct DashboardFigures {
    Q_DECLARE_TR_FUNCTIONS(sd::DashboardFigures)

public:
    int year = 0;
    QDate from;
    QDate to;
    QList<DashboardLine> months; // twelve: a month still to come counts 0 against last year's
    QList<DashboardLine> categories;
    QList<DashboardLine> areas;
    QList<DashboardLine> twoDownOneUp;
    QList<DashboardLine> preventableMonths;
    // All alerts and the three measures over the last 28 and 365 days to `to`, each against
    // as many days before: early in the year they say more than the year to date.
    QList<DashboardLine> windows;
    // The definition the year is counted under, in words ("definition 2 of 2026-01-01").
    QString definition;

    static Result<DashboardFigures> load(const AlertStatistics &statistics, int year, QDate today,
                                         const QTimeZone &zone);
};

} // namespace sd
