#include "AlertStatisticsFixture.h"
#include "core/statistics/AlertDrillDown.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::AlertStatisticsFixture;
using sd::test::linesOf;

TEST(CountChangeTest, ZIsTwiceTheDifferenceOfSquareRootsAndFlagsOnlyBeyondThree) {
    const CountChange fall = CountChange::between(100, 64);
    EXPECT_EQ(fall.change, -36);
    EXPECT_DOUBLE_EQ(fall.z, -4.0);
    EXPECT_EQ(fall.flag, ChangeFlag::Fall);
    ASSERT_TRUE(fall.percent);
    EXPECT_DOUBLE_EQ(*fall.percent, -36.0);

    // 4 → 9 more than doubles, yet z = 2 is within noise, and 4 is too few for a percent.
    const CountChange small = CountChange::between(4, 9);
    EXPECT_DOUBLE_EQ(small.z, 2.0);
    EXPECT_EQ(small.flag, ChangeFlag::Noise);
    EXPECT_FALSE(small.percent);

    EXPECT_EQ(CountChange::between(0, 9).flag, ChangeFlag::Rise); // z = 6
    EXPECT_EQ(CountChange::between(9, 0).flag, ChangeFlag::Fall);
    EXPECT_EQ(CountChange::between(10, 10).flag, ChangeFlag::Noise);
    EXPECT_DOUBLE_EQ(*CountChange::between(10, 10).percent, 0.0);
}

// The counts on both engines against numbers worked out by hand.
class AlertStatisticsTest : public AlertStatisticsFixture {};

TEST_P(AlertStatisticsTest, MonthsAreComparedWithTheMonthBeforeAndAPartMonthWithTheSameDays) {
    AlertCountRequest request{.by = {CountDimension::Month}, .to = QDate(2026, 3, 14)};
    const QStringList months = lines(request);
    ASSERT_EQ(months.size(), 15) << months.join(u'\n').toStdString();
    EXPECT_EQ(months[0], u"2025-01 4 0 rise"_s);  // z = 4
    EXPECT_EQ(months[1], u"2025-02 9 4 noise"_s); // z = 2
    EXPECT_EQ(months[2], u"2025-03 30 9 rise"_s); // z = 4.95
    EXPECT_EQ(months[3], u"2025-04 0 30 fall"_s); // z = -10.95
    EXPECT_EQ(months[4], u"2025-05 0 0 noise"_s); // an empty month is still a line
    EXPECT_EQ(months[12], u"2026-01 12 0 rise"_s);
    EXPECT_EQ(months[13], u"2026-02 3 12 fall"_s); // z = -3.46
    // March to the 14th against February to the 14th, which holds the three of the 10th.
    EXPECT_EQ(months[14], u"2026-03 16 3 rise"_s);
    auto counts = AlertStatistics(m_app->context()).count(request);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->from, QDate(2025, 1, 20)); // the first day with alerts
    EXPECT_EQ(counts->rows[14].previousFrom, QDate(2026, 2, 1));
    EXPECT_EQ(counts->rows[14].previousTo, QDate(2026, 2, 14));
    EXPECT_FALSE(counts->rows[1].change.percent); // 4 is too few for a percent
}

TEST_P(AlertStatisticsTest, CategoriesAreComparedWithTheSameDaysAYearBefore) {
    const QStringList categories = lines({.by = {CountDimension::Category},
                                          .from = QDate(2026, 1, 1),
                                          .to = QDate(2026, 3, 14),
                                          .compare = CountComparison::Year});
    // Traffic had its ten on 20 March 2025, after the range's days: 0 against 0 is no line.
    EXPECT_EQ(categories, (QStringList{u"criminal 28 24 noise"_s, u"dispute 3 9 noise"_s}));
    auto counts = AlertStatistics(m_app->context())
                      .count({.by = {CountDimension::Category},
                              .from = QDate(2026, 1, 1),
                              .to = QDate(2026, 3, 14),
                              .compare = CountComparison::Year});
    ASSERT_TRUE(counts.ok());
    ASSERT_TRUE(counts->rows[0].change.percent);
    EXPECT_NEAR(*counts->rows[0].change.percent, 100.0 * 4 / 24, 1e-9);
}

