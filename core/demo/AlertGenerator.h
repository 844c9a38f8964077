#pragma once

#include "core/frontdesk/Alert.h"

#include <QList>
#include <QTimeZone>
#include <vector>

namespace sd {

// Realistic, deterministic alerts for demos, `stationctl seed` and the benchmarks: received
// times spread over the years before endUtcMs with a seasonal and time-of-day shape (summer
// evenings busy, small hours quiet), the category mix of a neighbourhood station (disputes
// and requests for help common, crimes rare), Chinese and some English callers, places and
// summaries, and statuses that age (old alerts closed, recent ones partly open).
//
// Alert i of n depends only on the seed, the constructor's arguments, i and n, through a
// small hand-written PRNG (std distributions differ between standard libraries), so the
// same seed gives the same alerts on every machine. Received times rise with i, so numbers
// handed out in index order follow the time of receipt. Numbers are left empty.
class AlertGenerator {
public:
    AlertGenerator(quint32 seed, qint64 endUtcMs, int years, QList<qint64> areaIds,
                   QList<qint64> officerIds, QTimeZone zone);

    // Relative volume of each year-long period before endUtcMs, oldest first (e.g.
    // {1.0, 0.8, 0.6} for a decline); missing periods weigh 1.
    void setYearWeights(const QList<double> &weights);

    // Alert index of count (0 ≤ index < count).
    Alert generate(qint64 index, qint64 count) const;

    qint64 startUtcMs() const { return m_startMs; }
    qint64 endUtcMs() const { return m_endMs; }

private:
    void buildShape();
    qint64 receivedAt(double quantile) const;

    quint32 m_seed;
    qint64 m_endMs;
    qint64 m_startMs;
    QList<qint64> m_areaIds;
    QList<qint64> m_officerIds;
    QTimeZone m_zone;
    QList<double> m_yearWeights;
    // Cumulative weight at the end of each hour from m_startMs: the received-time density.
    std::vector<double> m_cumulative;
};

} // namespace sd
