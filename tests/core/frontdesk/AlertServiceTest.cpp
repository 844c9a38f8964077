#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

namespace {
constexpr qint64 kHour = 3600 * 1000;
} // namespace

class AlertServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (!IsSkipped() && !HasFatalFailure()) {
            m_app = openApp();
            ASSERT_TRUE(m_app);
            Person officer;
            officer.badgeNo = u"031031"_s;
            officer.name = u"周杰"_s;
            auto stored = m_app->organisation().addPerson(officer);
            ASSERT_TRUE(stored.ok());
            m_officerId = stored->id;
            officer.badgeNo = u"031032"_s;
            officer.name = u"吴凡"_s;
            stored = m_app->organisation().addPerson(officer);
            ASSERT_TRUE(stored.ok());
            m_secondOfficerId = stored->id;
        }
    }
    AlertService &alerts() { return m_app->alerts(); }
    Alert alert(const QString &summary, qint64 receivedAt = kFixedNowMs - kHour) {
        Alert a;
        a.receivedAt = receivedAt;
        a.source = AlertSource::Phone;
        a.category = AlertCategory::Dispute;
        a.summary = summary;
        a.location = u"云溪路12号"_s;
        a.callerName = u"李秀兰"_s;
        a.callerPhone = u"13812345678"_s;
        a.officerIds = {m_officerId};
        return a;
    }
    qint64 storedAlerts() {
        return scalarSql(m_app->database().connection(), u"SELECT COUNT(*) FROM alert"_s)
            ->toLongLong();
    }
    QStringList numbersFound(const QString &text) {
        AlertFilter filter;
        filter.text = text;
        auto page = alerts().page(filter, {});
        EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
        QStringList numbers;
        for (const Alert &a : page.value()) {
            numbers << a.summary;
        }
        numbers.sort();
        return numbers;
    }
    std::unique_ptr<Application> m_app;
    qint64 m_officerId = 0;
    qint64 m_secondOfficerId = 0;
};

TEST_P(AlertServiceTest, NumbersAreGeneratedPerYearAndEveryFieldReadsBack) {
    Alert draft = alert(u"邻里噪音纠纷"_s);
    draft.preventable = true;
    draft.officerIds = {m_secondOfficerId, m_officerId};
    auto first = alerts().addAlert(draft);
    SD_ASSERT_OK(first);
    EXPECT_EQ(first->number, u"JQ-2026-000001"_s);
    auto second = alerts().addAlert(alert(u"第二起"_s));
    SD_ASSERT_OK(second);
    EXPECT_EQ(second->number, u"JQ-2026-000002"_s);
    auto read = alerts().alert(first->id);
    SD_ASSERT_OK(read);
    EXPECT_EQ(read->summary, u"邻里噪音纠纷"_s);
    EXPECT_EQ(read->source, AlertSource::Phone);
    EXPECT_EQ(read->category, AlertCategory::Dispute);
    EXPECT_TRUE(read->preventable);
    EXPECT_EQ(read->callerPhone, u"13812345678"_s);
    EXPECT_EQ(read->officerIds, (QList<qint64>{m_secondOfficerId, m_officerId}));
    EXPECT_EQ(read->officerNames, (QStringList{u"吴凡"_s, u"周杰"_s}));
    EXPECT_EQ(read->status, AlertStatus::Open);
    EXPECT_EQ(read->rowVersion, 1);
}