TEST_P(AlertStatisticsTest, AreasAreInPinyinOrderWithTheAlertsWithoutAnAreaLast) {
    auto counts = AlertStatistics(m_app->context())
                      .count({.by = {CountDimension::Area}, .to = QDate(2026, 3, 14)});
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(linesOf(counts.value()), (QStringList{u"阿明里 12 0 rise"_s, u"白云 10 0 rise"_s,
                                                    u"云溪 20 0 rise"_s, u"none 32 0 rise"_s}));
    EXPECT_EQ(counts->rows[0].areaId, m_area.value(u"阿明里"_s));
    EXPECT_FALSE(counts->rows[3].areaId);
}

TEST_P(AlertStatisticsTest, TwoDimensionsGiveOneLinePerPairWithTheTimeFirst) {
    EXPECT_EQ(lines({.by = {CountDimension::Month, CountDimension::Category},
                     .from = QDate(2026, 2, 1),
                     .to = QDate(2026, 3, 14)}),
              (QStringList{u"2026-02|criminal 0 12 fall"_s, u"2026-02|dispute 3 0 rise"_s,
                           u"2026-03|criminal 16 0 rise"_s, u"2026-03|dispute 0 3 fall"_s}));
    EXPECT_EQ(lines({.by = {CountDimension::Hour}, .to = QDate(2026, 3, 14)}),
              (QStringList{u"09 58 0 rise"_s, u"21 16 0 rise"_s}));
    EXPECT_EQ(
        lines(
            {.by = {CountDimension::Week}, .from = QDate(2025, 12, 29), .to = QDate(2026, 1, 11)}),
        (QStringList{u"2026-W01 0 0 noise"_s, u"2026-W02 12 0 rise"_s}));
    EXPECT_EQ(lines({.by = {CountDimension::Preventable, CountDimension::Source},
                     .from = QDate(2025, 3, 1),
                     .to = QDate(2025, 3, 31),
                     .compare = CountComparison::Year}),
              (QStringList{u"yes|phone 10 0 rise"_s, u"no|phone 20 0 rise"_s}));
}

TEST_P(AlertStatisticsTest, FiltersNarrowTheCountsToACategoryAFlagOrAStatus) {
    EXPECT_EQ(lines({.by = {CountDimension::Year},
                     .from = QDate(2025, 1, 1),
                     .to = QDate(2026, 3, 14),
                     .categories = {AlertCategory::Criminal}}),
              (QStringList{u"2025 24 0 rise"_s, u"2026 28 24 noise"_s}));
    EXPECT_EQ(
        lines({.by = {CountDimension::Area}, .to = QDate(2026, 3, 14), .preventableOnly = true}),
        (QStringList{u"白云 10 0 rise"_s, u"none 16 0 rise"_s}));
    EXPECT_EQ(lines({.by = {CountDimension::Area},
                     .to = QDate(2026, 3, 14),
                     .status = AlertStatus::ResolvedOnScene}),
              (QStringList{u"none 16 0 rise"_s}));
}

TEST_P(AlertStatisticsTest, TwoDownOneUpComparesTheYearToDateWithTheSameDaysLastYear) {
    auto summary = AlertStatistics(m_app->context()).summary(2026);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    ASSERT_EQ(summary->size(), 3);
    EXPECT_EQ(summary->at(0).measure, SummaryMeasure::CriminalAndPublicOrder);
    EXPECT_EQ(summary->at(0).to, QDate(2026, 3, 15)); // the station's today
    EXPECT_EQ(summary->at(0).change.current, 28);
    EXPECT_EQ(summary->at(0).change.previous, 24);
    EXPECT_FALSE(summary->at(0).wanted()); // up, where down was wanted
    EXPECT_EQ(summary->at(1).change.current, 16);
    EXPECT_EQ(summary->at(1).change.previous, 0); // the ten preventable came on 20 March
    EXPECT_EQ(summary->at(2).measure, SummaryMeasure::ResolvedOnScene);
    EXPECT_EQ(summary->at(2).change.current, 16);
    EXPECT_TRUE(summary->at(2).wanted());
    EXPECT_FALSE(AlertStatistics(m_app->context()).summary(2027).ok());
}

