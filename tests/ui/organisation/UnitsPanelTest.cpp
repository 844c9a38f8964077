#include "ui/organisation/UnitsPanel.h"

#include "UiTestFixture.h"
#include "ui/organisation/AreaListModel.h"
#include "ui/organisation/MemberPickerModel.h"
#include "ui/organisation/MemberTableModel.h"
#include "ui/organisation/UnitDialog.h"
#include "ui/organisation/UnitTreeModel.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class UnitsPanelTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_chief = addPerson(u"010001"_s, u"Chen Gang"_s, u"Station chief"_s);
        m_zhang = addPerson(u"010002"_s, u"Zhang Wei"_s, u"Squad leader"_s);
        m_wang = addPerson(u"010003"_s, u"Wang Fang"_s, u"Community officer"_s);
        m_leadership =
            addUnit(UnitKind::Leadership, u"Station leadership"_s, {m_chief.id}, m_chief.id);
        m_squad = addUnit(UnitKind::Squad, u"First squad"_s, {m_zhang.id, m_wang.id}, m_zhang.id,
                          m_leadership.id);
        m_office = addUnit(UnitKind::CommunityOffice, u"Riverside office"_s, {m_wang.id}, m_wang.id,
                           m_leadership.id);
        m_panel = std::make_unique<UnitsPanel>(organisation(), m_prompter);
        m_panel->show();
        m_panel->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_panel.get()));
    }
    void TearDown() override {
        m_panel.reset();
        UiTest::TearDown();
    }

    QString cell(qint64 unitId, int column) const {
        const QModelIndex index = m_panel->unitModel()->indexOfUnit(unitId);
        return index.siblingAtColumn(column).data().toString();
    }

    Person m_chief, m_zhang, m_wang;
    Unit m_leadership, m_squad, m_office;
    std::unique_ptr<UnitsPanel> m_panel;
};

TEST_P(UnitsPanelTest, UnitsAreNestedUnderTheirParentWithLeaderAndMemberCount) {
    UnitTreeModel *model = m_panel->unitModel();
    ASSERT_EQ(model->rowCount(), 1);
    const QModelIndex top = model->index(0, 0);
    EXPECT_EQ(top.data().toString(), u"Station leadership"_s);
    EXPECT_EQ(model->rowCount(top), 2);
    EXPECT_EQ(model->indexOfUnit(m_squad.id).parent(), top);
    EXPECT_EQ(cell(m_squad.id, UnitTreeModel::LeaderColumn), u"Zhang Wei (010002)"_s);
    EXPECT_EQ(cell(m_squad.id, UnitTreeModel::MembersColumn), u"2"_s);
    EXPECT_EQ(cell(m_squad.id, UnitTreeModel::KindColumn), displayName(UnitKind::Squad));
}

TEST_P(UnitsPanelTest, SelectingAnOfficeShowsItsMembersAndAreas) {
    CommunityArea area;
    area.officeId = m_office.id;
    area.name = u"Willow Lane"_s;
    ASSERT_TRUE(organisation().addArea(area).ok());
    m_panel->reload();
    ASSERT_TRUE(m_panel->selectUnit(m_squad.id));
    EXPECT_EQ(m_panel->memberModel()->rowCount(), 2);
    EXPECT_FALSE(m_panel->areaView()->isVisibleTo(m_panel.get()));
    ASSERT_TRUE(m_panel->selectUnit(m_office.id));
    EXPECT_EQ(m_panel->memberModel()->rowCount(), 1);
    EXPECT_TRUE(m_panel->areaView()->isVisibleTo(m_panel.get()));
    ASSERT_EQ(m_panel->areaModel()->rowCount(), 1);
    EXPECT_EQ(m_panel->areaModel()->index(0).data().toString(), u"Willow Lane"_s);
}

TEST_P(UnitsPanelTest, EditingAUnitChangesItsLeader) {
    ASSERT_TRUE(m_panel->selectUnit(m_squad.id));
    m_panel->tree()->setFocus();
    QTest::keyClick(m_panel->tree(), Qt::Key_Return); // Enter opens the selected unit
    auto *dialog = m_panel->findChild<UnitDialog *>();
    ASSERT_NE(dialog, nullptr);
    QPointer<UnitDialog> guard(dialog);
    auto *leader = dialog->findChild<QComboBox *>(u"leaderCombo"_s);
    ASSERT_NE(leader, nullptr);
    EXPECT_EQ(leader->currentData().toLongLong(), m_zhang.id);
    // Only checked members (and "no leader") are offered.
    EXPECT_EQ(leader->count(), 3);
    EXPECT_EQ(leader->findData(m_chief.id), -1);
    leader->setCurrentIndex(leader->findData(m_wang.id));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000));
    EXPECT_EQ(organisation().unit(m_squad.id).value().leaderId, m_wang.id);
    EXPECT_EQ(cell(m_squad.id, UnitTreeModel::LeaderColumn), u"Wang Fang (010003)"_s);
    EXPECT_EQ(m_panel->selectedUnitId(), m_squad.id);
}