TEST_P(AlertServiceTest, EachBadInputIsReportedByFieldAndNothingIsStored) {
    struct Case {
        const char *what;
        std::function<void(Alert &)> spoil;
        QString field;
    };
    const std::vector<Case> cases = {
        {"empty summary", [](Alert &a) { a.summary = u"  "_s; }, u"summary"_s},
        {"future", [](Alert &a) { a.receivedAt = kFixedNowMs + 24 * kHour; }, u"received_at"_s},
        {"no time", [](Alert &a) { a.receivedAt = 0; }, u"received_at"_s},
        {"bad phone", [](Alert &a) { a.callerPhone = u"12345"_s; }, u"caller_phone"_s},
        {"bad number", [](Alert &a) { a.number = u"JQ-26-1"_s; }, u"number"_s},
        {"officer twice",
         [this](Alert &a) {
             a.officerIds = {m_officerId, m_officerId};
         },
         u"officers"_s},
        {"missing officer", [](Alert &a) { a.officerIds = {999999}; }, u"officers"_s},
        {"missing area", [](Alert &a) { a.areaId = 999999; }, u"area"_s},
        {"long location", [](Alert &a) { a.location = QString(201, u'x'); }, u"location"_s},
    };
    for (const Case &c : cases) {
        Alert bad = alert(u"坏数据"_s);
        c.spoil(bad);
        auto stored = alerts().addAlert(bad);
        ASSERT_FALSE(stored.ok()) << c.what;
        EXPECT_EQ(stored.error().code, ErrorCode::Validation) << c.what;
        EXPECT_EQ(stored.error().field, c.field) << c.what;
    }
    EXPECT_EQ(storedAlerts(), 0);
}

TEST_P(AlertServiceTest, AnExistingNumberIsRefusedByName) {
    Alert draft = alert(u"一"_s);
    draft.number = u"JQ-2025-000042"_s;
    SD_ASSERT_OK(alerts().addAlert(draft));
    auto again = alerts().addAlert(draft);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, u"number"_s);
    EXPECT_TRUE(again.error().message.contains(u"JQ-2025-000042"_s));
    EXPECT_EQ(storedAlerts(), 1);
}

TEST_P(AlertServiceTest, StatusMovesOnlyForwardAndStaleEditsConflict) {
    auto stored = alerts().addAlert(alert(u"求助"_s));
    SD_ASSERT_OK(stored);
    Alert closed = stored.value();
    closed.status = AlertStatus::Closed;
    auto saved = alerts().updateAlert(closed);
    SD_ASSERT_OK(saved);
    Alert reopened = saved.value();
    reopened.status = AlertStatus::Open;
    auto refused = alerts().updateAlert(reopened);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"status"_s);

    Alert stale = stored.value(); // still row_version 1
    stale.summary = u"改过"_s;
    auto conflict = alerts().updateAlert(stale);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_EQ(alerts().alert(stored->id)->summary, u"求助"_s);
}

TEST_P(AlertServiceTest, FullTextSearchFindsChineseSubstringsAndWordPrefixes) {
    SD_ASSERT_OK(alerts().addAlert(alert(u"邻里噪音纠纷，调解后和好"_s)));
    SD_ASSERT_OK(alerts().addAlert(alert(u"老人走失求助"_s)));
    SD_ASSERT_OK(alerts().addAlert(alert(u"Lost wallet reported by Smith"_s)));
    EXPECT_EQ(numbersFound(u"纠纷"_s), QStringList{u"邻里噪音纠纷，调解后和好"_s});
    EXPECT_EQ(numbersFound(u"噪音纠"_s), QStringList{u"邻里噪音纠纷，调解后和好"_s});
    EXPECT_EQ(numbersFound(u"求"_s), QStringList{u"老人走失求助"_s});
    EXPECT_EQ(numbersFound(u"smi wal"_s), QStringList{u"Lost wallet reported by Smith"_s});
    // Across the comma is not a substring of either side.
    EXPECT_TRUE(numbersFound(u"纷调"_s).isEmpty());
    EXPECT_TRUE(numbersFound(u"失老"_s).isEmpty());
    // The location and caller are searched too.
    EXPECT_EQ(numbersFound(u"秀兰"_s).size(), 3);
    EXPECT_EQ(numbersFound(u"云溪路"_s).size(), 3);
    AlertFilter filter;
    filter.text = u"纠纷"_s;
    EXPECT_EQ(*alerts().count(filter), 1);
}

