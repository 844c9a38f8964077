#include "StationCtlFixture.h"
#include "core/assessment/AssessmentAnalytics.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::test {

class AssessCommandTest : public StationCtlFixture {};

// One demo per engine (it writes two years of sheets), then every listing against it.
TEST_P(AssessCommandTest, ListsSchemesRankingsStreaksAndHonoursOfTheDemo) {
    buildDemo();
    if (HasFatalFailure()) {
        return;
    }
    const QJsonArray schemes = jsonOf({u"assess"_s, u"schemes"_s});
    ASSERT_EQ(schemes.size(), 3);
    const QJsonObject monthly = schemes.at(1).toObject();
    EXPECT_EQ(monthly.value(u"code"_s).toString(), u"LAW-M"_s);
    EXPECT_EQ(monthly.value(u"subject_kind"_s).toString(), u"unit"_s);
    EXPECT_EQ(monthly.value(u"period_kind"_s).toString(), u"month"_s);
    EXPECT_FALSE(monthly.value(u"name"_s).toString().isEmpty());

    const QJsonArray ranking =
        jsonOf({u"assess"_s, u"ranking"_s, u"--scheme"_s, u"LAW-M"_s, u"--period"_s, u"2025-07"_s});
    ASSERT_EQ(ranking.size(), 4);
    int previousScore = 1000;
    for (const QJsonValue &value : ranking) {
        const QJsonObject row = value.toObject();
        for (const QString &key : {u"rank"_s, u"subject"_s, u"score"_s, u"grade"_s, u"status"_s}) {
            EXPECT_TRUE(row.contains(key)) << key.toStdString();
        }
        EXPECT_LE(row.value(u"score"_s).toInt(), previousScore);
        previousScore = row.value(u"score"_s).toInt();
        EXPECT_EQ(row.value(u"status"_s).toString(), u"approved"_s);
    }
    EXPECT_EQ(ranking.at(0).toObject().value(u"rank"_s).toInt(), 1);

    const QJsonArray quarter = jsonOf(
        {u"assess"_s, u"ranking"_s, u"--scheme"_s, u"COMM-Q"_s, u"--period"_s, u"2026-Q3"_s});
    // The first office's sheet for the quarter still waits for review: not ranked.
    EXPECT_EQ(quarter.size(), 2);
    for (const QJsonValue &value : quarter) {
        EXPECT_EQ(value.toObject().value(u"status"_s).toString(), u"approved"_s);
        EXPECT_NE(value.toObject().value(u"subject"_s).toString(), u"东关警务室"_s);
    }

    const QJsonArray streaks = jsonOf({u"assess"_s, u"streaks"_s, u"--scheme"_s, u"LAW-M"_s});
    bool twelve = false;
    for (const QJsonValue &value : streaks) {
        const QJsonObject row = value.toObject();
        twelve =
            twelve || (row.value(u"subject"_s).toString() == u"刑事探组"_s &&
                       row.value(u"kind"_s).toString() == u"excellent"_s &&
                       row.value(u"length"_s).toInt() == 12 &&
                       row.value(u"text"_s).toString() == u"12 consecutive months excellent"_s);
    }
    EXPECT_TRUE(twelve);
    const QJsonArray zero = jsonOf({u"assess"_s, u"streaks"_s, u"--scheme"_s, u"LAW-Q"_s});
    bool threeQuarters = false;
    for (const QJsonValue &value : zero) {
        const QJsonObject row = value.toObject();
        threeQuarters = threeQuarters || (row.value(u"subject"_s).toString() == u"刑事探组"_s &&
                                          row.value(u"kind"_s).toString() == u"zero_deductions"_s &&
                                          row.value(u"length"_s).toInt() == 3);
    }
    EXPECT_TRUE(threeQuarters);

    // October waits on the reviewer's desk (sheets submitted, returned, still a draft):
    // none of it is ranked until approved. September is approved throughout.
    const QJsonArray october =
        jsonOf({u"assess"_s, u"ranking"_s, u"--scheme"_s, u"LAW-M"_s, u"--period"_s, u"2026-10"_s});
    EXPECT_TRUE(october.isEmpty()) << QJsonDocument(october).toJson().toStdString();
    const CtlRun table =
        ctl({u"assess"_s, u"ranking"_s, u"--scheme"_s, u"LAW-M"_s, u"--period"_s, u"2026-09"_s});
    ASSERT_EQ(table.exitCode, 0) << describe(table);
    EXPECT_TRUE(table.out.contains(u"Approved"_s)) << table.out.toStdString();
    for (const QString &unranked : {u"Submitted"_s, u"Draft"_s}) {
        EXPECT_FALSE(table.out.contains(unranked)) << table.out.toStdString();
    }
    const CtlRun csv = ctl({u"assess"_s, u"schemes"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(csv.out.startsWith(u"code,name,subject_kind,period_kind"_s));

    // Periods that do not exist, or of the wrong kind, are refused.
    for (const auto &[scheme, period] :
         {std::pair{u"LAW-M"_s, u"2026-13"_s}, std::pair{u"LAW-Q"_s, u"2026-Q5"_s},
          std::pair{u"LAW-Q"_s, u"2026-07"_s}}) {
        const CtlRun run =
            ctl({u"assess"_s, u"ranking"_s, u"--scheme"_s, scheme, u"--period"_s, period});
        EXPECT_EQ(run.exitCode, 1) << describe(run);
        EXPECT_TRUE(run.err.contains(period)) << run.err.toStdString();
    }

    const QJsonArray honours = jsonOf({u"honours"_s, u"list"_s});
    EXPECT_GE(honours.size(), 10);
    const QJsonArray of2018 = jsonOf({u"honours"_s, u"list"_s, u"--year"_s, u"2018"_s});
    ASSERT_FALSE(of2018.isEmpty());
    for (const QJsonValue &value : of2018) {
        EXPECT_EQ(value.toObject().value(u"year"_s).toInt(), 2018);
    }
    EXPECT_LT(of2018.size(), honours.size());

    // The instructor's inbox has work, and some sheet was returned with a comment.
    auto app = Application::open(testDatabase().url(), Application::OpenMode::ExistingOnly);
    ASSERT_TRUE(app.ok());
    auto inbox = app.value()->assessments().reviewInbox();
    ASSERT_TRUE(inbox.ok());
    EXPECT_GE(inbox->size(), 3);
    SheetFilter drafts;
    drafts.status = SheetStatus::Draft;
    auto open = app.value()->assessments().sheets(drafts);
    ASSERT_TRUE(open.ok());
    ASSERT_GE(open->size(), 2);
    bool returned = false;
    for (const ScoreSheet &summary : open.value()) {
        const auto sheet = app.value()->assessments().sheet(summary.id);
        for (const SheetReview &review : sheet->reviews) {
            returned = returned || (review.action == u"return"_s && !review.comment.isEmpty());
        }
    }
    EXPECT_TRUE(returned);
    EXPECT_GE(app.value()->honours().events()->size(), 5);
}

TEST_P(AssessCommandTest, BadArgumentsAreRefusedWithTheRightExitCode) {
    const CtlRun init = ctl({u"init"_s});
    ASSERT_EQ(init.exitCode, 0) << describe(init);
    const CtlRun noScheme = ctl({u"assess"_s, u"ranking"_s, u"--period"_s, u"2026-07"_s});
    EXPECT_EQ(noScheme.exitCode, 2) << describe(noScheme);
    const CtlRun unknown =
        ctl({u"assess"_s, u"ranking"_s, u"--scheme"_s, u"NOPE"_s, u"--period"_s, u"2026-07"_s});
    EXPECT_EQ(unknown.exitCode, 1) << describe(unknown);
    EXPECT_TRUE(unknown.err.contains(u"NOPE"_s));
    const CtlRun badYear = ctl({u"honours"_s, u"list"_s, u"--year"_s, u"last"_s});
    EXPECT_EQ(badYear.exitCode, 2) << describe(badYear);
    const CtlRun badSub = ctl({u"assess"_s, u"rank"_s});
    EXPECT_EQ(badSub.exitCode, 2) << describe(badSub);
    EXPECT_EQ(jsonOf({u"assess"_s, u"schemes"_s}).size(), 0);
}

SD_INSTANTIATE_ENGINES(AssessCommandTest);

} // namespace sd::test
