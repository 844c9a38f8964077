#include "ui/statistics/StatisticsPage.h"

#include "UiTestFixture.h"
#include "core/kernel/storage/Sql.h"
#include "ui/frontdesk/AlertTableModel.h"
#include "ui/frontdesk/AlertsPanel.h"
#include "ui/frontdesk/FrontDeskPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/statistics/ChangeChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFile>
#include <QLabel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

qint64 shanghai(QDate date) {
    return QDateTime(date, QTime(10, 0), QTimeZone("Asia/Shanghai")).toMSecsSinceEpoch();
}

// The chief's page on both engines, inside the main window, against a station whose alerts
// were placed on known days (the test clock's today is 2026-03-15).
class StatisticsPageTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const Person officer = addPerson(u"031031"_s, u"周杰"_s);
        const Unit office =
            addUnit(UnitKind::CommunityOffice, u"云溪社区警务室"_s, {officer.id}, officer.id);
        for (const QString &name : {u"云溪"_s, u"白云"_s}) {
            CommunityArea area;
            area.officeId = office.id;
            area.name = name;
            auto added = organisation().addArea(area);
            ASSERT_TRUE(added.ok());
            m_areas << added->id;
        }
        add(12, QDate(2025, 1, 8), AlertCategory::Dispute, m_areas[0]);
        add(30, QDate(2026, 1, 8), AlertCategory::Criminal, m_areas[1]);
        add(5, QDate(2025, 2, 8), AlertCategory::Traffic, std::nullopt, true);
        add(5, QDate(2026, 2, 8), AlertCategory::Traffic, std::nullopt, true);
        m_window = std::make_unique<MainWindow>(*m_app, &m_prompter);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        for (int i = 0; i < m_window->pageCount(); ++i) {
            if (auto *page = qobject_cast<StatisticsPage *>(m_window->page(i))) {
                m_page = page;
                m_window->showPage(i);
            }
            if (auto *page = qobject_cast<FrontDeskPage *>(m_window->page(i))) {
                m_frontDesk = page;
            }
        }
        ASSERT_NE(m_page, nullptr);
        ASSERT_NE(m_frontDesk, nullptr);
    }
    void TearDown() override {
        m_window.reset();
        UiTest::TearDown();
    }

    void add(int howMany, QDate day, AlertCategory category, std::optional<qint64> area,
             bool preventable = false) {
        for (int i = 0; i < howMany; ++i) {
            Alert alert;
            alert.receivedAt = shanghai(day);
            alert.category = category;
            alert.areaId = area;
            alert.preventable = preventable;
            alert.summary = u"统计"_s;
            ASSERT_TRUE(m_app->alerts().addAlert(alert).ok());
        }
    }

    void showStatistics() {
        for (int i = 0; i < m_window->pageCount(); ++i) {
            if (m_window->page(i) == m_page) {
                m_window->showPage(i);
            }
        }
    }

    // The front desk's list after a drill: the banner shown and every listed row counted.
    qint64 listed() {
        EXPECT_EQ(m_window->currentPage(), m_frontDesk);
        AlertsPanel *panel = m_frontDesk->alerts();
        EXPECT_TRUE(panel->figureBanner()->isVisibleTo(panel));
        auto counted = m_app->alerts().count(panel->currentFilter());
        EXPECT_TRUE(counted.ok());
        const qint64 count = counted.ok() ? counted.value() : -1;
        EXPECT_EQ(panel->model()->totalCount(), count);
        return count;
    }

    std::unique_ptr<MainWindow> m_window;
    StatisticsPage *m_page = nullptr;
    FrontDeskPage *m_frontDesk = nullptr;
    QList<qint64> m_areas;
};

