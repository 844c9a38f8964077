#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Result.h"
#include "core/statistics/AlertCounts.h"
#include "core/statistics/StatisticsDefinition.h"

namespace sd {

// One measure of "two down, one up" (两降一升) for a year against the year before.
struct SummaryLine {
    SummaryMeasure measure = SummaryMeasure::CriminalAndPublicOrder;
    int year = 0;
    QDate from; // the year, or the year to date
    QDate to;
    CountChange change;
    // What was counted, for drilling into the measure's alerts.
    AlertCountRequest request;
    // The definition the figure was worked out under: the one in force on `to`.
    StatisticsDefinition definition{};
    // The measure moved the way the definition wants (by default down for the first two, up
    // for the last).
    bool wanted() const;
};

// The station's alert figures, read from the counts the front desk keeps (never from a scan
// of the alerts), each against the period before or the year before.
class AlertStatistics {
    Q_DECLARE_TR_FUNCTIONS(sd::Statistics)

public:
    explicit AlertStatistics(const ServiceContext &context)
        : m_context(context) {}

    // Fails, naming the problem, on more than two dimensions, a dimension twice, two
    // periods, a range that starts after it ends, or a crossing the counts do not keep.
    Result<AlertCounts> count(const AlertCountRequest &request) const;

    // The longest rolling window counted.
    static constexpr int kMaxWindowDays = 3660;
    // A rolling window: the `days` days (1 to kMaxWindowDays) ending on `to` (inclusive;
    // invalid: the station's today), by the request's dimensions and filters, against as many
    // days before (or, with CountComparison::Year, the same days a year before). The
    // request's from and to are replaced by the window's: from = to − (days − 1).
    Result<AlertCounts> countWindow(int days, QDate to, AlertCountRequest request = {}) const;

    // The three measures for a year (to date, for the current year) against the same days
    // of the year before: criminal and public-order alerts, preventable alerts, alerts
    // resolved on the scene, as the definition in force on the range's last day has them
    // (each line names it).
    Result<QList<SummaryLine>> summary(int year) const;

    // Recounts every kept count from the alerts: each mismatch in words, none when all
    // agree.
    Result<QStringList> verify() const;

private:
    const ServiceContext &m_context;
};

} // namespace sd
