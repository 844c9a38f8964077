#include "UiTestFixture.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/assessment/ExportButtons.h"
#include "ui/assessment/RankingPanel.h"
#include "ui/assessment/ReturnCommentDialog.h"
#include "ui/assessment/ReviewPanel.h"
#include "ui/assessment/SheetTableModel.h"
#include "ui/assessment/TrendPanel.h"

#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {

// The "done when", on real widgets and a real login: the instructor sees the
// review inbox, approves one sheet and returns another with a comment, opens the ranking
// and a unit's 24-month trend with its streak, and prints the ranking to PDF.
class AssessmentWalkthroughTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        addAccount(u"031002"_s, u"林志远"_s, Role::Instructor, u"Instructor-Pass-2026"_s);
        const Account leader =
            addAccount(u"031011"_s, u"吴海涛"_s, Role::SquadLeader, u"Leader-Pass-2026"_s);
        m_criminal = addUnit(UnitKind::Squad, u"刑事探组"_s, {leader.personId}, leader.personId).id;
        m_patrol = addUnit(UnitKind::Squad, u"治安探组"_s, {}, std::nullopt).id;
        AssessmentScheme scheme;
        scheme.code = u"LAW-M"_s;
        scheme.name = u"月度执法考核"_s;
        scheme.items = {{0, u"D01"_s, u"警情反馈超时"_s, -2, 10}};
        auto stored = m_app->assessments().addScheme(scheme);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_scheme = stored.value();

        // The history the chart draws: 23 months without a deduction, approved by the chief.
        AssessmentPeriod month(PeriodKind::Month, 2024, 12);
        for (int i = 0; i < 23; ++i, month = month.shifted(1)) {
            ScoreSheet sheet = submitted(m_criminal, month.toString(), false);
            actAs(u"陈国华 (031001)"_s, Role::Chief);
            SD_ASSERT_OK(m_app->assessments().approveSheet(sheet.id, sheet.rowVersion));
        }
        ASSERT_EQ(month.toString(), u"2026-11"_s);
        submitted(m_criminal, u"2026-11"_s, true);
        submitted(m_patrol, u"2026-11"_s, true);
    }

    void actAs(const QString &name, Role role) {
        Actor actor;
        actor.name = name;
        actor.role = role;
        m_app->session().setActor(actor);
    }

    ScoreSheet submitted(qint64 unit, const QString &period, bool late) {
        actAs(u"吴海涛 (031011)"_s, Role::SquadLeader);
        ScoreSheet draft;
        draft.schemeId = m_scheme.id;
        draft.subjectId = unit;
        draft.period = period;
        if (late) {
            draft.entries = {
                ScoreEntry{0, m_scheme.items.at(0).id, {}, -2, u"反馈超时"_s, {}, {}, {}}};
        }
        auto sheet = m_app->assessments().createSheet(draft);
        EXPECT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
        auto sent = m_app->assessments().submitSheet(sheet->id, sheet->rowVersion);
        EXPECT_TRUE(sent.ok());
        return sent.value();
    }

    int rowOf(ReviewPanel *review, const QString &subject) {
        for (int row = 0; row < review->model()->rowCount(); ++row) {
            if (review->model()->sheetAt(row)->subjectName == subject) {
                return row;
            }
        }
        return -1;
    }

    QList<AuditEntry> audited(const QString &action) {
        AuditFilter filter;
        filter.action = action;
        auto rows = m_app->audit().list(filter);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? rows.value() : QList<AuditEntry>{};
    }

    qint64 m_criminal = 0;
    qint64 m_patrol = 0;
    AssessmentScheme m_scheme;
};

