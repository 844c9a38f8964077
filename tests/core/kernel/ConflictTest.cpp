#include "EngineTest.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

// Two desks (two Application objects, two connections) edit the same record.
class ConflictTest : public EngineTest {};

TEST_P(ConflictTest, AStaleUpdateIsRefusedNamingWhoChangedTheRecord) {
    auto deskA = openApp();
    auto deskB = openApp();
    ASSERT_TRUE(deskA && deskB);
    deskA->session().setActor({u"li.ming@front-desk"_s, u"front-desk"_s, Role::Admin, 0, {}});
    deskB->session().setActor({u"wang.fang@office"_s, u"office"_s, Role::Admin, 0, {}});

    Person draft;
    draft.badgeNo = u"010001"_s;
    draft.name = u"张伟"_s;
    auto created = deskA->organisation().addPerson(draft);
    SD_ASSERT_OK(created);

    // Both desks read version 1.
    Person atA = *deskA->organisation().person(created->id);
    Person atB = *deskB->organisation().person(created->id);

    atB.position = u"社区民警"_s;
    auto savedByB = deskB->organisation().updatePerson(atB);
    SD_ASSERT_OK(savedByB);
    EXPECT_EQ(savedByB->rowVersion, atB.rowVersion + 1);

    atA.phone = u"13800138000"_s;
    auto savedByA = deskA->organisation().updatePerson(atA);
    ASSERT_FALSE(savedByA.ok());
    EXPECT_EQ(savedByA.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(savedByA.error().message.contains(u"wang.fang@office"_s))
        << savedByA.error().message.toStdString();
    EXPECT_TRUE(savedByA.error().message.contains(u"2026-03-15"_s))
        << savedByA.error().message.toStdString();

    // B's change stands and A's did not sneak in.
    Person stored = *deskA->organisation().person(created->id);
    EXPECT_EQ(stored.position, u"社区民警"_s);
    EXPECT_TRUE(stored.phone.isEmpty());
}

TEST_P(ConflictTest, UnitsAreProtectedTheSameWay) {
    auto deskA = openApp();
    auto deskB = openApp();
    ASSERT_TRUE(deskA && deskB);
    Unit draft;
    draft.kind = UnitKind::Squad;
    draft.name = u"第一探组"_s;
    auto created = deskA->organisation().addUnit(draft);
    SD_ASSERT_OK(created);
    Unit atA = *deskA->organisation().unit(created->id);
    Unit atB = *deskB->organisation().unit(created->id);
    atB.name = u"第二探组"_s;
    SD_ASSERT_OK(deskB->organisation().updateUnit(atB));
    atA.kind = UnitKind::ActionTeam;
    auto stale = deskA->organisation().updateUnit(atA);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(deskA->organisation().unit(created->id)->name, u"第二探组"_s);
}

SD_INSTANTIATE_ENGINES(ConflictTest);
