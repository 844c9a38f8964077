#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

// Assets, tasks and the owner invariant, through the services and through raw SQL.
class ResponsibilityServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        for (int i = 1; i <= 3; ++i) {
            Person p;
            p.badgeNo = u"05000%1"_s.arg(i);
            p.name = u"责任人%1"_s.arg(i);
            auto stored = m_app->organisation().addPerson(p);
            ASSERT_TRUE(stored.ok());
            m_people << stored.value();
        }
        Unit group;
        group.kind = UnitKind::PartyGroup;
        group.name = u"合成作战党小组"_s;
        group.memberIds = {m_people[0].id, m_people[1].id};
        group.leaderId = m_people[0].id;
        auto stored = m_app->organisation().addUnit(group);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_unit = stored.value();
    }
    ResponsibilityService &register_() { return m_app->responsibility(); }
    OwnershipService &owners() { return m_app->ownership(); }
    Asset asset(const QString &name, OwnerRef owner, AssetKind kind = AssetKind::Equipment) {
        Asset a;
        a.name = name;
        a.kind = kind;
        a.owner = owner;
        return a;
    }
    Task task(const QString &title, OwnerRef owner, Recurrence recurrence, QDate date) {
        Task t;
        t.title = title;
        t.owner = owner;
        t.recurrence = recurrence;
        (recurrence == Recurrence::Once ? t.dueOn : t.startsOn) = date;
        return t;
    }
    std::unique_ptr<Application> m_app;
    QList<Person> m_people;
    Unit m_unit;
};

TEST_P(ResponsibilityServiceTest, AssetsGetSequentialTagsAndShowTheAccountableLeader) {
    auto first = register_().addAsset(asset(u"执法记录仪"_s, OwnerRef::person(m_people[1].id)));
    SD_ASSERT_OK(first);
    EXPECT_EQ(first->asset.tag, u"ZC-00001"_s);
    EXPECT_EQ(first->owner.display(), u"责任人2 (050002)"_s);
    auto plant =
        register_().addAsset(asset(u"绿萝"_s, OwnerRef::unit(m_unit.id), AssetKind::Plant));
    SD_ASSERT_OK(plant);
    EXPECT_EQ(plant->asset.tag, u"ZC-00002"_s);
    EXPECT_EQ(plant->owner.accountableName, u"责任人1"_s);
    EXPECT_FALSE(plant->owner.orphaned);

    Asset duplicate = asset(u"另一台"_s, OwnerRef::person(m_people[0].id));
    duplicate.tag = u"zc-00001"_s;
    auto taken = register_().addAsset(duplicate);
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().field, u"tag"_s);
    duplicate.tag = u"ZC-1"_s;
    auto malformed = register_().addAsset(duplicate);
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error().field, u"tag"_s);

    auto history = owners().history(OwnedItem::Type::Asset, plant->asset.id);
    SD_ASSERT_OK(history);
    ASSERT_EQ(history->size(), 1);
    EXPECT_TRUE(history->at(0).fromLabel.isEmpty());
    EXPECT_EQ(history->at(0).toLabel, u"合成作战党小组 — leader: 责任人1"_s);
}

TEST_P(ResponsibilityServiceTest, NothingIsSavedWithoutAnOwnerWhoCanAnswerForIt) {
    auto none = register_().addAsset(asset(u"对讲机"_s, OwnerRef{}));
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, u"owner"_s);
    auto ghost = register_().addAsset(asset(u"对讲机"_s, OwnerRef::person(999999)));
    ASSERT_FALSE(ghost.ok());
    EXPECT_EQ(ghost.error().field, u"owner"_s);

    Unit leaderless;
    leaderless.kind = UnitKind::Squad;
    leaderless.name = u"无组长探组"_s;
    auto squad = m_app->organisation().addUnit(leaderless);
    SD_ASSERT_OK(squad);
    auto noLeader = register_().addAsset(asset(u"对讲机"_s, OwnerRef::unit(squad->id)));
    ASSERT_FALSE(noLeader.ok());
    EXPECT_EQ(noLeader.error().field, u"owner"_s);

    auto untitled = register_().addTask(
        task(u"消防检查"_s, OwnerRef{}, Recurrence::Monthly, QDate(2026, 3, 1)));
    ASSERT_FALSE(untitled.ok());
    EXPECT_EQ(untitled.error().field, u"owner"_s);
    EXPECT_EQ(register_().countAssets({}).value(), 0);
    EXPECT_EQ(register_().countTasks({}).value(), 0);
}

