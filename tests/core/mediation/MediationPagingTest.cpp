// Case lists read a page at a time (keyset paging in SQL): every list the Mediation page
// offers, in each order, gives every case exactly once across pages, ties included.
#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QSet>
#include <QTimeZone>
#include <functional>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

namespace {
Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}
constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr int kPageSize = 3;

// What the test knows about a case it made, to work out each list's order on its own.
struct Made {
    qint64 id = 0;
    QString number;
    qint64 openedAt = 0;
    std::optional<QDate> nextDue;
};

using PageReader = std::function<Result<QList<MediationSummary>>(const MediationPageRequest &)>;
} // namespace

class MediationPagingTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate,
                                     std::make_unique<FixedClock>(kFixedNowMs));
        ASSERT_TRUE(app.ok()) << app.error().message.toStdString();
        m_app = std::move(app.value());
        m_mediatorId = addPerson(u"031031"_s, u"周杰"_s);
        m_secondMediatorId = addPerson(u"031032"_s, u"吴敏"_s);
        m_chiefId = addPerson(u"031001"_s, u"周建国"_s);
        addPerson(u"031034"_s, u"管理员"_s);
        SD_ASSERT_OK(m_app->accounts().createFirstAdmin(u"031034"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"031001"_s, Role::Chief, pw("Station-Chief-2026")));
        SD_ASSERT_OK(m_app->accounts().login(u"031034"_s, pw("Station-Admin-2026")));
        Unit office;
        office.kind = UnitKind::CommunityOffice;
        office.name = u"幸福社区警务室"_s;
        office.leaderId = m_mediatorId;
        office.memberIds = {m_mediatorId};
        auto unit = m_app->organisation().addUnit(office);
        SD_ASSERT_OK(unit);
        auto area = m_app->organisation().addArea({0, unit->id, u"幸福小区"_s, {}});
        SD_ASSERT_OK(area);
        m_areaId = area->id;
        SD_ASSERT_OK(m_app->accounts().login(u"031001"_s, pw("Station-Chief-2026")));
        makeCases();
    }

    qint64 addPerson(const QString &badge, const QString &name) {
        Person person;
        person.badgeNo = badge;
        person.name = name;
        auto stored = m_app->organisation().addPerson(person);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }

    // Eight cases, more than two pages of three. Opening times, due dates and numbers
    // repeat or interleave so every order has ties that only the id can break:
    //   i  opened         mediators   area  risk  location   next visit
    //   0  now-40d        A           yes   high  幸福路12号  03-18
    //   1  now-40d        A, B        -     low   幸福路12号  03-18
    //   2  now-40d        A           yes   high  幸福路12号  none
    //   3  now-40d        A, B        -     low   和平街3号   03-18
    //   4  now-40d        A           yes   high  幸福路12号  03-20
    //   5  now-1h         A, B        -     low   幸福路12号  04-30
    //   6  now-1h         A           yes   high  和平街3号   03-16
    //   7  now-2h         A, B        -     low   和平街3号   none
    void makeCases() {
        const QList<std::optional<QDate>> due = {
            QDate(2026, 3, 18), QDate(2026, 3, 18), std::nullopt,       QDate(2026, 3, 18),
            QDate(2026, 3, 20), QDate(2026, 4, 30), QDate(2026, 3, 16), std::nullopt};
        for (int i = 0; i < 8; ++i) {
            MediationCase c;
            c.source = MediationSource::WalkIn;
            c.disputeType = DisputeType::Neighbour;
            c.facts = u"邻里纠纷 %1"_s.arg(i);
            c.location = (i == 3 || i >= 6) ? u"和平街3号"_s : u"幸福路12号"_s;
            c.openedAt =
                i < 5 ? kFixedNowMs - 40 * kDayMs : kFixedNowMs - (i == 7 ? 2 : 1) * kHourMs;
            MediationParty applicant;
            applicant.role = PartyRole::Applicant;
            applicant.name = u"李秀兰"_s;
            applicant.documentNumber = u"11010519491231002X"_s;
            applicant.phone = u"13812345678"_s;
            c.parties << applicant;
            c.mediatorIds = {m_mediatorId};
            if (i % 2 == 1) {
                c.mediatorIds << m_secondMediatorId;
            }
            if (i % 2 == 0) {
                c.areaId = m_areaId;
                c.risk = RiskGrade::High;
                c.riskReason = u"一方扬言报复"_s;
                c.owningLeaderId = m_chiefId;
            }
            auto stored = m_app->mediation().createCase(c);
            ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
            m_made << Made{stored->id, stored->number, stored->openedAt, due.at(i)};
            if (due.at(i)) {
                // Visits come after a sealed agreement, which needs signatures with passwords;
                // the lists only read the visit rows, so they are written directly.
                SD_ASSERT_OK(runSql(m_app->database().connection(),
                                    u"INSERT INTO mediation_follow_up (station_id, case_id, "
                                    u"due_on, created_at, created_by, updated_at, updated_by) "
                                    u"VALUES (?, ?, ?, ?, 'test', ?, 'test')"_s,
                                    {m_app->database().stationId(), stored->id,
                                     due.at(i)->toString(Qt::ISODate), kFixedNowMs, kFixedNowMs}));
            }
        }
    }

    // The cases at the given indexes in the order a list must show them, worked out here
    // rather than by the SQL under test.
    QList<qint64> expected(const QList<int> &indexes, MediationSort sort, bool descending) const {
        QList<Made> cases;
        for (int i : indexes) {
            cases << m_made.at(i);
        }
        const auto before = [sort, descending](const Made &a, const Made &b) {
            auto key = [sort, descending](const Made &m) -> QString {
                switch (sort) {
                case MediationSort::Number:
                    return m.number;
                case MediationSort::NextFollowUp:
                    // No visit due: last either way round.
                    return m.nextDue ? m.nextDue->toString(Qt::ISODate)
                                     : (descending ? QString() : u"9999"_s);
                case MediationSort::OpenedAt:
                    break;
                }
                return u"%1"_s.arg(m.openedAt, 16, 10, QChar(u'0'));
            };
            const QString ka = key(a);
            const QString kb = key(b);
            if (ka != kb) {
                return descending ? ka > kb : ka < kb;
            }
            return descending ? a.id > b.id : a.id < b.id;
        };
        std::sort(cases.begin(), cases.end(), before);
        QList<qint64> ids;
        for (const Made &m : cases) {
            ids << m.id;
        }
        return ids;
    }

    // Reads pages of three until a short one, as the list model does, and checks each page
    // against its slice of the expected order.
    void checkPages(const QString &what, const PageReader &read, const QList<qint64> &order,
                    MediationSort sort, bool descending) {
        SCOPED_TRACE(what.toStdString());
        MediationPageRequest request;
        request.sort = sort;
        request.descending = descending;
        request.limit = kPageSize;
        QList<qint64> seen;
        for (int page = 0; page < 10; ++page) {
            auto rows = read(request);
            ASSERT_TRUE(rows.ok()) << rows.error().message.toStdString();
            QList<qint64> ids;
            for (const MediationSummary &summary : rows.value()) {
                ids << summary.id;
            }
            EXPECT_EQ(ids, order.mid(page * kPageSize, kPageSize)) << "page " << page;
            seen << ids;
            if (rows->size() < kPageSize) {
                break;
            }
            request.after = rows->constLast();
        }
        EXPECT_EQ(seen, order);
        EXPECT_EQ(QSet<qint64>(seen.begin(), seen.end()).size(), seen.size()) << "a case repeated";
    }

    void checkList(const QString &what, const MediationFilter &filter, const QList<int> &indexes) {
        EXPECT_EQ(m_app->mediation().count(filter).value(), indexes.size()) << what.toStdString();
        for (MediationSort sort :
             {MediationSort::OpenedAt, MediationSort::Number, MediationSort::NextFollowUp}) {
            for (bool descending : {true, false}) {
                checkPages(
                    what,
                    [&](const MediationPageRequest &r) {
                        return m_app->mediation().page(filter, r);
                    },
                    expected(indexes, sort, descending), sort, descending);
            }
        }
    }

    std::unique_ptr<Application> m_app;
    qint64 m_mediatorId = 0;
    qint64 m_secondMediatorId = 0;
    qint64 m_chiefId = 0;
    qint64 m_areaId = 0;
    QList<Made> m_made;
};