TEST_P(StatisticsPageTest, TheMonthsShowThisYearAgainstLastWithSignificantChangesMarked) {
    ASSERT_EQ(m_page->year(), 2026);
    const DashboardFigures &figures = m_page->figures();
    ASSERT_EQ(figures.months.size(), 12);
    auto *series = qobject_cast<QBarSeries *>(m_page->monthChart()->chart()->series().value(0));
    ASSERT_NE(series, nullptr);
    const QList<QBarSet *> sets = series->barSets();
    ASSERT_EQ(sets.size(), 2);
    EXPECT_EQ(sets[0]->label(), u"2025"_s);
    EXPECT_EQ(sets[0]->at(0), 12.0);
    EXPECT_EQ(sets[1]->at(0), 30.0);
    EXPECT_EQ(sets[0]->at(1), 5.0);
    EXPECT_EQ(sets[1]->at(1), 5.0);
    EXPECT_EQ(sets[1]->at(5), 0.0); // June has not come yet
    auto *axis = qobject_cast<QBarCategoryAxis *>(
        m_page->monthChart()->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(axis, nullptr);
    EXPECT_TRUE(axis->at(0).endsWith(u"▲"_s)) << axis->at(0).toStdString(); // 12 → 30: z = 4.0
    EXPECT_FALSE(axis->at(1).contains(u"▲"_s) || axis->at(1).contains(u"▼"_s)); // 5 → 5
    // The rule is on the page, in one line of words.
    auto *rule = m_page->findChild<QLabel *>(u"statisticsRule"_s);
    ASSERT_NE(rule, nullptr);
    EXPECT_TRUE(rule->text().contains(u"|z| ≥ 3"_s));
}

TEST_P(StatisticsPageTest, ThePageCountsUnderTheDefinitionInForceAndSaysWhichOne) {
    auto *range = m_page->findChild<QLabel *>(u"statisticsRange"_s);
    ASSERT_NE(range, nullptr);
    EXPECT_TRUE(range->text().contains(u"the default definition"_s)) << range->text().toStdString();
    EXPECT_EQ(m_page->figures().preventableMonths.value(0).change.current, 0); // none flagged
    // Disputes count as preventable from 2025 on: January's 30 criminal alerts stay out, and
    // last January's 12 disputes come in.
    StatisticsDefinitionChange change;
    change.effectiveFrom = QDate(2025, 1, 1);
    change.preventableRule = PreventableRule::Categories;
    change.preventableCategories = QStringList{u"dispute"_s, u"traffic"_s};
    ASSERT_TRUE(m_app->statisticsDefinitions().define(change).ok());
    m_page->reload();
    EXPECT_TRUE(range->text().contains(u"definition 1 of 2025-01-01"_s))
        << range->text().toStdString();
    const QList<DashboardLine> &preventable = m_page->figures().preventableMonths;
    EXPECT_EQ(preventable.value(0).change.current, 0);
    EXPECT_EQ(preventable.value(0).change.previous, 12);
    EXPECT_EQ(preventable.value(1).change.current, 5);
}

TEST_P(StatisticsPageTest, ABarChosenWithTheKeyboardListsExactlyItsAlerts) {
    m_page->monthChart()->setFocus();
    QTest::keyClick(m_page->monthChart(), Qt::Key_Right); // January 2025
    QTest::keyClick(m_page->monthChart(), Qt::Key_Right); // January 2026
    EXPECT_EQ(m_page->monthChart()->chosenLine(), 0);
    EXPECT_FALSE(m_page->monthChart()->choosingPrevious());
    QTest::keyClick(m_page->monthChart(), Qt::Key_Return);
    EXPECT_EQ(listed(), 30);
    // Back on the page, last year's bar of the same month lists last year's alerts.
    showStatistics();
    m_page->monthChart()->setFocus();
    QTest::keyClick(m_page->monthChart(), Qt::Key_Right);
    QTest::keyClick(m_page->monthChart(), Qt::Key_Return);
    EXPECT_EQ(listed(), 12);
    m_frontDesk->alerts()->clearFigure();
    EXPECT_FALSE(m_frontDesk->alerts()->figureBanner()->isVisibleTo(m_frontDesk->alerts()));
    EXPECT_EQ(m_frontDesk->alerts()->model()->totalCount(), 52);
}

TEST_P(StatisticsPageTest, EnterOnAnAreaOrAMeasureListsItsAlerts) {
    QTableView *areas = m_page->areaView();
    ASSERT_EQ(areas->model()->rowCount(), 3); // 白云, 云溪 (by pinyin) and no area
    EXPECT_EQ(areas->model()->index(0, 0).data().toString(), u"白云"_s);
    EXPECT_EQ(areas->model()->index(2, 1).data().toString(), u"5"_s);
    areas->setFocus();
    areas->setCurrentIndex(areas->model()->index(2, 0));
    QTest::keyClick(areas, Qt::Key_Return);
    EXPECT_EQ(listed(), 5); // the preventable traffic alerts, which have no area
    EXPECT_TRUE(
        m_frontDesk->alerts()->findChild<QLabel *>(u"figureText"_s)->text().contains(u"No area"_s));

    showStatistics();
    QTableView *summary = m_page->summaryView();
    ASSERT_EQ(summary->model()->rowCount(), 3);
    // Criminal and public order: 30 this year to date against none.
    EXPECT_EQ(summary->model()->index(0, 1).data().toString(), u"30"_s);
    summary->setFocus();
    summary->setCurrentIndex(summary->model()->index(0, 0));
    QTest::keyClick(summary, Qt::Key_Return);
    EXPECT_EQ(listed(), 30);
}

TEST_P(StatisticsPageTest, RollingWindowsCountTheLastDaysAgainstAsManyBeforeAndDrillIntoThem) {
    // Today is 2026-03-15: the last 365 days hold January's 30 criminal and February's 5
    // traffic alerts; the 365 days before them last year's 12 disputes and 5 traffic alerts.
    auto *tabs = m_page->findChild<QTabWidget *>(u"statisticsTables"_s);
    ASSERT_NE(tabs, nullptr);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::AltModifier);
    ASSERT_EQ(tabs->currentWidget(), m_page->windowView()) << "Alt+W shows the windows";
    QAbstractItemModel *windows = m_page->windowView()->model();
    ASSERT_EQ(windows->rowCount(), 8);
    EXPECT_EQ(windows->headerData(1, Qt::Horizontal).toString(), u"Now"_s);
    const auto cells = [windows](int row) {
        return QStringList{windows->index(row, 0).data().toString(),
                           windows->index(row, 1).data().toString(),
                           windows->index(row, 2).data().toString()};
    };
    // The 28 days before the last 28 (Jan 19 to Feb 15) hold February's 5.
    EXPECT_EQ(cells(0), (QStringList{u"All alerts, last 28 days"_s, u"0"_s, u"5"_s}));
    EXPECT_EQ(cells(4), (QStringList{u"All alerts, last 365 days"_s, u"35"_s, u"17"_s}));
    EXPECT_EQ(cells(5).mid(1), (QStringList{u"30"_s, u"0"_s})); // criminal and public order
    EXPECT_EQ(cells(6).mid(1), (QStringList{u"5"_s, u"5"_s}));  // preventable: flagged traffic
    m_page->windowView()->setFocus();
    m_page->windowView()->setCurrentIndex(windows->index(4, 0));
    QTest::keyClick(m_page->windowView(), Qt::Key_Return);
    EXPECT_EQ(listed(), 35);
}

