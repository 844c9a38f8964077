#include "core/demo/DemoStation.h"

#include "EngineTest.h"
#include "core/kernel/settings/StationRepository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
PersonFilter everyone() {
    PersonFilter filter;
    filter.limit = 1000;
    return filter;
}
} // namespace

// The demo builder as the GUI will call it, without stationctl in between.
// Building the demo is the slow part: one build per engine is checked three ways, each in a
// function of its own (they were three tests, each building the demo).
class DemoStationTest : public EngineTest {
protected:
    void expectTheOrganisation(Application &app, const DemoStation::Summary &built);
    void expectOneLoginPerRole(Application &app, const DemoStation::Summary &built);
    void expectTheDeskAlertsNewest(Application &app);
    void expectTheRosterAroundToday(Application &app, const DemoStation::Summary &built);
};

void DemoStationTest::expectTheOrganisation(Application &app, const DemoStation::Summary &built) {
    EXPECT_EQ(built.stationName, DemoStation::stationName());

    auto people = app.organisation().people(everyone());
    SD_ASSERT_OK(people);
    EXPECT_EQ(people->size(), built.people);
    EXPECT_GE(people->size(), 28);
    QSet<QString> positions;
    for (const Person &person : people.value()) {
        positions << person.position;
    }
    for (const QString &position :
         {u"所长"_s, u"教导员"_s, u"副所长"_s, u"社区民警"_s, u"值班民警"_s, u"探组长"_s}) {
        EXPECT_TRUE(positions.contains(position)) << position.toStdString();
    }

    auto units = app.organisation().units();
    SD_ASSERT_OK(units);
    EXPECT_EQ(units->size(), built.units);
    QMap<UnitKind, int> kinds;
    for (const UnitSummary &summary : units.value()) {
        ++kinds[summary.unit.kind];
        EXPECT_TRUE(summary.unit.leaderId.has_value()) << summary.unit.name.toStdString();
    }
    EXPECT_EQ(kinds.value(UnitKind::Leadership), 1);
    EXPECT_EQ(kinds.value(UnitKind::PartyGroup), 3);
    EXPECT_GE(kinds.value(UnitKind::Squad), 2);
    EXPECT_EQ(kinds.value(UnitKind::ActionTeam), 1);
    EXPECT_EQ(kinds.value(UnitKind::CommunityOffice), 3);

    auto ambush = app.organisation().unitByName(u"伏击行动组"_s);
    SD_ASSERT_OK(ambush);
    ASSERT_TRUE(ambush.value().has_value());
    auto parent = app.organisation().unit(*ambush.value()->parentId);
    SD_ASSERT_OK(parent);
    EXPECT_EQ(parent->name, u"合成作战党小组"_s);

    auto areas = app.organisation().areas();
    SD_ASSERT_OK(areas);
    EXPECT_EQ(areas->size(), built.areas);

    auto station = StationRepository(app.database()).find(app.station().id);
    SD_ASSERT_OK(station);
    EXPECT_EQ(station->name, DemoStation::stationName());
}

void DemoStationTest::expectOneLoginPerRole(Application &app, const DemoStation::Summary &built) {
    ASSERT_EQ(built.accounts.size(), loginRoles().size());
    QSet<Role> roles;
    for (const DemoStation::DemoAccount &account : built.accounts) {
        roles << account.role;
        EXPECT_FALSE(account.name.isEmpty());
        // The password printed by stationctl demo and listed in the README works.
        auto login =
            app.accounts().login(account.badgeNo, Secret::fromUtf8(account.password.toUtf8()));
        SD_ASSERT_OK(login);
        EXPECT_EQ(login->role, account.role);
        app.accounts().logout();
    }
    EXPECT_EQ(roles.size(), loginRoles().size());
    EXPECT_EQ(built.accounts.first().role, Role::Admin);
}