TEST_P(AlertStatisticsTest, ARollingWindowCountsItsDaysAgainstAsManyDaysBefore) {
    // 28 days to 14 March 2026: 15 Feb – 14 Mar holds the 16 of the 14th; the 28 before,
    // 18 Jan – 14 Feb, the 3 of 10 February. z = 2(4 − √3) = 4.54.
    auto window = statistics().countWindow(28, QDate(2026, 3, 14));
    SD_ASSERT_OK(window);
    EXPECT_EQ(linesOf(window.value()), QStringList{u" 16 3 rise"_s});
    EXPECT_EQ(window->from, QDate(2026, 2, 15));
    EXPECT_EQ(window->rows[0].previousFrom, QDate(2026, 1, 18));
    EXPECT_EQ(window->rows[0].previousTo, QDate(2026, 2, 14));
    // 365 days, 15 Mar 2025 – 14 Mar 2026: 10 + 12 + 3 + 16; the 365 before: 4 + 5 + 4 + 20.
    auto year = statistics().countWindow(365, QDate(2026, 3, 14));
    SD_ASSERT_OK(year);
    EXPECT_EQ(linesOf(year.value()), QStringList{u" 41 33 noise"_s});
    EXPECT_EQ(year->from, QDate(2025, 3, 15));
    // The same filters and dimensions as a count: criminal alerts by category.
    auto criminal = statistics().countWindow(
        365, QDate(2026, 3, 14),
        {.by = {CountDimension::Category}, .categories = {AlertCategory::Criminal}});
    SD_ASSERT_OK(criminal);
    EXPECT_EQ(linesOf(criminal.value()), QStringList{u"criminal 28 24 noise"_s});
    // Against the same 28 days a year before: 15 Feb – 14 Mar 2025 holds 4 + 20.
    auto yearBefore =
        statistics().countWindow(28, QDate(2026, 3, 14), {.compare = CountComparison::Year});
    SD_ASSERT_OK(yearBefore);
    EXPECT_EQ(linesOf(yearBefore.value()), QStringList{u" 16 24 noise"_s});
    // One day: the 14th against the 13th.
    EXPECT_EQ(linesOf(statistics().countWindow(1, QDate(2026, 3, 14)).value()),
              QStringList{u" 16 0 rise"_s});
}

TEST_P(AlertStatisticsTest, AWindowEndsTodayUnlessToldAndIsOneToTenYearsLong) {
    // The station's today is 15 March: 16 Feb – 15 Mar against 19 Jan – 15 Feb.
    auto window = statistics().countWindow(28, {});
    SD_ASSERT_OK(window);
    EXPECT_EQ(window->from, QDate(2026, 2, 16));
    EXPECT_EQ(window->to, QDate(2026, 3, 15));
    EXPECT_EQ(linesOf(window.value()), QStringList{u" 16 3 rise"_s});
    // A request's own range is replaced by the window's.
    auto replaced = statistics().countWindow(
        28, QDate(2026, 3, 14), {.from = QDate(2025, 1, 1), .to = QDate(2025, 12, 31)});
    SD_ASSERT_OK(replaced);
    EXPECT_EQ(replaced->from, QDate(2026, 2, 15));
    for (int days : {0, -5, AlertStatistics::kMaxWindowDays + 1}) {
        auto refused = statistics().countWindow(days, QDate(2026, 3, 14));
        ASSERT_FALSE(refused.ok()) << days;
        EXPECT_EQ(refused.error().code, ErrorCode::Usage);
        EXPECT_TRUE(refused.error().message.contains(QString::number(days)))
            << refused.error().message.toStdString();
    }
    SD_ASSERT_OK(statistics().countWindow(AlertStatistics::kMaxWindowDays, QDate(2026, 3, 14)));
}

TEST_P(AlertStatisticsTest, PreventableByFlagOrCategoryCountsEachAlertOnce) {
    // Flagged (the 16 criminal of 14 March, the 10 traffic of 2025) or criminal: the 16 are
    // both and count once. 2026 to 14 March: 12 + 16; the same days of 2025: 4 + 20.
    EXPECT_EQ(lines({.from = QDate(2026, 1, 1),
                     .to = QDate(2026, 3, 14),
                     .preventableOnly = true,
                     .compare = CountComparison::Year,
                     .preventableCategories = {AlertCategory::Criminal}}),
              QStringList{u" 28 24 noise"_s});
    // Flagged or a dispute, by area: the 10 traffic in 白云, and without an area 4 + 5
    // disputes in 2025 and 3 + 16 in 2026 to 14 March (against 4 + 5 the same days of 2025;
    // 白云's ten came later in March, so it has no 2026 line).
    EXPECT_EQ(lines({.by = {CountDimension::Year, CountDimension::Area},
                     .from = QDate(2025, 1, 1),
                     .to = QDate(2026, 3, 14),
                     .preventableOnly = true,
                     .preventableCategories = {AlertCategory::Dispute}}),
              (QStringList{u"2025|白云 10 0 rise"_s, u"2025|none 9 0 rise"_s,
                           u"2026|none 19 9 noise"_s}));
    // Categories that count as preventable mean nothing without the preventable filter.
    EXPECT_EQ(refusal({.preventableCategories = {AlertCategory::Dispute}}).code, ErrorCode::Usage);
}