TEST_P(UnitsPanelTest, UncheckingTheLeaderRemovesThemFromTheLeaderChoices) {
    ASSERT_TRUE(m_panel->selectUnit(m_squad.id));
    UnitDialog *dialog = m_panel->editSelected();
    ASSERT_NE(dialog, nullptr);
    auto *leader = dialog->findChild<QComboBox *>(u"leaderCombo"_s);
    dialog->memberModel()->setChecked(m_zhang.id, false);
    EXPECT_EQ(leader->findData(m_zhang.id), -1);
    EXPECT_FALSE(leader->currentData().isValid()) << "no leader rather than a non-member";
    dialog->reject();
}

TEST_P(UnitsPanelTest, AddUnitThroughTheDialogWithKeyboardMemberChoice) {
    ASSERT_TRUE(m_panel->selectUnit(m_leadership.id));
    UnitDialog *dialog = m_panel->addUnit();
    ASSERT_NE(dialog, nullptr);
    QPointer<UnitDialog> guard(dialog);
    auto *kind = dialog->findChild<QComboBox *>(u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(toKey(UnitKind::ActionTeam)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Ambush team"_s);
    // Filter the member list, then tick the one match with the space bar.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"memberFilter"_s), u"zhang"_s);
    auto *list = dialog->findChild<QListView *>(u"memberList"_s);
    ASSERT_EQ(list->model()->rowCount(), 1);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_EQ(dialog->memberModel()->checkedIds(), QList<qint64>{m_zhang.id});
    ASSERT_TRUE(dialog->setLeader(m_zhang.id));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);

    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000));
    auto stored = organisation().unitByName(u"Ambush team"_s).value();
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->kind, UnitKind::ActionTeam);
    EXPECT_EQ(stored->parentId, m_leadership.id);
    EXPECT_EQ(stored->leaderId, m_zhang.id);
    EXPECT_EQ(m_panel->selectedUnitId(), stored->id);
}

TEST_P(UnitsPanelTest, DuplicateUnitNameIsShownByTheNameField) {
    UnitDialog *dialog = m_panel->addUnit();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"First squad"_s);
    EXPECT_FALSE(dialog->save());
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->errors().errorText(u"name"_s).contains(u"First squad"_s));
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"First squad"_s);
    dialog->reject();
}

TEST_P(UnitsPanelTest, ParentChoicesLeaveOutTheUnitAndItsSubUnits) {
    ASSERT_TRUE(m_panel->selectUnit(m_leadership.id));
    UnitDialog *dialog = m_panel->editSelected();
    ASSERT_NE(dialog, nullptr);
    auto *parent = dialog->findChild<QComboBox *>(u"parentCombo"_s);
    EXPECT_EQ(parent->count(), 1) << "only (none): the others are inside the leadership";
    dialog->reject();
}

TEST_P(UnitsPanelTest, OfficeAreasCanBeAddedAndRemoved) {
    ASSERT_TRUE(m_panel->selectUnit(m_office.id));
    m_prompter.textAnswer = u"Willow Lane"_s;
    m_panel->addArea();
    ASSERT_EQ(m_panel->areaModel()->rowCount(), 1);
    EXPECT_EQ(organisation().areas(m_office.id).value().size(), 1);

    // The same area cannot be served twice: the service's reason is shown.
    m_panel->addArea();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(u"Willow Lane"_s));

    m_panel->areaView()->setFocus();
    m_panel->areaView()->setCurrentIndex(m_panel->areaModel()->index(0));
    m_prompter.confirmAnswer = false;
    QTest::keyClick(m_panel->areaView(), Qt::Key_Delete);
    EXPECT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_EQ(m_panel->areaModel()->rowCount(), 1) << "kept when the user says no";
    m_prompter.confirmAnswer = true;
    m_panel->areaView()->setCurrentIndex(m_panel->areaModel()->index(0));
    QTest::keyClick(m_panel->areaView(), Qt::Key_Delete);
    EXPECT_EQ(m_panel->areaModel()->rowCount(), 0);
    EXPECT_TRUE(organisation().areas(m_office.id).value().isEmpty());
}

SD_INSTANTIATE_SQLITE(UnitsPanelTest);

} // namespace
} // namespace sd::test
