#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

class UnitServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        for (int i = 1; i <= 4; ++i) {
            Person p;
            p.badgeNo = u"08000%1"_s.arg(i);
            p.name = u"民警%1"_s.arg(i);
            auto stored = org().addPerson(p);
            ASSERT_TRUE(stored.ok());
            m_people << stored.value();
        }
    }
    OrganisationService &org() { return m_app->organisation(); }
    Unit unit(const QString &name, UnitKind kind = UnitKind::Squad) {
        Unit u;
        u.name = name;
        u.kind = kind;
        return u;
    }
    std::unique_ptr<Application> m_app;
    QList<Person> m_people;
};

TEST_P(UnitServiceTest, AUnitWithLeaderMembersAndParentIsListedWithNames) {
    auto leadership = org().addUnit(unit(u"所领导"_s, UnitKind::Leadership));
    SD_ASSERT_OK(leadership);
    Unit group = unit(u"合成作战党小组"_s, UnitKind::PartyGroup);
    group.parentId = leadership->id;
    group.memberIds = {m_people[0].id, m_people[1].id};
    group.leaderId = m_people[1].id;
    auto stored = org().addUnit(group);
    SD_ASSERT_OK(stored);

    auto units = org().units();
    SD_ASSERT_OK(units);
    ASSERT_EQ(units->size(), 2);
    EXPECT_EQ(units->at(0).unit.kind, UnitKind::Leadership); // leadership sorts first
    const UnitSummary &summary = units->at(1);
    EXPECT_EQ(summary.unit.name, u"合成作战党小组"_s);
    EXPECT_EQ(summary.leaderBadge, u"080002"_s);
    EXPECT_EQ(summary.leaderName, u"民警2"_s);
    EXPECT_EQ(summary.parentName, u"所领导"_s);
    EXPECT_EQ(summary.memberCount, 2);
    EXPECT_EQ(org().unitMembers(stored->id)->size(), 2);
    EXPECT_EQ(org().unitsLedBy(m_people[1].id)->size(), 1);
}

TEST_P(UnitServiceTest, TheLeaderMustBeAnActiveMember) {
    Unit squad = unit(u"伏击行动组"_s, UnitKind::ActionTeam);
    squad.memberIds = {m_people[0].id};
    squad.leaderId = m_people[2].id;
    auto notMember = org().addUnit(squad);
    ASSERT_FALSE(notMember.ok());
    EXPECT_EQ(notMember.error().field, u"leader"_s);

    SD_ASSERT_OK(org().deactivatePerson(m_people[3].id, m_people[3].rowVersion, QDate(2026, 1, 1)));
    squad.memberIds = {m_people[0].id, m_people[3].id};
    squad.leaderId = m_people[3].id;
    auto leftStation = org().addUnit(squad);
    ASSERT_FALSE(leftStation.ok());
    EXPECT_EQ(leftStation.error().field, u"members"_s);
    EXPECT_EQ(org().units()->size(), 0);
}

TEST_P(UnitServiceTest, AUnitCannotBeItsOwnAncestor) {
    auto top = org().addUnit(unit(u"A"_s));
    SD_ASSERT_OK(top);
    Unit middleDraft = unit(u"B"_s);
    middleDraft.parentId = top->id;
    auto middle = org().addUnit(middleDraft);
    SD_ASSERT_OK(middle);
    Unit bottomDraft = unit(u"C"_s);
    bottomDraft.parentId = middle->id;
    auto bottom = org().addUnit(bottomDraft);
    SD_ASSERT_OK(bottom);

    Unit self = top.value();
    self.parentId = top->id;
    auto ownParent = org().updateUnit(self);
    ASSERT_FALSE(ownParent.ok());
    EXPECT_EQ(ownParent.error().field, u"parent"_s);

    Unit cycle = top.value();
    cycle.parentId = bottom->id; // A under C, which is under B, which is under A
    auto loop = org().updateUnit(cycle);
    ASSERT_FALSE(loop.ok());
    EXPECT_EQ(loop.error().field, u"parent"_s);
    EXPECT_FALSE(org().unit(top->id)->parentId.has_value());
}

TEST_P(UnitServiceTest, UnitNamesAreUnique) {
    SD_ASSERT_OK(org().addUnit(unit(u"第一探组"_s)));
    auto duplicate = org().addUnit(unit(u" 第一探组 "_s));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().field, u"name"_s);
}

TEST_P(UnitServiceTest, OnlyCommunityOfficesServeAreas) {
    auto office = org().addUnit(unit(u"西街警务室"_s, UnitKind::CommunityOffice));
    SD_ASSERT_OK(office);
    auto squad = org().addUnit(unit(u"第二探组"_s));
    SD_ASSERT_OK(squad);

    auto area = org().addArea({0, office->id, u"西街社区"_s, u"老城区"_s});
    SD_ASSERT_OK(area);
    EXPECT_EQ(org().areas(office->id)->size(), 1);

    auto wrongOwner = org().addArea({0, squad->id, u"北苑社区"_s, {}});
    ASSERT_FALSE(wrongOwner.ok());
    EXPECT_EQ(wrongOwner.error().field, u"office"_s);
    auto duplicate = org().addArea({0, office->id, u"西街社区"_s, {}});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().field, u"name"_s);

    Unit changed = org().unit(office->id).value();
    changed.kind = UnitKind::Squad;
    auto refused = org().updateUnit(changed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"kind"_s);

    SD_ASSERT_OK(org().removeArea(area->id));
    EXPECT_TRUE(org().areas(office->id)->isEmpty());
    EXPECT_FALSE(org().removeArea(area->id).ok());
}

TEST_P(UnitServiceTest, ListsSortInCodePointOrderOnBothEngines) {
    for (const QString &name : {u"阿里组"_s, u"apple"_s, u"Zed"_s, u"Bob"_s}) {
        SD_ASSERT_OK(org().addUnit(unit(name)));
    }
    QStringList names;
    for (const UnitSummary &summary : org().units().value()) {
        names << summary.unit.name;
    }
    EXPECT_EQ(names, (QStringList{u"Bob"_s, u"Zed"_s, u"apple"_s, u"阿里组"_s}));
}

SD_INSTANTIATE_ENGINES(UnitServiceTest);
