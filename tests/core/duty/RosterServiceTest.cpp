#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

// The roster on both engines: planning, its refusals (nothing half-saved), copy week,
// swaps and the shift in force. The fixed clock is 2026-03-15 10:00 UTC (18:00 in Shanghai).
class RosterServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        for (const auto &[badge, name] :
             {std::pair{u"031001"_s, u"周建国"_s}, std::pair{u"031031"_s, u"彭国强"_s},
              std::pair{u"031032"_s, u"韩雪梅"_s}, std::pair{u"039001"_s, u"黎家明"_s}}) {
            Person person;
            person.badgeNo = badge;
            person.name = name;
            SD_ASSERT_OK(m_app->organisation().addPerson(person));
        }
        Person left;
        left.badgeNo = u"031099"_s;
        left.name = u"邱德明"_s;
        left.active = false;
        left.leftOn = QDate(2024, 12, 31);
        SD_ASSERT_OK(m_app->organisation().addPerson(left));
    }
    RosterService &roster() { return m_app->roster(); }
    qint64 count(const QString &sql) {
        auto n = scalarSql(m_app->database().connection(), sql);
        return n ? n->toLongLong() : -1;
    }
    static ShiftPlan plan(QDate date, QStringList officers = {u"031031"_s}) {
        return {date, u"duty"_s, {u"031001"_s, officers, {u"039001"_s}}, 0};
    }
    std::unique_ptr<Application> m_app;
};

TEST(ShiftPatternTest, ShiftsMustTileTheDay) {
    EXPECT_EQ(ShiftPattern::parse(u"duty=08:30+24:00"_s)->toText(),
              ShiftPattern::defaultPattern().toText());
    auto dayNight = ShiftPattern::parse(u"night=20:30+12:00, day=08:30+12:00"_s);
    ASSERT_TRUE(dayNight.ok());
    EXPECT_EQ(dayNight->keys(), (QStringList{u"day"_s, u"night"_s}));
    auto gap = ShiftPattern::parse(u"day=08:30+11:00,night=20:30+12:00"_s);
    ASSERT_FALSE(gap.ok());
    EXPECT_TRUE(gap.error().message.contains(u"day ends at 19:30"_s))
        << gap.error().message.toStdString();
    EXPECT_FALSE(ShiftPattern::parse(u"day=08:30+12:00,day=20:30+12:00"_s).ok());
    EXPECT_FALSE(ShiftPattern::parse(u"day=8h"_s).ok());
}

TEST_P(RosterServiceTest, APlannedShiftKeepsItsTimesAndCrew) {
    auto stored = roster().setShift(plan(QDate(2026, 3, 16)));
    SD_ASSERT_OK(stored);
    // 08:30 in Shanghai is 00:30 UTC; the duty lasts 24 hours.
    const qint64 start = QDateTime(QDate(2026, 3, 16), QTime(0, 30), Qt::UTC).toMSecsSinceEpoch();
    EXPECT_EQ(stored->startsAt, start);
    EXPECT_EQ(stored->endsAt, start + 24 * 3600 * 1000LL);
    EXPECT_EQ(stored->leader.badgeNo, u"031001"_s);
    EXPECT_EQ(stored->auxiliaries.size(), 1);
    // A later pattern does not move it.
    SD_ASSERT_OK(roster().setPattern(*ShiftPattern::parse(u"day=08:00+12:00,night=20:00+12:00"_s)));
    auto again = roster().shift(QDate(2026, 3, 16), u"duty"_s);
    SD_ASSERT_OK(again);
    ASSERT_TRUE(again->has_value());
    EXPECT_EQ((*again)->startsAt, start);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'duty.plan'"_s), 1);
    // A stale row version is a conflict.
    ShiftPlan stale = plan(QDate(2026, 3, 16), {u"031032"_s});
    stale.rowVersion = stored->rowVersion;
    SD_ASSERT_OK(roster().setShift(stale));
    auto conflict = roster().setShift(stale);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
}

