#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

class HonourServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        Person person;
        person.badgeNo = u"031021"_s;
        person.name = u"梁文斌"_s;
        auto stored = m_app->organisation().addPerson(person);
        ASSERT_TRUE(stored.ok());
        m_personId = stored->id;
        Unit office;
        office.name = u"东关警务室"_s;
        office.kind = UnitKind::CommunityOffice;
        auto unit = m_app->organisation().addUnit(office);
        ASSERT_TRUE(unit.ok());
        m_unitId = unit->id;
    }
    HonourService &honours() { return m_app->honours(); }
    Honour honour(int year, HonourKind kind, const QString &title) const {
        Honour h;
        h.year = year;
        h.kind = kind;
        h.title = title;
        h.awardingBody = u"市公安局"_s;
        return h;
    }
    qint64 count(const QString &table) {
        return scalarSql(m_app->database().connection(), u"SELECT COUNT(*) FROM "_s + table)
            ->toLongLong();
    }
    std::unique_ptr<Application> m_app;
    qint64 m_personId = 0;
    qint64 m_unitId = 0;
};

TEST_P(HonourServiceTest, HonoursAreListedByYearWithTheirRecipients) {
    Honour station = honour(2024, HonourKind::SecondClassMerit, u"集体二等功"_s);
    SD_ASSERT_OK(honours().addHonour(station));
    Honour office = honour(2025, HonourKind::Title, u"优秀社区警务室"_s);
    office.unitId = m_unitId;
    SD_ASSERT_OK(honours().addHonour(office));
    Honour officer = honour(2025, HonourKind::ThirdClassMerit, u"个人三等功"_s);
    officer.collective = false;
    officer.personId = m_personId;
    officer.citation = u"辖区连续三年零发案"_s;
    SD_ASSERT_OK(honours().addHonour(officer));

    auto all = honours().honours();
    SD_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).kind, HonourKind::ThirdClassMerit); // 2025, merit before title
    EXPECT_EQ(all->at(0).recipientName, u"梁文斌"_s);
    EXPECT_EQ(all->at(1).recipientName, u"东关警务室"_s);
    EXPECT_EQ(all->at(2).recipientName, m_app->station().name);

    HonourFilter of2024;
    of2024.year = 2024;
    EXPECT_EQ(honours().honours(of2024)->size(), 1);
    HonourFilter ofPerson;
    ofPerson.personId = m_personId;
    EXPECT_EQ(honours().honours(ofPerson)->size(), 1);
}

TEST_P(HonourServiceTest, BadHonoursAreRefusedByField) {
    Honour future = honour(2031, HonourKind::Commendation, u"嘉奖"_s);
    EXPECT_EQ(honours().addHonour(future).error().field, u"year"_s);
    Honour noBody = honour(2025, HonourKind::Commendation, u"嘉奖"_s);
    noBody.awardingBody.clear();
    EXPECT_EQ(honours().addHonour(noBody).error().field, u"awarding_body"_s);
    Honour individualWithoutPerson = honour(2025, HonourKind::Commendation, u"嘉奖"_s);
    individualWithoutPerson.collective = false;
    EXPECT_EQ(honours().addHonour(individualWithoutPerson).error().field, u"recipient"_s);
    Honour collectivePerson = honour(2025, HonourKind::Commendation, u"嘉奖"_s);
    collectivePerson.personId = m_personId;
    EXPECT_EQ(honours().addHonour(collectivePerson).error().field, u"recipient"_s);
    EXPECT_EQ(count(u"honour"_s), 0);
}

TEST_P(HonourServiceTest, HistoryEventsAreKeptInDateOrder) {
    StationEvent moved;
    moved.happenedOn = QDate(2012, 5, 1);
    moved.title = u"迁入新址"_s;
    SD_ASSERT_OK(honours().addEvent(moved));
    StationEvent founded;
    founded.happenedOn = QDate(1984, 10, 1);
    founded.title = u"建所"_s;
    SD_ASSERT_OK(honours().addEvent(founded));
    StationEvent future;
    future.happenedOn = QDate(2030, 1, 1);
    future.title = u"未来"_s;
    EXPECT_EQ(honours().addEvent(future).error().field, u"happened_on"_s);
    auto events = honours().events();
    SD_ASSERT_OK(events);
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).title, u"建所"_s);
    EXPECT_EQ(count(u"audit_log WHERE action = 'station_event.create'"_s), 2);
}

SD_INSTANTIATE_ENGINES(HonourServiceTest);
