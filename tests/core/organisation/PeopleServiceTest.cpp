#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

class PeopleServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (!IsSkipped() && !HasFatalFailure()) {
            m_app = openApp();
            ASSERT_TRUE(m_app);
        }
    }
    OrganisationService &org() { return m_app->organisation(); }
    static Person person(const QString &badge, const QString &name) {
        Person p;
        p.badgeNo = badge;
        p.name = name;
        p.position = u"社区民警"_s;
        p.joinedOn = QDate(2020, 7, 1);
        return p;
    }
    int storedPeople() {
        return scalarSql(m_app->database().connection(), u"SELECT COUNT(*) FROM person"_s)->toInt();
    }
    std::unique_ptr<Application> m_app;
};

TEST_P(PeopleServiceTest, AddsAndReadsBackEveryField) {
    Person draft = person(u"010203"_s, u"陈晓东"_s);
    draft.category = PersonCategory::Auxiliary;
    draft.phone = u"020-87654321"_s;
    auto stored = org().addPerson(draft);
    SD_ASSERT_OK(stored);
    EXPECT_GT(stored->id, 0);
    EXPECT_EQ(stored->rowVersion, 1);
    auto read = org().person(stored->id);
    SD_ASSERT_OK(read);
    EXPECT_EQ(read->badgeNo, u"010203"_s);
    EXPECT_EQ(read->name, u"陈晓东"_s);
    EXPECT_EQ(read->category, PersonCategory::Auxiliary);
    EXPECT_EQ(read->phone, u"020-87654321"_s);
    EXPECT_EQ(read->joinedOn, QDate(2020, 7, 1));
    EXPECT_TRUE(read->active);
    EXPECT_EQ(read->updatedAt, sd::test::kFixedNowMs);
    EXPECT_EQ(read->updatedBy, m_app->session().actor().name);
}

TEST_P(PeopleServiceTest, EachBadInputIsReportedByFieldAndNothingIsStored) {
    struct Case {
        const char *what;
        std::function<void(Person &)> spoil;
        QString field;
    };
    const std::vector<Case> cases = {
        {"empty badge", [](Person &p) { p.badgeNo.clear(); }, u"badge_no"_s},
        {"badge with spaces", [](Person &p) { p.badgeNo = u"01 02"_s; }, u"badge_no"_s},
        {"empty name", [](Person &p) { p.name = u"   "_s; }, u"name"_s},
        {"long name", [](Person &p) { p.name = QString(51, u'名'); }, u"name"_s},
        {"bad phone", [](Person &p) { p.phone = u"12345"_s; }, u"phone"_s},
        {"left before joined",
         [](Person &p) {
             p.active = false;
             p.leftOn = QDate(2019, 1, 1);
         },
         u"left_on"_s},
        {"inactive without date", [](Person &p) { p.active = false; }, u"left_on"_s},
    };
    for (const Case &c : cases) {
        Person draft = person(u"020001"_s, u"李强"_s);
        c.spoil(draft);
        auto result = org().addPerson(draft);
        ASSERT_FALSE(result.ok()) << c.what;
        EXPECT_EQ(result.error().code, ErrorCode::Validation) << c.what;
        EXPECT_EQ(result.error().field, c.field) << c.what;
        EXPECT_FALSE(result.error().message.isEmpty()) << c.what;
    }
    EXPECT_EQ(storedPeople(), 0);
}

TEST_P(PeopleServiceTest, BadgeNumbersAreUnique) {
    SD_ASSERT_OK(org().addPerson(person(u"030001"_s, u"王磊"_s)));
    auto duplicate = org().addPerson(person(u"030001"_s, u"赵敏"_s));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().field, u"badge_no"_s);
    EXPECT_TRUE(duplicate.error().message.contains(u"王磊"_s))
        << duplicate.error().message.toStdString();
    EXPECT_EQ(storedPeople(), 1);

    auto second = org().addPerson(person(u"030002"_s, u"赵敏"_s));
    SD_ASSERT_OK(second);
    Person renamed = second.value();
    renamed.badgeNo = u"030001"_s;
    auto clash = org().updatePerson(renamed);
    ASSERT_FALSE(clash.ok());
    EXPECT_EQ(clash.error().field, u"badge_no"_s);
    EXPECT_EQ(org().person(second->id)->badgeNo, u"030002"_s);
}

