#include "ui/organisation/PeoplePanel.h"

#include "UiTestFixture.h"
#include "ui/organisation/PersonDialog.h"
#include "ui/organisation/PersonTableModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class PeoplePanelTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_zhang = addPerson(u"010001"_s, u"Zhang Wei"_s, u"Squad leader"_s, u"13800000001"_s);
        m_wang = addPerson(u"010002"_s, u"Wang Fang"_s, u"Community officer"_s);
        m_li = addPerson(u"010003"_s, u"Li Na"_s, u"Duty officer"_s, u"020-12345678"_s);
        m_panel = std::make_unique<PeoplePanel>(organisation(), m_app->clock(), m_prompter);
        m_panel->show();
        // Delete is a shortcut of the list, which needs an active window to receive it.
        m_panel->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
    }
    void TearDown() override {
        m_panel.reset();
        UiTest::TearDown();
    }

    QStringList names() const {
        QStringList result;
        for (int row = 0; row < m_panel->model()->rowCount(); ++row) {
            result << m_panel->model()->personAt(row).name;
        }
        return result;
    }

    Person m_zhang, m_wang, m_li;
    std::unique_ptr<PeoplePanel> m_panel;
};

TEST_P(PeoplePanelTest, SearchFiltersTheListInTheDatabase) {
    ASSERT_EQ(m_panel->model()->rowCount(), 3);
    QTest::keyClicks(m_panel->searchField(), u"wang"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_panel->model()->rowCount() == 1; }, 3000))
        << names().join(u", "_s).toStdString();
    EXPECT_EQ(names(), QStringList{u"Wang Fang"_s});
    EXPECT_EQ(m_panel->model()->totalCount(), 1);

    // Badge numbers and phones are searched too.
    m_panel->searchField()->clear();
    QTest::keyClicks(m_panel->searchField(), u"020-1234"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return names() == QStringList{u"Li Na"_s}; }, 3000));

    m_panel->searchField()->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_panel->model()->rowCount() == 3; }, 3000));
}

TEST_P(PeoplePanelTest, PeopleWhoLeftAppearOnlyWhenAskedFor) {
    ASSERT_TRUE(organisation().deactivatePerson(m_li.id, m_li.rowVersion, QDate(2026, 1, 31)).ok());
    m_panel->reload();
    EXPECT_EQ(names(), (QStringList{u"Zhang Wei"_s, u"Wang Fang"_s}));
    m_panel->showLeftToggle()->click();
    EXPECT_EQ(m_panel->model()->rowCount(), 3);
    EXPECT_TRUE(names().contains(u"Li Na"_s));
    const int row = m_panel->model()->rowOfPerson(m_li.id);
    const QString status =
        m_panel->model()->index(row, PersonTableModel::StatusColumn).data().toString();
    EXPECT_TRUE(status.contains(u"2026-01-31"_s)) << status.toStdString();
}

TEST_P(PeoplePanelTest, DeactivatingAUnitLeaderIsRefusedWithAMessage) {
    addUnit(UnitKind::Squad, u"First squad"_s, {m_zhang.id, m_wang.id}, m_zhang.id);
    m_panel->reload();
    ASSERT_TRUE(m_panel->selectPerson(m_zhang.id));
    m_panel->view()->setFocus();
    m_prompter.dateAnswer = QDate(2026, 3, 1);
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);

    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(u"First squad"_s))
        << m_prompter.warnings.first().toStdString();
    EXPECT_TRUE(m_prompter.dateQuestions.isEmpty()) << "refused before asking anything";
    EXPECT_TRUE(organisation().person(m_zhang.id).value().active);
}

TEST_P(PeoplePanelTest, DeleteAsksForTheLeavingDateAndDeactivates) {
    ASSERT_TRUE(m_panel->selectPerson(m_wang.id));
    m_panel->view()->setFocus();
    m_prompter.dateAnswer = std::nullopt; // the user cancels first
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    ASSERT_EQ(m_prompter.dateQuestions.size(), 1);
    EXPECT_EQ(m_prompter.suggestedDate, QDate(2026, 3, 15));
    EXPECT_TRUE(organisation().person(m_wang.id).value().active);

    m_prompter.dateAnswer = QDate(2026, 3, 1);
    QTest::keyClick(m_panel->view(), Qt::Key_Delete);
    const Person stored = organisation().person(m_wang.id).value();
    EXPECT_FALSE(stored.active);
    EXPECT_EQ(stored.leftOn, QDate(2026, 3, 1));
    EXPECT_FALSE(names().contains(u"Wang Fang"_s));
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u"|"_s).toStdString();
}

TEST_P(PeoplePanelTest, EnterOpensTheSelectedPerson) {
    ASSERT_TRUE(m_panel->selectPerson(m_li.id));
    m_panel->view()->setFocus();
    QTest::keyClick(m_panel->view(), Qt::Key_Return);
    auto *dialog = m_panel->findChild<PersonDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->person().id, m_li.id);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"badgeEdit"_s)->text(), u"010003"_s);
    dialog->reject();
}

TEST_P(PeoplePanelTest, LongListsArriveInPages) {
    for (int i = 0; i < 30; ++i) {
        addPerson(u"02%1"_s.arg(i, 4, 10, QChar(u'0')), u"Person %1"_s.arg(i));
    }
    m_panel->model()->setPageSize(10);
    m_panel->model()->reload();
    EXPECT_EQ(m_panel->model()->rowCount(), 10);
    EXPECT_EQ(m_panel->model()->totalCount(), 33);
    EXPECT_TRUE(m_panel->model()->canFetchMore({}));
    m_panel->model()->fetchMore({});
    EXPECT_EQ(m_panel->model()->rowCount(), 20);
    // Selecting someone further down loads pages until they are there.
    const auto last = organisation().personByBadge(u"020029"_s).value();
    ASSERT_TRUE(last.has_value());
    EXPECT_TRUE(m_panel->selectPerson(last->id));
    EXPECT_EQ(m_panel->model()->rowCount(), 33);
    EXPECT_FALSE(m_panel->model()->canFetchMore({}));
}

SD_INSTANTIATE_SQLITE(PeoplePanelTest);

} // namespace
} // namespace sd::test