TEST_P(AssessmentWalkthroughTest, TheInstructorReviewsRanksFollowsTheTrendAndPrintsTheRanking) {
    login(u"031002"_s, u"Instructor-Pass-2026"_s);
    const QString instructor = m_app->session().actor().name;
    ASSERT_EQ(m_app->session().actor().role, Role::Instructor);

    AssessmentPage page(*m_app, m_prompter);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    // The review inbox: two sheets for November wait.
    ReviewPanel *review = page.review();
    EXPECT_EQ(page.tabs()->currentWidget(), review);
    ASSERT_EQ(review->model()->rowCount(), 2);
    EXPECT_TRUE(review->findChild<QLabel *>(u"reviewHeading"_s)->text().contains(u'2'));

    // Approve the criminal squad's sheet.
    int row = rowOf(review, u"刑事探组"_s);
    ASSERT_GE(row, 0);
    review->view()->selectRow(row);
    EXPECT_TRUE(review->detailText().contains(u"刑事探组"_s));
    QTest::mouseClick(review->findChild<QPushButton *>(u"approveButton"_s), Qt::LeftButton);
    ASSERT_EQ(review->model()->rowCount(), 1);

    // Return the other with a comment.
    row = rowOf(review, u"治安探组"_s);
    ASSERT_GE(row, 0);
    review->view()->selectRow(row);
    QTest::mouseClick(review->findChild<QPushButton *>(u"returnButton"_s), Qt::LeftButton);
    auto *dialog = review->findChild<ReturnCommentDialog *>();
    ASSERT_TRUE(dialog && dialog->isVisible());
    dialog->commentEdit()->setPlainText(u"请补充超时警情编号"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"returnSheetButton"_s), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(review->model()->rowCount(), 0);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();

    SheetFilter november;
    november.period = u"2026-11"_s;
    auto sheets = m_app->assessments().sheets(november);
    ASSERT_EQ(sheets->size(), 2);
    for (const ScoreSheet &sheet : sheets.value()) {
        auto full = m_app->assessments().sheet(sheet.id);
        if (sheet.subjectId == m_criminal) {
            EXPECT_EQ(full->status, SheetStatus::Approved);
            EXPECT_EQ(full->approvedBy, instructor);
            EXPECT_FALSE(full->contentHash.isEmpty());
        } else {
            EXPECT_EQ(full->status, SheetStatus::Draft);
            ASSERT_FALSE(full->reviews.isEmpty());
            EXPECT_EQ(full->reviews.last().comment, u"请补充超时警情编号"_s);
            EXPECT_EQ(full->reviews.last().actor, instructor);
        }
    }
    ASSERT_EQ(audited(u"assessment.sheet.approve"_s).size(), 24);
    EXPECT_EQ(audited(u"assessment.sheet.approve"_s).first().account, instructor);
    ASSERT_EQ(audited(u"assessment.sheet.return"_s).size(), 1);
    EXPECT_EQ(audited(u"assessment.sheet.return"_s).first().account, instructor);

    // The ranking of November: the approved sheet only; the returned one is a draft again
    // and is not ranked.
    page.tabs()->setCurrentWidget(page.ranking());
    ASSERT_TRUE(page.ranking()->showRanking(u"LAW-M"_s, u"2026-11"_s));
    QStandardItemModel *ranking = page.ranking()->model();
    ASSERT_EQ(ranking->rowCount(), 1);
    EXPECT_EQ(ranking->item(0, 1)->text(), u"刑事探组"_s);
    EXPECT_EQ(ranking->item(0, 2)->text(), u"98"_s);
    EXPECT_TRUE(page.ranking()->noteText().contains(u'1'))
        << page.ranking()->noteText().toStdString();

    // The criminal squad's trend over 24 months and its streak.
    page.tabs()->setCurrentWidget(page.trend());
    ASSERT_TRUE(page.trend()->showTrend(u"LAW-M"_s, u"刑事探组"_s));
    EXPECT_EQ(page.trend()->pointCount(), 24);
    EXPECT_TRUE(page.trend()->findChild<QChartView *>(u"trendChart"_s)->isVisible());
    EXPECT_TRUE(page.trend()->streakText().contains(u"24 consecutive months excellent"_s))
        << page.trend()->streakText().toStdString();
    EXPECT_TRUE(page.trend()->findChild<QLabel *>(u"streakText"_s)->isVisible());

    // Print the ranking to a PDF file; the print is on record.
    page.tabs()->setCurrentWidget(page.ranking());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ranking-2026-11.pdf"_s);
    SD_ASSERT_OK(page.ranking()->exportPdf(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 1000);
    const QList<AuditEntry> printed = audited(u"assessment.export"_s);
    ASSERT_EQ(printed.size(), 1);
    EXPECT_EQ(printed.first().account, instructor);
    EXPECT_EQ(printed.first().objectId, u"ranking LAW-M 2026-11"_s);
    EXPECT_EQ(printed.first().details, u"format=pdf"_s);

    // Print… sends the same page to a printer (here one that prints to a file), and that
    // print is on record too.
    ASSERT_TRUE(page.ranking()->exportButtons()->printButton()->isEnabled());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    SD_ASSERT_OK(page.ranking()->exportButtons()->print(printer));
    QFile paper(printer.outputFileName());
    ASSERT_TRUE(paper.open(QIODevice::ReadOnly));
    EXPECT_TRUE(paper.read(5).startsWith("%PDF-"));
    const QList<AuditEntry> both = audited(u"assessment.export"_s);
    ASSERT_EQ(both.size(), 2);
    QStringList formats;
    for (const AuditEntry &entry : both) {
        formats << entry.details;
    }
    formats.sort();
    EXPECT_EQ(formats, (QStringList{u"format=pdf"_s, u"format=print"_s}));
}

SD_INSTANTIATE_SQLITE(AssessmentWalkthroughTest);

} // namespace sd::test
