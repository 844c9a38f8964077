#include "ui/assessment/AssessmentPage.h"

#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/assessment/ExportButtons.h"
#include "ui/assessment/HonoursPanel.h"
#include "ui/assessment/RankingPanel.h"
#include "ui/assessment/ReviewPanel.h"
#include "ui/assessment/SheetTableModel.h"
#include "ui/assessment/TrendPanel.h"

#include <QFile>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace sd::test {

// The review desk as the instructor and a squad leader use it, on real widgets.
class AssessmentPageTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const Person leader = addPerson(u"031011"_s, u"吴海涛"_s);
        m_squad = addUnit(UnitKind::Squad, u"刑事探组"_s, {leader.id}, leader.id).id;
        m_other = addUnit(UnitKind::Squad, u"治安探组"_s, {}, std::nullopt).id;
        AssessmentScheme scheme;
        scheme.code = u"LAW-M"_s;
        scheme.name = u"月度执法考核"_s;
        scheme.items = {{0, u"D01"_s, u"警情反馈超时"_s, -2, 10}};
        auto stored = m_app->assessments().addScheme(scheme);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_scheme = stored.value();

        actAs(u"吴海涛 (031011)"_s, Role::SquadLeader);
        // Twelve approved months for the trend, then two sheets waiting for review.
        for (int month = 1; month <= 12; ++month) {
            ScoreSheet sheet = submitted(m_squad, u"2025-%1"_s.arg(month, 2, 10, QChar(u'0')));
            actAs(u"林志远 (031002)"_s, Role::Instructor);
            SD_ASSERT_OK(m_app->assessments().approveSheet(sheet.id, sheet.rowVersion));
            actAs(u"吴海涛 (031011)"_s, Role::SquadLeader);
        }
        submitted(m_squad, u"2026-01"_s);
        submitted(m_other, u"2026-01"_s);
    }

    void actAs(const QString &name, Role role) {
        Actor actor;
        actor.name = name;
        actor.role = role;
        m_app->session().setActor(actor);
    }

    ScoreSheet submitted(qint64 unit, const QString &period) {
        ScoreSheet draft;
        draft.schemeId = m_scheme.id;
        draft.subjectId = unit;
        draft.period = period;
        ScoreEntry late;
        late.itemId = m_scheme.items.at(0).id;
        late.points = -2;
        late.reason = u"反馈超时"_s;
        draft.entries = {late};
        auto sheet = m_app->assessments().createSheet(draft);
        EXPECT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
        auto sent = m_app->assessments().submitSheet(sheet->id, sheet->rowVersion);
        EXPECT_TRUE(sent.ok());
        return sent.value();
    }

    qint64 m_squad = 0;
    qint64 m_other = 0;
    AssessmentScheme m_scheme;
};