TEST_P(PeopleServiceTest, TheDatabaseItselfRefusesADuplicateBadge) {
    SD_ASSERT_OK(org().addPerson(person(u"040001"_s, u"周杰"_s)));
    auto raw = runSql(m_app->database().connection(),
                      u"INSERT INTO person (station_id, badge_no, name, category, created_at, "
                      u"updated_at, updated_by) VALUES (?, '040001', 'x', 'officer', 0, 0, 't')"_s,
                      {m_app->station().id});
    ASSERT_FALSE(raw.ok());
    EXPECT_TRUE(m_app->database().dialect().isUniqueViolation(raw.error()))
        << raw.error().nativeCode.toStdString();
}

TEST_P(PeopleServiceTest, SearchFiltersInSqlAndTreatsWildcardsLiterally) {
    SD_ASSERT_OK(org().addPerson(person(u"050001"_s, u"刘洋"_s)));
    SD_ASSERT_OK(org().addPerson(person(u"050002"_s, u"Liu Yang"_s)));
    Person percent = person(u"050003"_s, u"100% Sure"_s);
    percent.position = u"值班民警"_s;
    SD_ASSERT_OK(org().addPerson(percent));

    PersonFilter filter;
    filter.text = u"刘"_s;
    EXPECT_EQ(*org().countPeople(filter), 1);
    filter.text = u"liu"_s; // case-insensitive on both engines
    EXPECT_EQ(*org().countPeople(filter), 1);
    filter.text = u"%"_s;
    EXPECT_EQ(*org().countPeople(filter), 1);
    filter.text = u"值班"_s;
    EXPECT_EQ(org().people(filter)->first().badgeNo, u"050003"_s);
    filter.text = u"0500"_s;
    filter.limit = 2;
    EXPECT_EQ(org().people(filter)->size(), 2);
    filter.offset = 2;
    EXPECT_EQ(org().people(filter)->size(), 1);
}

TEST_P(PeopleServiceTest, DeactivatingRecordsTheDateAndLeavesUnits) {
    auto member = org().addPerson(person(u"060001"_s, u"孙丽"_s));
    SD_ASSERT_OK(member);
    Unit squad;
    squad.name = u"第三探组"_s;
    squad.memberIds = {member->id};
    auto unit = org().addUnit(squad);
    SD_ASSERT_OK(unit);

    auto left = org().deactivatePerson(member->id, member->rowVersion, QDate(2026, 3, 1));
    SD_ASSERT_OK(left);
    EXPECT_FALSE(left->active);
    EXPECT_EQ(left->leftOn, QDate(2026, 3, 1));
    EXPECT_TRUE(org().unit(unit->id)->memberIds.isEmpty());

    PersonFilter activeOnly;
    activeOnly.includeInactive = false;
    EXPECT_EQ(*org().countPeople(activeOnly), 0);
    EXPECT_EQ(*org().countPeople(PersonFilter{}), 1);
}

TEST_P(PeopleServiceTest, AUnitLeaderCannotBeDeactivated) {
    auto leader = org().addPerson(person(u"070001"_s, u"黄勇"_s));
    SD_ASSERT_OK(leader);
    Unit office;
    office.kind = UnitKind::CommunityOffice;
    office.name = u"东门警务室"_s;
    office.memberIds = {leader->id};
    office.leaderId = leader->id;
    SD_ASSERT_OK(org().addUnit(office));

    auto refused = org().deactivatePerson(leader->id, leader->rowVersion, QDate(2026, 3, 1));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"active"_s);
    EXPECT_TRUE(refused.error().message.contains(u"东门警务室"_s))
        << refused.error().message.toStdString();
    auto unchanged = org().person(leader->id);
    EXPECT_TRUE(unchanged->active);
    EXPECT_EQ(unchanged->rowVersion, leader->rowVersion);
}

TEST_P(PeopleServiceTest, TheAuditRowNamesChangedFieldsButNotTheirValues) {
    auto stored = org().addPerson(person(u"090001"_s, u"吴敏"_s));
    SD_ASSERT_OK(stored);
    Person changed = stored.value();
    changed.phone = u"13912345678"_s;
    changed.position = u"值班民警"_s;
    SD_ASSERT_OK(org().updatePerson(changed));
    AuditFilter updates;
    updates.action = u"person.update"_s;
    const auto rows = m_app->audit().list(updates);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().objectId, u"090001"_s);
    EXPECT_EQ(rows->first().details, u"fields: position,phone"_s);
    EXPECT_FALSE(rows->first().details.contains(u"13912345678"_s));
}

SD_INSTANTIATE_ENGINES(PeopleServiceTest);