TEST_P(StatisticsPageTest, TheDataThePageAndAChartExportWholeButNeverOverTheDatabase) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    SD_ASSERT_OK(m_page->exportCsv(dir.filePath(u"figures.csv"_s)));
    QFile csv(dir.filePath(u"figures.csv"_s));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(u"2026,2025"_s)) << text.toStdString();
    EXPECT_EQ(text.count(u'\n'), 1 + m_page->dataModel().rowCount());
    SD_ASSERT_OK(m_page->exportPdf(dir.filePath(u"page.pdf"_s)));
    QFile pdf(dir.filePath(u"page.pdf"_s));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    SD_ASSERT_OK(m_page->monthChart()->savePng(dir.filePath(u"months.png"_s)));
    QFile png(dir.filePath(u"months.png"_s));
    ASSERT_TRUE(png.open(QIODevice::ReadOnly));
    EXPECT_EQ(png.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
    if (GetParam() == Engine::Sqlite) {
        const QString database = m_app->database().url().path;
        const qint64 before = QFileInfo(database).size();
        EXPECT_FALSE(m_page->exportPdf(database).ok());
        EXPECT_FALSE(m_page->exportCsv(database).ok());
        EXPECT_EQ(QFileInfo(database).size(), before);
    }
}

SD_INSTANTIATE_ENGINES(StatisticsPageTest);

} // namespace
} // namespace sd::test
