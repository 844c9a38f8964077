#include "EngineTest.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

// The audit viewer's queries: filters and keyset paging run in SQL.
class AuditQueryTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto clock = std::make_unique<FixedClock>(sd::test::kFixedNowMs);
        m_clock = clock.get();
        auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate,
                                     std::move(clock));
        ASSERT_TRUE(app.ok());
        m_app = std::move(app.value());
        for (int i = 0; i < 25; ++i) {
            m_clock->advance(60 * 1000);
            m_app->session().setActor(
                {i % 2 ? u"desk-a"_s : u"desk-b"_s, u"ws"_s, Role::Admin, 0, {}});
            Person person;
            person.badgeNo = u"Q%1"_s.arg(i);
            person.name = u"查询%1"_s.arg(i);
            auto stored = m_app->organisation().addPerson(person);
            ASSERT_TRUE(stored.ok());
            if (i % 5 == 0) {
                Person changed = stored.value();
                changed.position = u"内勤"_s;
                ASSERT_TRUE(m_app->organisation().updatePerson(changed).ok());
            }
        }
    }
    QList<qint64> seqs(const AuditFilter &filter) {
        QList<qint64> result;
        const auto entries = m_app->audit().list(filter);
        for (const AuditEntry &entry : entries.value()) {
            result << entry.seq;
        }
        return result;
    }
    FixedClock *m_clock = nullptr;
    std::unique_ptr<Application> m_app;
};

TEST_P(AuditQueryTest, FiltersByActionAccountAndTime) {
    AuditFilter filter;
    filter.action = u"person.update"_s;
    EXPECT_EQ(*m_app->audit().count(filter), 5);
    filter.action = u"person."_s; // a prefix
    EXPECT_EQ(*m_app->audit().count(filter), 30);
    filter.account = u"desk-a"_s; // odd i: 12 people, 2 of them (5, 15) updated
    EXPECT_EQ(*m_app->audit().count(filter), 14);
    AuditFilter window;
    window.fromMs = sd::test::kFixedNowMs + 10 * 60 * 1000;
    window.toMs = sd::test::kFixedNowMs + 13 * 60 * 1000; // minutes 10, 11, 12
    const auto entries = m_app->audit().list(window).value();
    EXPECT_EQ(entries.size(), 4); // minute 10 also has an update
    for (const AuditEntry &entry : entries) {
        EXPECT_GE(entry.atMs, *window.fromMs);
        EXPECT_LT(entry.atMs, *window.toMs);
    }
}

TEST_P(AuditQueryTest, KeysetPagesCoverEveryRowOnceNewestFirst) {
    AuditFilter page;
    page.limit = 7;
    QList<qint64> all;
    for (;;) {
        const QList<qint64> batch = seqs(page);
        if (batch.isEmpty()) {
            break;
        }
        all << batch;
        page.beforeSeq = batch.last();
    }
    ASSERT_EQ(all.size(), 30);
    for (int i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i], 30 - i);
    }
    AuditFilter after;
    after.afterSeq = 27;
    after.newestFirst = false;
    EXPECT_EQ(seqs(after), (QList<qint64>{28, 29, 30}));
}

SD_INSTANTIATE_ENGINES(AuditQueryTest);