TEST_P(ResponsibilityServiceTest, RawSqlCannotInsertAnOwnerlessOrDoublyOwnedRow) {
    const QString stationId = QString::number(m_app->database().stationId());
    const QString columns = u"INSERT INTO asset (station_id, tag, name, kind, status, "
                            u"owner_person_id, owner_unit_id, created_at, updated_at, updated_by) "
                            u"VALUES ("_s;
    EXPECT_FALSE(testDatabase()
                     .execRaw(columns + stationId +
                              u", 'ZC-09999', 'x', 'other', 'in_use', NULL, NULL, 0, 0, 'raw')"_s)
                     .ok());
    EXPECT_FALSE(testDatabase()
                     .execRaw(columns + stationId +
                              u", 'ZC-09998', 'x', 'other', 'in_use', %1, %2, 0, 0, 'raw')"_s
                                  .arg(m_people[0].id)
                                  .arg(m_unit.id))
                     .ok());
    EXPECT_FALSE(testDatabase()
                     .execRaw(u"INSERT INTO task (station_id, title, recurrence, starts_on, "
                              u"due_on, created_at, updated_at, updated_by) VALUES ("_s +
                              stationId +
                              u", 't', 'once', '2026-01-01', '2026-01-01', 0, 0, 'raw')"_s)
                     .ok());
    auto stored = register_().addAsset(asset(u"电脑"_s, OwnerRef::person(m_people[0].id)));
    SD_ASSERT_OK(stored);
    EXPECT_FALSE(testDatabase()
                     .execRaw(u"UPDATE asset SET owner_person_id = NULL WHERE id = %1"_s.arg(
                         stored->asset.id))
                     .ok());
    EXPECT_EQ(register_().countAssets({}).value(), 1);
}

TEST_P(ResponsibilityServiceTest, AnOwnerCannotLeaveOrLoseTheLeaderUntilAHandOver) {
    auto radio = register_().addAsset(asset(u"对讲机"_s, OwnerRef::person(m_people[2].id)));
    SD_ASSERT_OK(radio);
    auto duty = register_().addTask(
        task(u"检查灭火器"_s, OwnerRef::unit(m_unit.id), Recurrence::Monthly, QDate(2026, 3, 1)));
    SD_ASSERT_OK(duty);

    auto leaving = m_app->organisation().deactivatePerson(m_people[2].id, m_people[2].rowVersion,
                                                          QDate(2026, 3, 10));
    ASSERT_FALSE(leaving.ok());
    EXPECT_EQ(leaving.error().field, u"active"_s);
    EXPECT_TRUE(leaving.error().message.contains(u"ZC-00001"_s));
    EXPECT_TRUE(m_app->organisation().person(m_people[2].id)->active);

    Unit noLeader = m_app->organisation().unit(m_unit.id).value();
    noLeader.leaderId.reset();
    auto leaderRemoved = m_app->organisation().updateUnit(noLeader);
    ASSERT_FALSE(leaderRemoved.ok());
    EXPECT_EQ(leaderRemoved.error().field, u"leader"_s);
    EXPECT_TRUE(leaderRemoved.error().message.contains(u"检查灭火器"_s));

    auto noReason =
        owners().transfer(OwnerRef::person(m_people[2].id), OwnerRef::unit(m_unit.id), u" "_s);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, u"reason"_s);
    auto moved =
        owners().transfer(OwnerRef::person(m_people[2].id), OwnerRef::unit(m_unit.id), u"调离"_s);
    SD_ASSERT_OK(moved);
    EXPECT_EQ(moved->moved.size(), 1);
    EXPECT_EQ(register_().asset(radio->asset.id)->asset.owner, OwnerRef::unit(m_unit.id));
    auto history = owners().history(OwnedItem::Type::Asset, radio->asset.id);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(1).fromLabel, u"责任人3 (050003)"_s);
    EXPECT_EQ(history->at(1).reason, u"调离"_s);
    auto audit = scalarSql(m_app->database().connection(),
                           u"SELECT COUNT(*) FROM audit_log WHERE action = 'owners.transfer'"_s);
    EXPECT_EQ(audit->toInt(), 1);

    auto person = m_app->organisation().person(m_people[2].id);
    SD_ASSERT_OK(m_app->organisation().deactivatePerson(m_people[2].id, person->rowVersion,
                                                        QDate(2026, 3, 10)));
}