TEST_P(MediationPagingTest, EveryListPagesWithoutSkippingOrRepeatingACase) {
    ASSERT_EQ(m_made.size(), 8);
    MediationFilter open;
    open.status = MediationStatus::Open;
    checkList(u"open"_s, open, {0, 1, 2, 3, 4, 5, 6, 7});
    // Today is 2026-03-15 at the station: visits due by 03-22, past ones included.
    MediationFilter dueThisWeek;
    dueThisWeek.dueWithinDays = 7;
    checkList(u"due this week"_s, dueThisWeek, {0, 1, 3, 4, 6});
    MediationFilter overdue;
    overdue.overdueOnly = true;
    checkList(u"overdue"_s, overdue, {0, 1, 2, 3, 4});
    MediationFilter leader;
    leader.status = MediationStatus::Open;
    leader.risk = RiskGrade::High;
    leader.owningLeaderId = m_chiefId;
    checkList(u"high risk owned by the chief"_s, leader, {0, 2, 4, 6});
    MediationFilter byMediator;
    byMediator.mediatorId = m_secondMediatorId;
    checkList(u"by mediator"_s, byMediator, {1, 3, 5, 7});
    MediationFilter byArea;
    byArea.areaId = m_areaId;
    checkList(u"by area"_s, byArea, {0, 2, 4, 6});
    MediationFilter areaAndMediator;
    areaAndMediator.areaId = m_areaId;
    areaAndMediator.mediatorId = m_secondMediatorId;
    checkList(u"by area and mediator"_s, areaAndMediator, {});
}

