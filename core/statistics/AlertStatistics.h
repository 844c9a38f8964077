#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Result.h"
#include "core/statistics/AlertCounts.h"

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
    // The measure moved the way the station wants: down for the first two, up for the last.
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

    // The three measures for a year (to date, for the current year) against the same days
    // of the year before: criminal and public-order alerts, preventable alerts, alerts
    // resolved on the scene.
    Result<QList<SummaryLine>> summary(int year) const;

    // Recounts every kept count from the alerts: each mismatch in words, none when all
    // agree.
    Result<QStringList> verify() const;

private:
    const ServiceContext &m_context;
};

} // namespace sd