TEST_P(AlertServiceTest, FiltersCombineAndCountsMatchThePages) {
    for (int i = 0; i < 30; ++i) {
        Alert a = alert(u"警情%1"_s.arg(i), kFixedNowMs - (i + 1) * kHour);
        a.category = i % 3 == 0 ? AlertCategory::Traffic : AlertCategory::Dispute;
        a.officerIds = {i % 2 == 0 ? m_officerId : m_secondOfficerId};
        SD_ASSERT_OK(alerts().addAlert(a));
    }
    AlertFilter filter;
    filter.category = AlertCategory::Traffic;
    filter.officerId = m_officerId; // i % 6 == 0
    filter.from = kFixedNowMs - 24 * kHour;
    EXPECT_EQ(*alerts().count(filter), 4); // i = 0, 6, 12, 18
    auto page = alerts().page(filter, {});
    SD_ASSERT_OK(page);
    ASSERT_EQ(page->size(), 4);
    EXPECT_EQ(page->first().summary, u"警情0"_s);
}

TEST_P(AlertServiceTest, KeysetPagesCoverEveryAlertOnceInOrder) {
    for (int i = 0; i < 45; ++i) {
        // Pairs share a received time, so the id must break the tie.
        SD_ASSERT_OK(alerts().addAlert(alert(u"第%1起"_s.arg(i), kFixedNowMs - (i / 2) * kHour)));
    }
    for (const AlertSort sort : {AlertSort::ReceivedAt, AlertSort::Number}) {
        AlertPageRequest request;
        request.sort = sort;
        request.limit = 10;
        QStringList seen;
        for (;;) {
            auto page = alerts().page({}, request);
            SD_ASSERT_OK(page);
            if (page->isEmpty()) {
                break;
            }
            for (const Alert &a : page.value()) {
                seen << a.number;
            }
            request.afterReceivedAt = page->last().receivedAt;
            request.afterId = page->last().id;
            request.afterNumber = page->last().number;
        }
        ASSERT_EQ(seen.size(), 45);
        QStringList sorted = seen;
        sorted.sort();
        std::reverse(sorted.begin(), sorted.end());
        if (sort == AlertSort::Number) {
            EXPECT_EQ(seen, sorted);
        } else {
            EXPECT_EQ(QSet<QString>(seen.begin(), seen.end()).size(), 45);
        }
    }
}

TEST_P(AlertServiceTest, ChecklistTicksWithWhoAndWhenAndTheTemplateCanChange) {
    auto stored = alerts().addAlert(alert(u"核查"_s));
    SD_ASSERT_OK(stored);
    auto items = alerts().checklist(stored->id);
    SD_ASSERT_OK(items);
    ASSERT_EQ(items->size(), 6);
    EXPECT_EQ(items->first().step.key, u"received"_s);
    SD_ASSERT_OK(alerts().tick(stored->id, items->first().step.id));
    items = alerts().checklist(stored->id);
    EXPECT_TRUE(items->first().ticked);
    EXPECT_EQ(items->first().tickedAt, kFixedNowMs);
    EXPECT_EQ(items->first().tickedBy, m_app->session().actor().name);
    EXPECT_FALSE(items->at(1).ticked);

    auto steps = alerts().checklistTemplate();
    SD_ASSERT_OK(steps);
    QList<ChecklistStep> edited = steps.value();
    edited.removeAt(1); // "dispatched" retired
    ChecklistStep added;
    added.label = u"回访当事人"_s;
    edited.append(added);
    auto saved = alerts().saveChecklistTemplate(edited);
    SD_ASSERT_OK(saved);
    ASSERT_EQ(saved->size(), 6);
    EXPECT_EQ(saved->last().label, u"回访当事人"_s);
    items = alerts().checklist(stored->id);
    ASSERT_EQ(items->size(), 6);
    EXPECT_TRUE(items->first().ticked); // the earlier tick survives the edit
    EXPECT_EQ(checklistStepTitle(items->last().step), u"回访当事人"_s);

    SD_ASSERT_OK(alerts().untick(stored->id, items->first().step.id));
    EXPECT_FALSE(alerts().checklist(stored->id)->first().ticked);
}

SD_INSTANTIATE_ENGINES(AlertServiceTest);
