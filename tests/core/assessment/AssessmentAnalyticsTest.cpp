#include "AssessmentFixture.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::AssessmentFixture;

class AssessmentAnalyticsTest : public AssessmentFixture {};

TEST_P(AssessmentAnalyticsTest, RankingSharesRanksOnEqualScores) {
    approvedSheet(m_monthly, m_units[0], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)});
    approvedSheet(m_monthly, m_units[1], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)});
    approvedSheet(m_monthly, m_units[2], u"2026-07"_s);
    approvedSheet(m_monthly, m_units[2], u"2026-08"_s, {entry(m_monthly, u"GRAVE"_s, -50)});

    auto ranking = views().ranking(m_monthly.id, u"2026-07"_s);
    SD_ASSERT_OK(ranking);
    ASSERT_EQ(ranking->size(), 3);
    EXPECT_EQ(ranking->at(0).subject, u"第三探组"_s);
    EXPECT_EQ(ranking->at(0).rank, 1);
    EXPECT_EQ(ranking->at(0).score, 100);
    EXPECT_EQ(ranking->at(1).rank, 2);
    EXPECT_EQ(ranking->at(2).rank, 2);
    EXPECT_EQ(ranking->at(2).score, 98);
    for (const RankingRow &row : ranking.value()) {
        EXPECT_EQ(row.status, SheetStatus::Approved);
    }

    auto badPeriod = views().ranking(m_monthly.id, u"2026-13"_s);
    ASSERT_FALSE(badPeriod.ok());
    EXPECT_EQ(badPeriod.error().field, u"period"_s);
}

// A draft, a sheet waiting for review and a returned one are not ranked, however well
// they score: the ranking is what the station stands by.
TEST_P(AssessmentAnalyticsTest, RankingCountsApprovedSheetsOnly) {
    approvedSheet(m_monthly, m_units[0], u"2026-07"_s, {entry(m_monthly, u"FILE"_s, -5)});
    actAsLeader();
    SD_ASSERT_OK(service().createSheet(draft(m_monthly, m_units[1], u"2026-07"_s)));
    const ScoreSheet returned = returnedSheet(m_monthly, m_units[2], u"2026-07"_s);
    ASSERT_EQ(returned.status, SheetStatus::Draft);
    const ScoreSheet waiting = submittedSheet(m_monthly, m_units[1], u"2026-08"_s);
    ASSERT_EQ(waiting.total, 100);

    auto july = views().ranking(m_monthly.id, u"2026-07"_s);
    SD_ASSERT_OK(july);
    ASSERT_EQ(july->size(), 1);
    EXPECT_EQ(july->at(0).subjectId, m_units[0]);
    EXPECT_EQ(july->at(0).score, 95);
    EXPECT_EQ(july->at(0).rank, 1);
    auto august = views().ranking(m_monthly.id, u"2026-08"_s);
    SD_ASSERT_OK(august);
    EXPECT_TRUE(august->isEmpty());

    // Once approved, the waiting sheet is ranked.
    actAsInstructor();
    SD_ASSERT_OK(service().approveSheet(waiting.id, waiting.rowVersion));
    august = views().ranking(m_monthly.id, u"2026-08"_s);
    SD_ASSERT_OK(august);
    ASSERT_EQ(august->size(), 1);
    EXPECT_EQ(august->at(0).subjectId, m_units[1]);
}

TEST_P(AssessmentAnalyticsTest, TheTrendCoversEveryPeriodAndLeavesGapsEmpty) {
    approvedSheet(m_monthly, m_units[0], u"2025-12"_s, {entry(m_monthly, u"FILE"_s, -5)});
    approvedSheet(m_monthly, m_units[0], u"2026-02"_s);
    auto trend = views().trend(m_monthly.id, m_units[0], u"2026-03"_s, 12);
    SD_ASSERT_OK(trend);
    ASSERT_EQ(trend->size(), 12);
    EXPECT_EQ(trend->first().period, u"2025-04"_s);
    EXPECT_EQ(trend->last().period, u"2026-03"_s);
    EXPECT_EQ(trend->at(8).period, u"2025-12"_s);
    EXPECT_EQ(trend->at(8).score, 95);
    EXPECT_FALSE(trend->at(9).score.has_value());
    EXPECT_EQ(trend->at(10).grade, Grade::Excellent);
}