TEST_P(RosterServiceTest, BadCrewsAreRefusedNamingWhoAndWhereAndNothingIsSaved) {
    const QDate day(2026, 3, 20);
    const auto refused = [&](const QList<ShiftPlan> &plans, const QString &expected) {
        auto result = roster().plan(plans);
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().message.contains(expected))
            << result.error().message.toStdString();
    };
    ShiftPlan noLeader = plan(day);
    noLeader.crew.leaderBadge.clear();
    refused({plan(day.addDays(-1)), noLeader}, u"2026-03-20 duty has no duty leader"_s);
    refused({plan(day, {u"031099"_s})}, u"邱德明 (031099) has left the station"_s);
    refused({plan(day, {u"031031"_s, u"031031"_s})}, u"named twice on the shift 2026-03-20 duty"_s);
    refused({plan(day, {u"777777"_s})}, u"No one has the badge 777777 (shift 2026-03-20 duty)"_s);
    ShiftPlan unknownKey = plan(day);
    unknownKey.shiftKey = u"night"_s;
    refused({unknownKey}, u"night is not in the station's shift pattern"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM duty_shift"_s), 0) << "the first plan is not half-saved";
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM duty_shift_member"_s), 0);
}

TEST_P(RosterServiceTest, CopyWeekRefusesPlannedTargetsUnlessReplaced) {
    const QDate monday(2026, 3, 16);
    for (int d = 0; d < 7; ++d) {
        SD_ASSERT_OK(roster().setShift(plan(monday.addDays(d))));
    }
    SD_ASSERT_OK(roster().setShift(plan(monday.addDays(9), {u"031032"_s})));
    const qint64 before = count(u"SELECT COUNT(*) FROM duty_shift"_s);
    auto refused = roster().copyWeek(monday, monday.addDays(7), false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(u"2026-03-25 duty"_s))
        << refused.error().message.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM duty_shift"_s), before) << "all or nothing";
    EXPECT_FALSE(roster().copyWeek(monday.addDays(1), monday.addDays(7), false).ok());
    auto copied = roster().copyWeek(monday, monday.addDays(7), true);
    SD_ASSERT_OK(copied);
    EXPECT_EQ(copied->size(), 7);
    auto replaced = roster().shift(monday.addDays(9), u"duty"_s);
    EXPECT_EQ((*replaced)->officers.first().badgeNo, u"031031"_s);
}

TEST_P(RosterServiceTest, SwapsKeepTheReasonAndTheRules) {
    const QDate day(2026, 3, 16);
    auto first = roster().setShift(plan(day));
    SD_ASSERT_OK(first);
    auto second = roster().setShift(plan(day.addDays(1), {u"031032"_s}));
    SD_ASSERT_OK(second);
    const RosterService::ShiftRef a{day, u"duty"_s, first->rowVersion};
    EXPECT_FALSE(roster().replacePerson(a, u"031031"_s, u"031032"_s, u" "_s).ok());
    auto left = roster().replacePerson(a, u"031031"_s, u"031099"_s, u"sick"_s);
    ASSERT_FALSE(left.ok());
    EXPECT_TRUE(left.error().message.contains(u"031099"_s));
    auto twice = roster().replacePerson(a, u"031031"_s, u"039001"_s, u"sick"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"already"_s));
    auto swapped = roster().replacePerson(a, u"031031"_s, u"031032"_s, u"sick leave"_s);
    SD_ASSERT_OK(swapped);
    EXPECT_EQ(swapped->officers.first().badgeNo, u"031032"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM duty_swap WHERE reason = 'sick leave'"_s), 1);
    auto exchanged = roster().exchange({day, u"duty"_s, swapped->rowVersion}, u"031001"_s,
                                       {day.addDays(1), u"duty"_s, second->rowVersion}, u"031032"_s,
                                       u"family"_s);
    ASSERT_FALSE(exchanged.ok()) << "031032 is on both shifts";
    // The shift in force and the next one.
    const qint64 noon = QDateTime(day, QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
    auto at = roster().shiftsAt(noon);
    SD_ASSERT_OK(at);
    ASSERT_TRUE(at->current && at->next);
    EXPECT_EQ(at->current->date, day);
    EXPECT_EQ(at->next->date, day.addDays(1));
}

SD_INSTANTIATE_ENGINES(RosterServiceTest);