TEST_P(ResponsibilityServiceTest, OnlyPermittedRolesReassign) {
    SD_ASSERT_OK(register_().addAsset(asset(u"对讲机"_s, OwnerRef::person(m_people[2].id))));
    Actor officer = m_app->session().actor();
    officer.role = Role::Officer;
    officer.accountId = 7;
    m_app->session().setActor(officer);
    auto refused = owners().transfer(OwnerRef::person(m_people[2].id),
                                     OwnerRef::person(m_people[1].id), u"调岗"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    auto editRefused = register_().addAsset(asset(u"椅子"_s, OwnerRef::person(m_people[1].id)));
    ASSERT_FALSE(editRefused.ok());
    EXPECT_EQ(editRefused.error().code, ErrorCode::PermissionDenied);
}

TEST_P(ResponsibilityServiceTest, OrphansAppearWhenALeaderVanishesBehindTheServicesBack) {
    SD_ASSERT_OK(
        register_().addAsset(asset(u"绿萝"_s, OwnerRef::unit(m_unit.id), AssetKind::Plant)));
    EXPECT_EQ(owners().orphanCount().value(), 0);
    SD_ASSERT_OK(
        testDatabase().execRaw(u"UPDATE unit SET leader_id = NULL WHERE id = %1"_s.arg(m_unit.id)));
    EXPECT_EQ(owners().orphanCount().value(), 1);
    auto orphans = owners().orphans();
    SD_ASSERT_OK(orphans);
    ASSERT_EQ(orphans->size(), 1);
    EXPECT_EQ(orphans->at(0).code, u"ZC-00001"_s);
    auto board = owners().board();
    SD_ASSERT_OK(board);
    ASSERT_FALSE(board->isEmpty());
    EXPECT_TRUE(board->at(0).owner.orphaned);
}

TEST_P(ResponsibilityServiceTest, CompletingARecurringTaskSchedulesTheNextOccurrence) {
    // The fixed clock is 2026-03-15 18:00 in Asia/Shanghai.
    auto monthly = register_().addTask(task(u"月度消防检查"_s, OwnerRef::person(m_people[0].id),
                                            Recurrence::Monthly, QDate(2026, 1, 31)));
    SD_ASSERT_OK(monthly);
    EXPECT_TRUE(monthly->overdue);
    TaskFilter overdue;
    overdue.overdueOnly = true;
    EXPECT_EQ(register_().countTasks(overdue).value(), 1);
    auto done = register_().completeTask(monthly->task.id, monthly->task.rowVersion, u"已查"_s);
    SD_ASSERT_OK(done);
    EXPECT_EQ(done->task.dueOn, QDate(2026, 3, 31));
    EXPECT_FALSE(done->overdue);
    EXPECT_EQ(done->completions, 1);
    auto log = register_().completions(monthly->task.id);
    ASSERT_EQ(log->size(), 1);
    EXPECT_EQ(log->at(0).dueOn, QDate(2026, 1, 31));
    EXPECT_EQ(log->at(0).note, u"已查"_s);

    auto stale = register_().completeTask(monthly->task.id, monthly->task.rowVersion, {});
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);

    auto once = register_().addTask(
        task(u"更换门禁"_s, OwnerRef::unit(m_unit.id), Recurrence::Once, QDate(2026, 4, 1)));
    SD_ASSERT_OK(once);
    auto closed = register_().completeTask(once->task.id, once->task.rowVersion, {});
    SD_ASSERT_OK(closed);
    EXPECT_FALSE(closed->task.open);
    EXPECT_EQ(register_().countTasks({}).value(), 1);
}