void DemoStationTest::expectTheRosterAroundToday(Application &app,
                                                 const DemoStation::Summary &built) {
    // kFixedNowMs is Sunday 2026-03-15, 18:00 in the station: three weeks from Monday 03-02.
    auto shifts = app.roster().list(QDate(2026, 3, 1), QDate(2026, 3, 31));
    SD_ASSERT_OK(shifts);
    ASSERT_EQ(shifts->size(), 21);
    EXPECT_EQ(built.shifts, 21);
    EXPECT_EQ(shifts->first().date, QDate(2026, 3, 2));
    EXPECT_EQ(shifts->last().date, QDate(2026, 3, 22));
    // The demo officer is on the shift in force, the next one is someone else's.
    auto now = app.roster().shiftsAt(kFixedNowMs);
    SD_ASSERT_OK(now);
    ASSERT_TRUE(now->current.has_value());
    ASSERT_TRUE(now->next.has_value());
    EXPECT_EQ(now->current->date, QDate(2026, 3, 15));
    auto officer = app.organisation().personByBadge(u"031031"_s);
    SD_ASSERT_OK(officer);
    ASSERT_TRUE(officer->has_value());
    EXPECT_TRUE(now->current->hasPerson((*officer)->id));
    EXPECT_FALSE(now->next->hasPerson((*officer)->id));
    for (const PlannedShift &shift : shifts.value()) {
        EXPECT_EQ(shift.officers.size(), 2) << shift.date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(shift.auxiliaries.size(), 2) << shift.date.toString(Qt::ISODate).toStdString();
    }
}

void DemoStationTest::expectTheDeskAlertsNewest(Application &app) {
    QSet<QString> withRecords;
    auto records = app.records().list(RecordListFilter{});
    SD_ASSERT_OK(records);
    for (const RecordSummary &record : records.value()) {
        withRecords << record.alertNumber;
    }
    ASSERT_EQ(withRecords.size(), 6);

    AlertPageRequest newestFirst;
    newestFirst.limit = 20;
    auto newest = app.alerts().page(AlertFilter{}, newestFirst);
    SD_ASSERT_OK(newest);
    ASSERT_GT(newest->size(), 6);
    // The six desk alerts are the most recent, each in a community area, numbered in the
    // order they came in and after the generated history of the same year.
    for (int i = 0; i < 6; ++i) {
        const Alert &alert = newest->at(i);
        EXPECT_TRUE(withRecords.contains(alert.number)) << alert.number.toStdString();
        EXPECT_TRUE(alert.areaId.has_value()) << alert.number.toStdString();
        EXPECT_FALSE(alert.areaName.isEmpty()) << alert.number.toStdString();
        EXPECT_GT(alert.receivedAt, kFixedNowMs - 48 * 3600 * 1000LL);
        EXPECT_LE(alert.receivedAt, kFixedNowMs);
        const Alert &older = newest->at(i + 1);
        EXPECT_EQ(alert.number.left(8), older.number.left(8)) << "the same year's sequence";
        EXPECT_GT(alert.number, older.number) << alert.number.toStdString();
        EXPECT_GT(alert.receivedAt, older.receivedAt);
    }
    EXPECT_TRUE(newest->at(0).number.startsWith(u"JQ-2026-"_s));
    EXPECT_FALSE(withRecords.contains(newest->at(6).number));
}

TEST_P(DemoStationTest, BuildsTheWholeStationThroughTheServices) {
    auto app = openApp();
    ASSERT_TRUE(app);
    auto built = DemoStation(*app).build();
    SD_ASSERT_OK(built);
    {
        SCOPED_TRACE("the organisation");
        expectTheOrganisation(*app, built.value());
    }
    {
        SCOPED_TRACE("one login per role with the published passwords");
        expectOneLoginPerRole(*app, built.value());
    }
    {
        SCOPED_TRACE("the desk alerts are the newest, with areas and numbers in received order");
        expectTheDeskAlertsNewest(*app);
    }
    {
        SCOPED_TRACE("the duty roster around today, the demo officer on duty");
        expectTheRosterAroundToday(*app, built.value());
    }
}

TEST_P(DemoStationTest, RefusesADatabaseWithPeople) {
    auto app = openApp();
    ASSERT_TRUE(app);
    Person someone;
    someone.badgeNo = u"123456"_s;
    someone.name = u"Someone"_s;
    SD_ASSERT_OK(app->organisation().addPerson(someone));

    auto built = DemoStation(*app).build();
    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().code, ErrorCode::Validation);
    EXPECT_EQ(built.error().field, u"people"_s);
    auto count = app->organisation().countPeople(PersonFilter{});
    SD_ASSERT_OK(count);
    EXPECT_EQ(count.value(), 1);
    auto units = app->organisation().units();
    SD_ASSERT_OK(units);
    EXPECT_TRUE(units->isEmpty());
}

SD_INSTANTIATE_ENGINES(DemoStationTest);

} // namespace sd::test