TEST_P(AlertStatisticsTest, EachRequestTheCountsCannotAnswerIsRefusedInWords) {
    using enum CountDimension;
    const Error backwards =
        refusal({.by = {Month}, .from = QDate(2026, 3, 1), .to = QDate(2026, 2, 1)});
    EXPECT_EQ(backwards.code, ErrorCode::Usage);
    EXPECT_TRUE(backwards.message.contains(u"2026-03-01"_s)) << backwards.message.toStdString();
    EXPECT_TRUE(refusal({.by = {Month, Area, Source}}).message.contains(u"two dimensions"_s));
    EXPECT_TRUE(refusal({.by = {Area, Area}}).message.contains(u"area"_s));
    EXPECT_TRUE(refusal({.by = {Year, Month}}).message.contains(u"one period"_s));
    // Two of source, area, status and hour are kept without the category split.
    EXPECT_EQ(refusal({.by = {Area, Source}, .categories = {AlertCategory::Criminal}}).code,
              ErrorCode::Usage);
    EXPECT_EQ(refusal({.by = {Area, Source}, .status = AlertStatus::Open}).code, ErrorCode::Usage);
}

// A figure drills into the alert list: the list's count for the line's filter is the line's
// count, for every line of every kind the dashboard shows.
TEST_P(AlertStatisticsTest, EachLineDrillsDownToExactlyTheAlertsItCounts) {
    using enum CountDimension;
    const QTimeZone zone("Asia/Shanghai");
    const QList<AlertCountRequest> requests{
        {.by = {Month}, .to = QDate(2026, 3, 14)},
        {.by = {Category},
         .from = QDate(2026, 1, 1),
         .to = QDate(2026, 3, 14),
         .compare = CountComparison::Year},
        {.by = {Area}, .to = QDate(2026, 3, 14)},
        {.by = {Month, Category}, .from = QDate(2025, 1, 1), .to = QDate(2026, 3, 14)},
        {.by = {Preventable, Area}, .to = QDate(2026, 3, 14)},
        {.by = {Month}, .to = QDate(2026, 3, 14), .preventableOnly = true},
        {.by = {Year},
         .to = QDate(2026, 3, 14),
         .categories = {AlertCategory::Criminal, AlertCategory::PublicOrder}},
        {.by = {HandlingStatus, Area}, .to = QDate(2026, 3, 14)},
    };
    int lines = 0;
    for (const AlertCountRequest &request : requests) {
        auto counts = AlertStatistics(m_app->context()).count(request);
        ASSERT_TRUE(counts.ok());
        for (const AlertCountRow &row : counts->rows) {
            const auto filter = alertsOf(request, row, zone);
            ASSERT_TRUE(filter) << row.key().toStdString();
            auto listed = m_app->alerts().count(*filter);
            ASSERT_TRUE(listed.ok());
            EXPECT_EQ(listed.value(), row.change.current) << row.key().toStdString();
            ++lines;
        }
    }
    EXPECT_GT(lines, 40);
    auto summary = AlertStatistics(m_app->context()).summary(2026);
    ASSERT_TRUE(summary.ok());
    for (const SummaryLine &line : summary.value()) {
        const AlertCountRow row{.from = line.from, .to = line.to};
        auto listed = m_app->alerts().count(*alertsOf(line.request, row, zone));
        ASSERT_TRUE(listed.ok());
        EXPECT_EQ(listed.value(), line.change.current) << toKey(line.measure).toStdString();
    }
    // The list has no hour: such a line cannot be drilled into, rather than wrongly.
    auto hours = AlertStatistics(m_app->context()).count({.by = {Hour}});
    ASSERT_TRUE(hours.ok());
    ASSERT_FALSE(hours->rows.isEmpty());
    EXPECT_FALSE(alertsOf({.by = {Hour}}, hours->rows.first(), zone));
    // Nor can "flagged or of these categories": the list's filters are all and-ed.
    const AlertCountRequest either{.preventableOnly = true,
                                   .preventableCategories = {AlertCategory::Dispute}};
    auto total = AlertStatistics(m_app->context()).count(either);
    ASSERT_TRUE(total.ok());
    EXPECT_FALSE(alertsOf(either, total->rows.value(0), zone));
}

SD_INSTANTIATE_ENGINES(AlertStatisticsTest);
