#pragma once

#include "EngineTest.h"
#include "core/statistics/AlertStatistics.h"

#include <QHash>

// A failing comparison of lines prints them as text, not as bytes.
void PrintTo(const QStringList &lines, std::ostream *out);

namespace sd::test {

// An instant at an hour of a station-local (Shanghai) day.
qint64 shanghai(QDate date, int hour);
// Lines as "key count previous flag", so a failure shows the whole table.
QStringList linesOf(const AlertCounts &counts);

// Alerts placed on known station-local days, for counting through the kept counts on both
// engines against numbers worked out by hand (today is 2026-03-15):
//   2025-01-20   4 dispute            2025-03-20  10 traffic, 白云, preventable
//   2025-02-03   5 dispute            2026-01-05  12 criminal, 阿明里
//   2025-02-15   4 criminal           2026-02-10   3 dispute
//   2025-03-10  20 criminal, 云溪     2026-03-14  16 criminal, preventable, resolved on the
//                                                    scene, at 21:00
class AlertStatisticsFixture : public EngineTest {
protected:
    void SetUp() override;

    void add(int howMany, QDate day, AlertCategory category, const QString &area = {},
             bool preventable = false, AlertStatus status = AlertStatus::Open, int hour = 9);
    AlertStatistics statistics() const { return AlertStatistics(m_app->context()); }
    QStringList lines(const AlertCountRequest &request);
    Error refusal(const AlertCountRequest &request);

    std::unique_ptr<Application> m_app;
    QHash<QString, qint64> m_area;
};

} // namespace sd::test