TEST_P(MediationPagingTest, HistoryOfAPersonAndOfAnAddressPages) {
    MediationHistoryQuery person;
    person.documentNumber = u"11010519491231002x"_s;
    MediationHistoryQuery address;
    address.location = u"幸福路12号"_s;
    const QList<std::tuple<QString, MediationHistoryQuery, QList<int>>> histories = {
        {u"person"_s, person, {0, 1, 2, 3, 4, 5, 6, 7}}, {u"address"_s, address, {0, 1, 2, 4, 5}}};
    for (const auto &history : histories) {
        const MediationHistoryQuery query = std::get<1>(history);
        const QList<int> indexes = std::get<2>(history);
        EXPECT_EQ(m_app->mediation().historyCount(query).value(), indexes.size());
        checkPages(
            std::get<0>(history),
            [&](const MediationPageRequest &r) { return m_app->mediation().historyPage(query, r); },
            expected(indexes, MediationSort::OpenedAt, true), MediationSort::OpenedAt, true);
    }
    EXPECT_EQ(m_app->mediation().historyCount({}).value(), 0);
    EXPECT_TRUE(m_app->mediation().historyPage({}, {}).value().isEmpty());
}

TEST_P(MediationPagingTest, WholeListsReadEveryPageAndAPageShowsDeadlines) {
    // list() reads page after page: nothing stops at a page size or a fixed cap.
    EXPECT_EQ(m_app->mediation().list({}).value().size(), 8);
    MediationPageRequest first;
    first.limit = 1;
    first.descending = false;
    auto oldest = m_app->mediation().page({}, first);
    SD_ASSERT_OK(oldest);
    ASSERT_EQ(oldest->size(), 1);
    EXPECT_EQ(oldest->first().id, m_made.at(0).id);
    // Opened 2026-02-03 at the station: the deadline is 30 days later, and today is past it.
    EXPECT_EQ(oldest->first().deadline, QDate(2026, 3, 5));
    EXPECT_TRUE(oldest->first().overdue);
    EXPECT_EQ(oldest->first().nextFollowUp, QDate(2026, 3, 18));
    MediationFilter fromAlert;
    fromAlert.alertId = 999999;
    EXPECT_EQ(m_app->mediation().count(fromAlert).value(), 0);
}

SD_INSTANTIATE_ENGINES(MediationPagingTest);