// The chart beside the streak text plots what the streak counts: a returned sheet's score,
// a draft's or a waiting one's is a gap, and the trend ends at the latest approved sheet.
TEST_P(AssessmentAnalyticsTest, TheTrendPlotsApprovedSheetsOnly) {
    approvedSheet(m_monthly, m_units[0], u"2025-12"_s, {entry(m_monthly, u"FILE"_s, -5)});
    returnedSheet(m_monthly, m_units[0], u"2026-01"_s, {entry(m_monthly, u"LATE"_s, -2)});
    approvedSheet(m_monthly, m_units[0], u"2026-02"_s);
    submittedSheet(m_monthly, m_units[0], u"2026-03"_s);
    actAsLeader();
    SD_ASSERT_OK(service().createSheet(draft(m_monthly, m_units[0], u"2026-04"_s)));

    auto shown = views().trend(m_monthly.id, m_units[0], u"2026-04"_s, 5);
    SD_ASSERT_OK(shown);
    ASSERT_EQ(shown->size(), 5);
    EXPECT_EQ(shown->at(0).period, u"2025-12"_s);
    EXPECT_EQ(shown->at(0).score, 95);
    EXPECT_EQ(shown->at(0).status, SheetStatus::Approved);
    EXPECT_EQ(shown->at(1).period, u"2026-01"_s);
    EXPECT_FALSE(shown->at(1).score.has_value());
    EXPECT_FALSE(shown->at(1).status.has_value());
    EXPECT_EQ(shown->at(2).score, 100);
    EXPECT_FALSE(shown->at(3).score.has_value());
    EXPECT_FALSE(shown->at(4).score.has_value());

    // Without a last period, the trend ends at the latest approved sheet, not the draft.
    auto latest = views().trend(m_monthly.id, m_units[0], {}, 3);
    SD_ASSERT_OK(latest);
    ASSERT_EQ(latest->size(), 3);
    EXPECT_EQ(latest->last().period, u"2026-02"_s);
    EXPECT_EQ(latest->last().score, 100);

    // A subject with nothing approved has no trend at all.
    returnedSheet(m_monthly, m_units[1], u"2026-01"_s);
    auto none = views().trend(m_monthly.id, m_units[1], {}, 12);
    SD_ASSERT_OK(none);
    EXPECT_TRUE(none->isEmpty());
}