TEST(RecurrenceTest, OccurrencesCountFromTheStartWithoutDrift) {
    const QDate start(2026, 1, 31);
    EXPECT_EQ(nextOccurrence(start, Recurrence::Monthly, QDate(2026, 1, 31)), QDate(2026, 2, 28));
    EXPECT_EQ(nextOccurrence(start, Recurrence::Monthly, QDate(2026, 2, 28)), QDate(2026, 3, 31));
    EXPECT_EQ(nextOccurrence(start, Recurrence::Quarterly, QDate(2026, 6, 1)), QDate(2026, 7, 31));
    EXPECT_EQ(nextOccurrence(start, Recurrence::Weekly, QDate(2026, 2, 1)), QDate(2026, 2, 7));
    EXPECT_EQ(nextOccurrence(start, Recurrence::Daily, QDate(2026, 1, 10)), start);
    EXPECT_EQ(nextOccurrence(QDate(2024, 2, 29), Recurrence::Yearly, QDate(2025, 1, 1)),
              QDate(2025, 2, 28));
    EXPECT_FALSE(nextOccurrence(start, Recurrence::Once, QDate(2026, 2, 1)).isValid());
}

TEST_P(ResponsibilityServiceTest, AStocktakeSortsScansAndRecordsTheCheck) {
    auto room =
        register_().addAsset(asset(u"党建室"_s, OwnerRef::unit(m_unit.id), AssetKind::Room));
    SD_ASSERT_OK(room);
    Asset inRoom = asset(u"投影仪"_s, OwnerRef::person(m_people[0].id));
    inRoom.locationAssetId = room->asset.id;
    auto projector = register_().addAsset(inRoom);
    SD_ASSERT_OK(projector);
    inRoom.name = u"音箱"_s;
    auto speaker = register_().addAsset(inRoom);
    SD_ASSERT_OK(speaker);
    auto stray = register_().addAsset(asset(u"电脑"_s, OwnerRef::person(m_people[1].id)));
    SD_ASSERT_OK(stray);

    auto result = register_().stocktake(
        room->asset.id, {projector->asset.tag.toLower(), stray->asset.tag, u"ZC-88888"_s}, true);
    SD_ASSERT_OK(result);
    ASSERT_EQ(result->found.size(), 1);
    EXPECT_EQ(result->found.at(0).asset.id, projector->asset.id);
    ASSERT_EQ(result->missing.size(), 1);
    EXPECT_EQ(result->missing.at(0).asset.id, speaker->asset.id);
    ASSERT_EQ(result->unexpected.size(), 1);
    EXPECT_EQ(result->unknownTags, QStringList{u"ZC-88888"_s});
    EXPECT_EQ(register_().asset(projector->asset.id)->asset.lastCheckedOn, QDate(2026, 3, 15));
    EXPECT_FALSE(register_().asset(speaker->asset.id)->asset.lastCheckedOn.isValid());

    Asset notRoom = stray->asset;
    notRoom.locationAssetId = projector->asset.id;
    auto badLocation = register_().updateAsset(notRoom);
    ASSERT_FALSE(badLocation.ok());
    EXPECT_EQ(badLocation.error().field, u"location"_s);
}

SD_INSTANTIATE_ENGINES(ResponsibilityServiceTest);
