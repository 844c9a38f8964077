#include "ui/assessment/AssessmentPage.h"

#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/assessment/ExportButtons.h"
#include "ui/assessment/HonoursPanel.h"
#include "ui/assessment/ItemNames.h"
#include "ui/assessment/RankingPanel.h"
#include "ui/assessment/ReturnCommentDialog.h"
#include "ui/assessment/ReviewPanel.h"
#include "ui/assessment/SheetTableModel.h"
#include "ui/assessment/TrendPanel.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
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

    // Chinese arrives as an input method delivers it: one key event carrying the text.
    static void typeText(QWidget *widget, const QString &text) {
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
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
    // The sheet in full names its scheme and items, not their codes.
    EXPECT_TRUE(review->detailText().contains(u"月度执法考核"_s))
        << review->detailText().toStdString();
    EXPECT_TRUE(review->detailText().contains(u"警情反馈超时"_s));
    EXPECT_FALSE(review->detailText().contains(u"LAW-M"_s));
    EXPECT_FALSE(review->detailText().contains(u"D01"_s));
    EXPECT_EQ(review->model()->index(0, SheetTableModel::SchemeColumn).data().toString(),
              u"月度执法考核"_s);

    review->view()->selectRow(0);
    const qint64 first = review->model()->sheetAt(0)->id;
    QTest::mouseClick(approve, Qt::LeftButton);
    EXPECT_EQ(m_app->assessments().sheet(first)->status, SheetStatus::Approved);
    ASSERT_EQ(review->model()->rowCount(), 1);

    // The comment box takes several lines; an empty comment (or only blanks) is refused
    // next to the box, which stays open, and nothing is returned.
    const qint64 second = review->model()->sheetAt(0)->id;
    QTest::mouseClick(giveBack, Qt::LeftButton);
    QPointer<ReturnCommentDialog> dialog = review->findChild<ReturnCommentDialog *>();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    QPlainTextEdit *box = dialog->commentEdit();
    auto *send = dialog->findChild<QPushButton *>(u"returnSheetButton"_s);
    ASSERT_TRUE(box && send);
    QTest::mouseClick(send, Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errors().errorText(u"comment"_s).isEmpty());
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"error_comment"_s)->isVisible());
    EXPECT_EQ(m_app->assessments().sheet(second)->status, SheetStatus::Submitted);
    QTest::keyClicks(box, u"   "_s);
    QTest::keyClick(box, Qt::Key_Return);
    QTest::mouseClick(send, Qt::LeftButton);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errors().errorText(u"comment"_s).isEmpty());
    EXPECT_EQ(m_app->assessments().sheet(second)->status, SheetStatus::Submitted);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();

    // Enter starts a new line in the box rather than returning the sheet.
    box->clear();
    typeText(box, u"请补充超时警情编号"_s);
    QTest::keyClick(box, Qt::Key_Return);
    typeText(box, u"附执法记录仪截图"_s);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(box->toPlainText(), u"请补充超时警情编号\n附执法记录仪截图"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    EXPECT_TRUE(!dialog || !dialog->isVisible());
    auto returned = m_app->assessments().sheet(second);
    EXPECT_EQ(returned->status, SheetStatus::Draft);
    ASSERT_FALSE(returned->reviews.isEmpty());
    EXPECT_EQ(returned->reviews.last().comment, u"请补充超时警情编号\n附执法记录仪截图"_s);
    EXPECT_EQ(review->model()->rowCount(), 0);
    // The history shows the comment in the lines it was written in.
    const QString html = ReviewPanel::sheetHtml(returned.value(), m_scheme);
    EXPECT_TRUE(html.contains(u"请补充超时警情编号<br>附执法记录仪截图"_s)) << html.toStdString();
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

TEST_P(AssessmentPageTest, CancellingTheReturnLeavesTheSheetWaiting) {
    actAs(u"林志远 (031002)"_s, Role::Instructor);
    AssessmentPage page(*m_app, m_prompter);
    ReviewPanel *review = page.review();
    review->view()->selectRow(0);
    const qint64 waiting = review->model()->sheetAt(0)->id;
    QPointer<ReturnCommentDialog> dialog = review->returnSelected();
    ASSERT_TRUE(dialog);
    // Typed text is not thrown away without asking.
    typeText(dialog->commentEdit(), u"补证据"_s);
    m_prompter.confirmAnswer = false;
    dialog->reject();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(m_prompter.confirmations.size(), 1);
    m_prompter.confirmAnswer = true;
    dialog->reject();
    EXPECT_TRUE(!dialog || !dialog->isVisible());
    EXPECT_EQ(m_app->assessments().sheet(waiting)->status, SheetStatus::Submitted);
    EXPECT_EQ(review->model()->rowCount(), 2);
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
    // The scheme goes by its name; its code is the tooltip.
    auto *rankingScheme = page.ranking()->findChild<QComboBox *>(u"rankingScheme"_s);
    ASSERT_TRUE(rankingScheme);
    EXPECT_EQ(rankingScheme->currentText(), u"月度执法考核"_s);
    EXPECT_EQ(rankingScheme->itemData(0, Qt::ToolTipRole).toString(), u"LAW-M"_s);
    // It opens on the latest period with approved sheets, not on January's waiting ones.
    EXPECT_EQ(page.ranking()->findChild<QLineEdit *>(u"rankingPeriod"_s)->text(), u"2025-12"_s);
    EXPECT_EQ(page.ranking()->model()->rowCount(), 1);

    // January's two sheets wait for review: neither is ranked, and the panel says so.
    EXPECT_FALSE(page.ranking()->showRanking(u"LAW-M"_s, u"2026-01"_s));
    EXPECT_EQ(page.ranking()->model()->rowCount(), 0);
    EXPECT_TRUE(page.ranking()->noteText().contains(u'2'))
        << page.ranking()->noteText().toStdString();
    ASSERT_TRUE(page.ranking()->showRanking(u"LAW-M"_s, u"2025-12"_s));
    ASSERT_EQ(page.ranking()->model()->rowCount(), 1);
    EXPECT_EQ(page.ranking()->model()->item(0, 1)->text(), u"刑事探组"_s);
    QTemporaryDir dir;
    SD_ASSERT_OK(page.ranking()->exportCsv(dir.filePath(u"ranking.csv"_s)));
    SD_ASSERT_OK(page.ranking()->exportPdf(dir.filePath(u"ranking.pdf"_s)));
    QFile csv(dir.filePath(u"ranking.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString ranked = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(ranked.contains(u"刑事探组,98"_s)) << ranked.toStdString();
    EXPECT_FALSE(ranked.contains(u"治安探组"_s));
    EXPECT_GT(QFile(dir.filePath(u"ranking.pdf"_s)).size(), 500);

    ASSERT_TRUE(page.trend()->showTrend(u"LAW-M"_s, u"刑事探组"_s));
    // Twelve approved months; January's sheet, still under review, is not plotted.
    EXPECT_EQ(page.trend()->pointCount(), 12);
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
    EXPECT_EQ(deductionLines.at(0), u"Item,Times,Points"_s);
    EXPECT_TRUE(deductionLines.at(1).startsWith(u"警情反馈超时,12,-24"_s))
        << deductionLines.at(1).toStdString();
    EXPECT_EQ(page.trend()->deductions()->item(0, 0)->toolTip(), u"D01"_s);
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
        QStringList({u"comparison LAW-M 2024-01..2025-12 format=csv"_s,
                     u"comparison LAW-M 2024-01..2025-12 format=pdf"_s,
                     u"deductions LAW-M format=csv"_s, u"deductions LAW-M format=pdf"_s,
                     u"ranking LAW-M 2025-12 format=csv"_s, u"ranking LAW-M 2025-12 format=pdf"_s}))
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

// An item goes by its description; the code is added only where two items share one.
TEST(ItemNamesTest, TheCodeFollowsOnlyWhereTwoItemsShareADescription) {
    AssessmentScheme scheme;
    scheme.items = {{1, u"D01"_s, u"警情反馈超时"_s, -2, 10},
                    {2, u"D02"_s, u"案卷不规范"_s, -3, 15},
                    {3, u"D03"_s, u"案卷不规范"_s, -5, 15}};
    EXPECT_EQ(ItemNames::of(scheme, scheme.items.at(0)), u"警情反馈超时"_s);
    EXPECT_EQ(ItemNames::of(scheme, 2, u"D02"_s),
              ItemNames::tr("%1 (%2)").arg(u"案卷不规范"_s, u"D02"_s));
    EXPECT_NE(ItemNames::of(scheme, 2, u"D02"_s), ItemNames::of(scheme, 3, u"D03"_s));
    EXPECT_EQ(ItemNames::of(scheme, 9, u"X09"_s), u"X09"_s); // not in the scheme
}

} // namespace sd::test