TEST_P(AssessmentAnalyticsTest, StreaksAreComputedFromApprovedSheetsInConsecutivePeriods) {
    // Twelve excellent months in 2025, a good month, then two excellent ones.
    for (int month = 1; month <= 12; ++month) {
        approvedSheet(m_monthly, m_units[0], u"2025-%1"_s.arg(month, 2, 10, QChar(u'0')),
                      month % 4 == 0 ? QList<ScoreEntry>{entry(m_monthly, u"LATE"_s, -2)}
                                     : QList<ScoreEntry>{});
    }
    approvedSheet(m_monthly, m_units[0], u"2026-01"_s,
                  {entry(m_monthly, u"FILE"_s, -5), entry(m_monthly, u"FILE"_s, -5)});
    approvedSheet(m_monthly, m_units[0], u"2026-02"_s);
    approvedSheet(m_monthly, m_units[0], u"2026-03"_s);
    // A draft does not count.
    actAsLeader();
    SD_ASSERT_OK(service().createSheet(draft(m_monthly, m_units[0], u"2026-04"_s)));

    auto streaks = views().streaksOf(m_monthly.id, m_units[0]);
    SD_ASSERT_OK(streaks);
    ASSERT_EQ(streaks->size(), 2);
    const Streak &excellent = streaks->at(0);
    EXPECT_EQ(excellent.kind, StreakKind::Excellent);
    EXPECT_EQ(excellent.length, 12);
    EXPECT_EQ(excellent.from, u"2025-01"_s);
    EXPECT_EQ(excellent.to, u"2025-12"_s);
    EXPECT_FALSE(excellent.current);
    EXPECT_EQ(AssessmentAnalytics::describe(excellent, PeriodKind::Month),
              u"12 consecutive months excellent"_s);
    const Streak &clean = streaks->at(1);
    EXPECT_EQ(clean.kind, StreakKind::ZeroDeductions);
    EXPECT_EQ(clean.length, 3); // 2025-09..11 and 2025-05..07 are 3 long; the later one wins
    EXPECT_EQ(clean.from, u"2025-09"_s);

    // Quarters: three in a row without a deduction.
    for (const QString &quarter : {u"2025-Q2"_s, u"2025-Q3"_s, u"2025-Q4"_s}) {
        approvedSheet(m_quarterly, m_units[1], quarter);
    }
    approvedSheet(m_quarterly, m_units[2], u"2025-Q4"_s, {entry(m_quarterly, u"LATE"_s, -2)});
    auto quarterly = views().streaks(m_quarterly.id);
    SD_ASSERT_OK(quarterly);
    Streak zero;
    for (const Streak &streak : quarterly.value()) {
        if (streak.kind == StreakKind::ZeroDeductions && streak.subjectId == m_units[1]) {
            zero = streak;
        }
    }
    EXPECT_EQ(zero.length, 3);
    EXPECT_TRUE(zero.current);
    EXPECT_EQ(AssessmentAnalytics::describe(zero, PeriodKind::Quarter),
              u"3 consecutive quarters with zero deductions"_s);
}

TEST_P(AssessmentAnalyticsTest, FrequentDeductionsAndComparisonCountApprovedSheetsOnly) {
    approvedSheet(m_monthly, m_units[0], u"2026-01"_s,
                  {entry(m_monthly, u"LATE"_s, -2), entry(m_monthly, u"LATE"_s, -2)});
    approvedSheet(m_monthly, m_units[1], u"2026-01"_s,
                  {entry(m_monthly, u"LATE"_s, -2), entry(m_monthly, u"FILE"_s, -5)});
    approvedSheet(m_monthly, m_units[1], u"2026-02"_s);
    actAsLeader();
    SD_ASSERT_OK(service().createSheet(
        draft(m_monthly, m_units[2], u"2026-01"_s,
              {entry(m_monthly, u"FILE"_s, -5), entry(m_monthly, u"FILE"_s, -5)})));

    auto frequent = views().frequentDeductions(m_monthly.id);
    SD_ASSERT_OK(frequent);
    ASSERT_EQ(frequent->size(), 2);
    EXPECT_EQ(frequent->at(0).itemCode, u"LATE"_s);
    EXPECT_EQ(frequent->at(0).count, 3);
    EXPECT_EQ(frequent->at(0).points, -6);
    EXPECT_EQ(frequent->at(1).count, 1);

    auto comparison = views().comparison(m_monthly.id, u"2026-01"_s, u"2026-12"_s);
    SD_ASSERT_OK(comparison);
    ASSERT_EQ(comparison->size(), 2);
    const SubjectComparison &second = comparison->at(0);
    EXPECT_EQ(second.subject, u"第二探组"_s);
    EXPECT_DOUBLE_EQ(second.average, 96.5);
    EXPECT_EQ(second.sheets, 2);
    EXPECT_EQ(second.best, 100);
    EXPECT_EQ(second.worst, 93);
    EXPECT_EQ(second.zeroDeductionSheets, 1);
    EXPECT_EQ(second.deductions, 2);
    EXPECT_EQ(comparison->at(1).subject, u"第一探组"_s);
    EXPECT_DOUBLE_EQ(comparison->at(1).average, 96.0);
}

SD_INSTANTIATE_ENGINES(AssessmentAnalyticsTest);