TEST_P(AssessmentPageTest, TheInstructorApprovesOneSheetAndReturnsAnotherWithAComment) {
    actAs(u"林志远 (031002)"_s, Role::Instructor);
    AssessmentPage page(*m_app, m_prompter);
    ReviewPanel *review = page.review();
    ModelTesterGuard guard(review->model());
    ASSERT_EQ(review->model()->rowCount(), 2);
    auto *approve = review->findChild<QPushButton *>(u"approveButton"_s);
    auto *giveBack = review->findChild<QPushButton *>(u"returnButton"_s);
    ASSERT_TRUE(approve && giveBack);
    EXPECT_FALSE(review->findChild<QPushButton *>(u"submitButton"_s)->isVisibleTo(&page));
    EXPECT_TRUE(review->detailText().contains(u"D01"_s));

    review->view()->selectRow(0);
    const qint64 first = review->model()->sheetAt(0)->id;
    QTest::mouseClick(approve, Qt::LeftButton);
    EXPECT_EQ(m_app->assessments().sheet(first)->status, SheetStatus::Approved);
    ASSERT_EQ(review->model()->rowCount(), 1);

    // No comment: nothing is returned.
    const qint64 second = review->model()->sheetAt(0)->id;
    m_prompter.textAnswer = u""_s;
    QTest::mouseClick(giveBack, Qt::LeftButton);
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_EQ(m_app->assessments().sheet(second)->status, SheetStatus::Submitted);

    m_prompter.textAnswer = u"请补充超时警情编号"_s;
    QTest::mouseClick(giveBack, Qt::LeftButton);
    auto returned = m_app->assessments().sheet(second);
    EXPECT_EQ(returned->status, SheetStatus::Draft);
    ASSERT_FALSE(returned->reviews.isEmpty());
    EXPECT_EQ(returned->reviews.last().comment, u"请补充超时警情编号"_s);
    EXPECT_EQ(review->model()->rowCount(), 0);
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

TEST_P(AssessmentPageTest, TheDrafterSeesTheReturnedSheetAndCannotApprove) {
    actAs(u"林志远 (031002)"_s, Role::Instructor);
    const ScoreSheet waiting = m_app->assessments().reviewInbox()->at(0);
    SD_ASSERT_OK(m_app->assessments().returnSheet(waiting.id, waiting.rowVersion, u"补证据"_s));

    actAs(u"吴海涛 (031011)"_s, Role::SquadLeader);
    AssessmentPage page(*m_app, m_prompter);
    ReviewPanel *review = page.review();
    EXPECT_FALSE(review->findChild<QPushButton *>(u"approveButton"_s)->isVisibleTo(&page));
    ASSERT_EQ(review->model()->rowCount(), 1);
    EXPECT_TRUE(review->detailText().contains(u"补证据"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"submitButton"_s), Qt::LeftButton);
    EXPECT_EQ(m_app->assessments().sheet(waiting.id)->status, SheetStatus::Submitted);
}

TEST_P(AssessmentPageTest, RankingTrendAndHonoursShowAndExport) {
    actAs(u"林志远 (031002)"_s, Role::Instructor);
    AssessmentPage page(*m_app, m_prompter);
    ASSERT_TRUE(page.ranking()->showRanking(u"LAW-M"_s, u"2026-01"_s));
    EXPECT_EQ(page.ranking()->model()->rowCount(), 2);
    QTemporaryDir dir;
    SD_ASSERT_OK(page.ranking()->exportCsv(dir.filePath(u"ranking.csv"_s)));
    SD_ASSERT_OK(page.ranking()->exportPdf(dir.filePath(u"ranking.pdf"_s)));
    QFile csv(dir.filePath(u"ranking.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(csv.readAll()).contains(u"治安探组"_s));
    EXPECT_GT(QFile(dir.filePath(u"ranking.pdf"_s)).size(), 500);

    ASSERT_TRUE(page.trend()->showTrend(u"LAW-M"_s, u"刑事探组"_s));
    EXPECT_EQ(page.trend()->pointCount(), 13);
    EXPECT_TRUE(page.trend()->streakText().contains(u"12 consecutive months excellent"_s))
        << page.trend()->streakText().toStdString();
    EXPECT_EQ(page.trend()->deductions()->rowCount(), 1);
    EXPECT_EQ(page.trend()->comparison()->rowCount(), 1);
    // The deductions and the comparison export as the ranking does, each on record.
    SD_ASSERT_OK(page.trend()->deductionsExport()->exportCsv(dir.filePath(u"deductions.csv"_s)));
    SD_ASSERT_OK(page.trend()->deductionsExport()->exportPdf(dir.filePath(u"deductions.pdf"_s)));
    SD_ASSERT_OK(page.trend()->comparisonExport()->exportCsv(dir.filePath(u"comparison.csv"_s)));
    SD_ASSERT_OK(page.trend()->comparisonExport()->exportPdf(dir.filePath(u"comparison.pdf"_s)));
    QFile deductions(dir.filePath(u"deductions.csv"_s));
    ASSERT_TRUE(deductions.open(QIODevice::ReadOnly));
    // Written by the one CsvWriter every export uses (rows end with LF, as the imports read).
    const QStringList deductionLines = QString::fromUtf8(deductions.readAll()).split(u'\n');
    ASSERT_GE(deductionLines.size(), 2);
    EXPECT_TRUE(deductionLines.at(1).startsWith(u"D01,警情反馈超时,12,-24"_s))
        << deductionLines.at(1).toStdString();
    QFile comparison(dir.filePath(u"comparison.csv"_s));
    ASSERT_TRUE(comparison.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(comparison.readAll()).contains(u"刑事探组,12,98.0,98,98,12,0"_s));
    for (const QString &name : {u"deductions.pdf"_s, u"comparison.pdf"_s}) {
        QFile pdf(dir.filePath(name));
        ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
        EXPECT_TRUE(pdf.read(5).startsWith("%PDF-")) << name.toStdString();
    }
    AuditFilter exports;
    exports.action = u"assessment.export"_s;
    auto audited = m_app->audit().list(exports);
    ASSERT_TRUE(audited.ok());
    QStringList views;
    for (const AuditEntry &row : audited.value()) {
        views << row.objectId + u' ' + row.details;
    }
    views.sort();
    EXPECT_EQ(
        views,
        QStringList({u"comparison LAW-M 2024-02..2026-01 format=csv"_s,
                     u"comparison LAW-M 2024-02..2026-01 format=pdf"_s,
                     u"deductions LAW-M format=csv"_s, u"deductions LAW-M format=pdf"_s,
                     u"ranking LAW-M 2026-01 format=csv"_s, u"ranking LAW-M 2026-01 format=pdf"_s}))
        << views.join(u'\n').toStdString();
    SD_ASSERT_OK(page.trend()->exportChartPng(dir.filePath(u"trend.png"_s)));
    EXPECT_GT(QFile(dir.filePath(u"trend.png"_s)).size(), 1000);

    Honour honour;
    honour.year = 2025;
    honour.kind = HonourKind::Title;
    honour.title = u"执法示范探组"_s;
    honour.awardingBody = u"区公安分局"_s;
    honour.unitId = m_squad;
    actAs(u"admin@desk"_s, Role::System);
    SD_ASSERT_OK(m_app->honours().addHonour(honour));
    page.honours()->reload();
    ASSERT_EQ(page.honours()->wall()->topLevelItemCount(), 1);
    EXPECT_EQ(page.honours()->wall()->topLevelItem(0)->childCount(), 1);
}

SD_INSTANTIATE_SQLITE(AssessmentPageTest);

} // namespace sd::test
