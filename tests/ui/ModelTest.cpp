#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/organisation/AreaListModel.h"
#include "ui/organisation/MemberPickerModel.h"
#include "ui/organisation/MemberTableModel.h"
#include "ui/organisation/PersonTableModel.h"
#include "ui/organisation/UnitTreeModel.h"

#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

// Every model goes through QAbstractItemModelTester while it is filled, paged,
// filtered, reset and changed; any complaint fails the test.
class ModelTest : public UiTest {};

#define SD_EXPECT_NO_MODEL_FAILURES(guard)                                                         \
    EXPECT_TRUE((guard).failures().isEmpty()) << (guard).failures().join(u'\n').toStdString()

TEST_P(ModelTest, PersonTableModel) {
    for (int i = 0; i < 12; ++i) {
        addPerson(u"03%1"_s.arg(i, 4, 10, QChar(u'0')), u"Person %1"_s.arg(i),
                  i % 2 ? u"Officer"_s : QString());
    }
    PersonTableModel model(organisation());
    ModelTesterGuard guard(&model);
    model.setPageSize(5);
    model.reload();
    EXPECT_EQ(model.rowCount(), 5);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), 12);
    model.setSearchText(u"Person 1"_s); // Person 1, 10, 11
    EXPECT_EQ(model.rowCount(), 3);
    model.setSearchText({});
    const Person first = organisation().personByBadge(u"030000"_s).value().value();
    ASSERT_TRUE(
        organisation().deactivatePerson(first.id, first.rowVersion, QDate(2026, 2, 1)).ok());
    model.reload();
    model.setIncludeInactive(true);
    EXPECT_EQ(model.rowOfPerson(first.id), 11) << "people who left sort last";
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(ModelTest, EmptyPersonTableModel) {
    PersonTableModel model(organisation());
    ModelTesterGuard guard(&model);
    model.reload();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.canFetchMore({}));
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(ModelTest, UnitTreeModel) {
    const Person a = addPerson(u"040001"_s, u"A"_s);
    const Person b = addPerson(u"040002"_s, u"B"_s);
    const Unit top = addUnit(UnitKind::Leadership, u"Leadership"_s, {a.id}, a.id);
    const Unit group = addUnit(UnitKind::PartyGroup, u"Party group"_s, {a.id, b.id}, b.id, top.id);
    addUnit(UnitKind::Squad, u"Squad"_s, {b.id}, b.id, group.id);
    addUnit(UnitKind::ActionTeam, u"Team without leader"_s, {}, std::nullopt);

    UnitTreeModel model;
    ModelTesterGuard guard(&model);
    model.setUnits(organisation().units().value());
    EXPECT_EQ(model.rowCount(), 2);
    const QModelIndex squad = model.indexOfUnit(
        addUnit(UnitKind::Squad, u"Second squad"_s, {}, std::nullopt, group.id).id);
    EXPECT_FALSE(squad.isValid()) << "not loaded yet";
    model.setUnits(organisation().units().value());
    EXPECT_EQ(model.rowCount(model.indexOfUnit(group.id)), 2);
    // A parent the list does not contain puts the unit at the top instead of losing it.
    QList<UnitSummary> partial = organisation().units().value();
    partial.removeIf([&](const UnitSummary &s) { return s.unit.id == top.id; });
    model.setUnits(partial);
    EXPECT_EQ(model.rowCount(), 2);
    model.setUnits({});
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(ModelTest, MemberTableModel) {
    const Person a = addPerson(u"050001"_s, u"A"_s);
    const Person b = addPerson(u"050002"_s, u"B"_s);
    MemberTableModel model;
    ModelTesterGuard guard(&model);
    model.setMembers({a, b}, b.id);
    EXPECT_EQ(model.index(0, MemberTableModel::NameColumn).data().toString(), u"B"_s)
        << "the leader comes first";
    model.clear();
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(ModelTest, AreaListModel) {
    AreaListModel model;
    ModelTesterGuard guard(&model);
    model.setAreas({{1, 1, u"North"_s, u"Blocks 1-4"_s}, {2, 1, u"South"_s, {}}});
    EXPECT_EQ(model.rowCount(), 2);
    model.setAreas({});
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(ModelTest, MemberPickerModelAndItsFilter) {
    const Person a = addPerson(u"060001"_s, u"Alpha"_s, u"Officer"_s);
    const Person b = addPerson(u"060002"_s, u"Beta"_s);
    MemberPickerModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(MemberPickerModel::SearchTextRole);
    ModelTesterGuard guard(&model);
    ModelTesterGuard proxyGuard(&proxy);
    model.setPeople({a, b}, {b.id});
    EXPECT_EQ(model.checkedIds(), QList<qint64>{b.id});
    EXPECT_TRUE(model.setData(model.index(0), int(Qt::Checked), Qt::CheckStateRole));
    EXPECT_EQ(model.checkedIds(), (QList<qint64>{a.id, b.id}));
    proxy.setFilterFixedString(u"060002"_s);
    EXPECT_EQ(proxy.rowCount(), 1);
    model.setCheckedIds({});
    EXPECT_TRUE(model.checkedIds().isEmpty());
    SD_EXPECT_NO_MODEL_FAILURES(guard);
    SD_EXPECT_NO_MODEL_FAILURES(proxyGuard);
}

SD_INSTANTIATE_SQLITE(ModelTest);

} // namespace
} // namespace sd::test
