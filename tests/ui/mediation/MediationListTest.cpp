// The Mediation page's case list reads a page at a time: the model fetches past its first
// page under QAbstractItemModelTester, the view asks for more as it scrolls, header clicks
// sort in SQL and the count is the whole list's.
#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/mediation/MediationCaseModel.h"
#include "ui/mediation/MediationPage.h"
#include "ui/widgets/RecordRowsTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

constexpr int kCases = 8;
constexpr int kPageSize = 3;

class MediationListTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        addAccount(u"031031"_s, u"Wang Fang"_s, Role::Officer, u"Officer-Pass-2026"_s);
        const Person officer = organisation().personByBadge(u"031031"_s).value().value();
        login(u"031031"_s, u"Officer-Pass-2026"_s);
        // Eight cases in pairs opened at the same instant, so pages split ties.
        for (int i = 0; i < kCases; ++i) {
            MediationCase c;
            c.source = MediationSource::WalkIn;
            c.disputeType = DisputeType::Neighbour;
            c.facts = u"Neighbours argue, case %1"_s.arg(i);
            c.location = u"3 Market Street"_s;
            c.openedAt = kFixedNowMs - (i / 2) * 3600 * 1000;
            MediationParty applicant;
            applicant.role = PartyRole::Applicant;
            applicant.name = u"Li Lei"_s;
            applicant.phone = u"13800138000"_s;
            c.parties << applicant;
            c.mediatorIds = {officer.id};
            auto stored = m_app->mediation().createCase(c);
            ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
            m_ids << stored->id;
        }
        m_page = std::make_unique<MediationPage>(*m_app, m_prompter);
        m_page->model()->setPageSize(kPageSize);
        m_page->reload();
        m_page->resize(900, 600);
    }
    void TearDown() override {
        m_page.reset();
        UiTest::TearDown();
    }

    // Every loaded row's case id, in the model's order.
    QList<qint64> loadedIds() const {
        QList<qint64> ids;
        MediationCaseModel *model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids << model->data(model->index(row, 0), MediationCaseModel::IdRole).toLongLong();
        }
        return ids;
    }

    // Fetches until the model says there is no more, as a view scrolling to the end does.
    void fetchAll() {
        MediationCaseModel *model = m_page->model();
        for (int i = 0; i < 10 && model->canFetchMore({}); ++i) {
            model->fetchMore({});
        }
        EXPECT_FALSE(model->canFetchMore({}));
    }

    // The cases newest first: pairs in the order opened, the later-made (higher id) case of
    // a pair opened together first.
    QList<qint64> newestFirst() const {
        QList<qint64> ids;
        for (int i = 0; i < kCases; i += 2) {
            ids << m_ids.at(i + 1) << m_ids.at(i);
        }
        return ids;
    }

    QList<qint64> m_ids; // in the order created
    std::unique_ptr<MediationPage> m_page;
};

TEST_P(MediationListTest, TheModelFetchesPastTheFirstPageUnderTheModelTester) {
    MediationCaseModel *model = m_page->model();
    ModelTesterGuard guard(model);
    m_page->setView(MediationPage::View::All);
    m_page->reload();
    EXPECT_EQ(model->totalCount(), kCases);
    EXPECT_EQ(m_page->countLabel()->text(), u"8 case(s)"_s);
    ASSERT_EQ(model->rowCount(), kPageSize);
    EXPECT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * kPageSize);
    fetchAll();
    EXPECT_EQ(model->rowCount(), kCases);

    EXPECT_EQ(loadedIds(), newestFirst());
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

TEST_P(MediationListTest, TheViewLoadsMoreAsItScrollsAndHeaderClicksSortInSql) {
    ModelTesterGuard guard(m_page->model());
    m_page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    QTableView *view = m_page->view();
    // A view short enough that three rows fill it, so it must ask for the rest as it scrolls.
    view->setFixedHeight(view->horizontalHeader()->height() + 2 * view->rowHeight(0) + 4);
    for (int i = 0; i < 10 && m_page->model()->canFetchMore({}); ++i) {
        view->scrollToBottom();
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(m_page->model()->rowCount(), kCases);
    QList<qint64> seen = loadedIds();
    EXPECT_EQ(QSet<qint64>(seen.begin(), seen.end()).size(), kCases);

    // The number column, ascending: the order the cases were numbered in.
    view->horizontalHeader()->setSortIndicator(MediationCaseModel::NumberColumn,
                                               Qt::AscendingOrder);
    EXPECT_EQ(m_page->model()->sortOrder(), MediationSort::Number);
    fetchAll();
    EXPECT_EQ(loadedIds(), m_ids);
    // A column SQL cannot sort by leaves the order and the indicator where they were.
    view->horizontalHeader()->setSortIndicator(MediationCaseModel::PartiesColumn,
                                               Qt::DescendingOrder);
    EXPECT_EQ(m_page->model()->sortOrder(), MediationSort::Number);
    EXPECT_EQ(view->horizontalHeader()->sortIndicatorSection(), MediationCaseModel::NumberColumn);
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

TEST_P(MediationListTest, TheHistoryPagesAndCountsTheWholeList) {
    ModelTesterGuard guard(m_page->model());
    m_page->historyField()->setText(u"Li Lei 13800138000"_s);
    m_page->searchHistory();
    EXPECT_TRUE(m_page->model()->showsHistory());
    EXPECT_EQ(m_page->model()->rowCount(), kPageSize);
    EXPECT_EQ(m_page->countLabel()->text(), u"History of Li Lei, phone 13800138000: 8 case(s)"_s);
    fetchAll();
    EXPECT_EQ(loadedIds(), newestFirst());
    // Back to the chosen list when the box is emptied.
    m_page->historyField()->clear();
    EXPECT_FALSE(m_page->model()->showsHistory());
    EXPECT_EQ(m_page->model()->totalCount(), kCases);
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

SD_INSTANTIATE_SQLITE(MediationListTest);

// The sessions and follow-up tables: Tab and Ctrl+Tab leave the table (to the form, to the
// next tab) instead of walking its cells, as seen on the Sessions tab's screenshot; a note
// over several lines reads on one with the whole note in the tooltip; the selected row
// stays selected when the rows are shown again after a save.
TEST(RecordRowsTableTest, OneLineRowsKeepTheSelectionAndLetTabLeave) {
    RecordRowsTable table({u"When"_s, u"Notes"_s});
    EXPECT_FALSE(table.tabKeyNavigation());
    table.setRows(
        {{u"2026-03-01 09:00"_s, u"first line\nsecond line"_s}, {u"2026-03-02 09:00"_s, QString()}},
        {11, 12});
    EXPECT_EQ(table.item(0, 1)->text(), u"first line second line"_s);
    EXPECT_EQ(table.item(0, 1)->toolTip(), u"first line\nsecond line"_s);
    EXPECT_EQ(table.selectedRow(), -1);
    table.setCurrentCell(1, 0, QItemSelectionModel::NoUpdate);
    EXPECT_EQ(table.selectedRow(), -1) << "a current cell alone is not a selection";
    table.selectRow(1);
    EXPECT_EQ(table.selectedRow(), 1);
    // Shown again with a row added in front: the same session stays selected.
    table.setRows({{u"2026-02-28 09:00"_s, QString()},
                   {u"2026-03-01 09:00"_s, QString()},
                   {u"2026-03-02 09:00"_s, QString()}},
                  {10, 11, 12});
    EXPECT_EQ(table.selectedRow(), 2);
}

} // namespace
} // namespace sd::test
