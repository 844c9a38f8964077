#include "AlertStatisticsFixture.h"

#include "CommunityAreas.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

void PrintTo(const QStringList &lines, std::ostream *out) {
    *out << '[' << lines.join(u", ").toStdString() << ']';
}

namespace sd::test {

qint64 shanghai(QDate date, int hour) {
    return QDateTime(date, QTime(hour, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

QStringList linesOf(const AlertCounts &counts) {
    QStringList lines;
    for (const AlertCountRow &row : counts.rows) {
        lines << u"%1 %2 %3 %4"_s.arg(row.key())
                     .arg(row.change.current)
                     .arg(row.change.previous)
                     .arg(toKey(row.change.flag));
    }
    return lines;
}

void AlertStatisticsFixture::SetUp() {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) {
        return;
    }
    m_app = openApp();
    ASSERT_TRUE(m_app);
    // Added out of pinyin order: yún, bái, ā.
    const QStringList names{u"云溪"_s, u"白云"_s, u"阿明里"_s};
    const QList<CommunityArea> areas = addOfficeWithAreas(*m_app, names);
    ASSERT_EQ(areas.size(), names.size());
    for (const CommunityArea &area : areas) {
        m_area.insert(area.name, area.id);
    }
    using enum AlertCategory;
    add(4, QDate(2025, 1, 20), Dispute);
    add(5, QDate(2025, 2, 3), Dispute);
    add(4, QDate(2025, 2, 15), Criminal);
    add(20, QDate(2025, 3, 10), Criminal, u"云溪"_s);
    add(10, QDate(2025, 3, 20), Traffic, u"白云"_s, true);
    add(12, QDate(2026, 1, 5), Criminal, u"阿明里"_s);
    add(3, QDate(2026, 2, 10), Dispute);
    add(16, QDate(2026, 3, 14), Criminal, {}, true, AlertStatus::ResolvedOnScene, 21);
}

void AlertStatisticsFixture::add(int howMany, QDate day, AlertCategory category,
                                 const QString &area, bool preventable, AlertStatus status,
                                 int hour) {
    for (int i = 0; i < howMany; ++i) {
        Alert alert;
        alert.receivedAt = shanghai(day, hour);
        alert.source = AlertSource::Phone;
        alert.category = category;
        alert.preventable = preventable;
        alert.status = status;
        if (!area.isEmpty()) {
            alert.areaId = m_area.value(area);
        }
        alert.summary = u"统计测试"_s;
        auto added = m_app->alerts().addAlert(alert);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
    }
}

QStringList AlertStatisticsFixture::lines(const AlertCountRequest &request) {
    auto counts = statistics().count(request);
    EXPECT_TRUE(counts.ok()) << (counts.ok() ? std::string()
                                             : counts.error().message.toStdString() + " / " +
                                                   std::to_string(int(counts.error().code)));
    return counts.ok() ? linesOf(counts.value()) : QStringList{};
}

Error AlertStatisticsFixture::refusal(const AlertCountRequest &request) {
    auto counts = statistics().count(request);
    EXPECT_FALSE(counts.ok());
    return counts.ok() ? Error{} : counts.error();
}

} // namespace sd::test
