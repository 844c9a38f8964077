#include "core/duty/HandoverService.h"

#include "EngineTest.h"
#include "core/duty/HandoverCanonical.h"
#include "core/kernel/storage/Sql.h"
#include "core/signatures/SignatureStrokes.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

namespace {
Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}
const char *kOutPassword = "Outgoing-Desk-77";
const char *kInPassword = "Incoming-Desk-88";

qint64 shanghai(int year, int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}

// A roster that answers as the test says: an empty one (no roster planned) or a broken one.
class FakeRoster : public RosterLookup {
public:
    std::optional<Error> failure;
    Result<ShiftsAt> shiftsAt(qint64) const override {
        if (failure) {
            return *failure;
        }
        return ShiftsAt{};
    }
};
} // namespace

class HandoverServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto clock = std::make_unique<FixedClock>(kFixedNowMs); // 18:00 in Shanghai
        m_clock = clock.get();
        auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate,
                                     std::move(clock));
        ASSERT_TRUE(app.ok()) << app.error().message.toStdString();
        m_app = std::move(app.value());
        m_outId = addPerson(u"031031"_s, u"周杰"_s);
        m_inId = addPerson(u"031032"_s, u"吴凡"_s);
        m_leaderId = addPerson(u"031001"_s, u"周建国"_s);
        m_otherId = addPerson(u"031033"_s, u"刘洋"_s);
        addPerson(u"031034"_s, u"管理员"_s);
        SD_ASSERT_OK(m_app->accounts().createFirstAdmin(u"031034"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(m_app->accounts().addAccount(u"031031"_s, Role::Officer, pw(kOutPassword)));
        SD_ASSERT_OK(m_app->accounts().addAccount(u"031032"_s, Role::Officer, pw(kInPassword)));
        // The real roster, day (08:30-20:30) and night shifts: 周杰 on the day shifts, 吴凡
        // on the night between them, all led by 周建国.
        SD_ASSERT_OK(m_app->accounts().login(u"031034"_s, pw("Station-Admin-2026")));
        auto dayNight = ShiftPattern::parse(u"day=08:30+12:00,night=20:30+12:00"_s);
        SD_ASSERT_OK(dayNight);
        SD_ASSERT_OK(m_app->roster().setPattern(dayNight.value()));
        SD_ASSERT_OK(m_app->roster().plan({
            plan(QDate(2026, 3, 15), u"day"_s, u"031031"_s),
            plan(QDate(2026, 3, 15), u"night"_s, u"031032"_s),
            plan(QDate(2026, 3, 16), u"day"_s, u"031031"_s),
        }));
        m_service =
            std::make_unique<HandoverService>(m_app->context(), m_app->accounts(), m_app->roster());
        loginOut();
    }
    static ShiftPlan plan(const QDate &date, const QString &key, const QString &officerBadge) {
        return ShiftPlan{date, key, CrewInput{u"031001"_s, {officerBadge}, {}}, 0};
    }
    qint64 addPerson(const QString &badge, const QString &name) {
        Person person;
        person.badgeNo = badge;
        person.name = name;
        auto stored = m_app->organisation().addPerson(person);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }
    void loginOut() { SD_ASSERT_OK(m_app->accounts().login(u"031031"_s, pw(kOutPassword))); }
    void loginIn() { SD_ASSERT_OK(m_app->accounts().login(u"031032"_s, pw(kInPassword))); }
    HandoverService &service() { return *m_service; }
    qint64 countRows(const QString &sql) {
        auto counted = scalarSql(m_app->database().connection(), sql);
        return counted ? counted->toLongLong() : -1;
    }
    static SignatureInput pad(const QString &seed) {
        SignatureInput input;
        input.role = SignatureRole::Officer;
        const auto strokes = SignatureStrokes::synthesize(seed);
        input.strokes = strokes.toJson();
        input.imagePng = strokes.renderPng(QSize(300, 100));
        return input;
    }
    qint64 addOpenAlert(const QString &summary) {
        Alert a;
        a.receivedAt = kFixedNowMs - 3600000;
        a.source = AlertSource::Phone;
        a.category = AlertCategory::Dispute;
        a.summary = summary;
        a.location = u"云溪路12号"_s;
        a.officerIds = {m_outId};
        auto stored = m_app->alerts().addAlert(a);
        EXPECT_TRUE(stored.ok()) << stored.error().message.toStdString();
        return stored.ok() ? stored->id : 0;
    }
    // Fills every checklist line as the outgoing officer.
    Handover filled(Handover h) {
        // A copy: the loop reassigns h, which would free the list it walks.
        const QList<HandoverItem> items = h.items;
        for (const HandoverItem &item : items) {
            if (item.input != ChecklistInput::None) {
                auto next = service().setValue(
                    h.id, h.rowVersion, item.position,
                    item.input == ChecklistInput::Number ? u"2"_s : u"警车 川A-1234 里程 35210"_s);
                EXPECT_TRUE(next.ok()) << next.error().message.toStdString();
                h = next.value();
            }
        }
        return h;
    }
    // The incoming officer accepts every item but queryPosition (queried with a reason).
    Handover checked(Handover h, int queryPosition) {
        loginIn();
        const QList<HandoverItem> items = h.items; // a copy, as in filled()
        for (const HandoverItem &item : items) {
            auto next = item.position == queryPosition
                            ? service().query(h.id, h.rowVersion, item.position, u"少一台对讲机"_s)
                            : service().accept(h.id, h.rowVersion, item.position);
            EXPECT_TRUE(next.ok()) << next.error().message.toStdString();
            h = next.value();
        }
        return h;
    }
    Handover sealedHandover(int queryPosition) {
        auto started = service().start(u"值班室"_s, m_inId);
        EXPECT_TRUE(started.ok()) << started.error().message.toStdString();
        Handover h = checked(filled(started.value()), queryPosition);
        loginOut();
        auto out = service().sign(h.id, h.rowVersion, m_outId, pad(u"周杰"_s), pw(kOutPassword));
        EXPECT_TRUE(out.ok()) << out.error().message.toStdString();
        loginIn();
        auto in = service().sign(h.id, out->rowVersion, m_inId, pad(u"吴凡"_s), pw(kInPassword));
        EXPECT_TRUE(in.ok()) << in.error().message.toStdString();
        return in.value();
    }
    int positionOf(const Handover &h, HandoverItemKind kind, const QString &ref = {}) {
        for (const HandoverItem &item : h.items) {
            if (item.kind == kind && (ref.isEmpty() || item.ref == ref)) {
                return item.position;
            }
        }
        return 0;
    }

    std::unique_ptr<Application> m_app;
    FixedClock *m_clock = nullptr;
    std::unique_ptr<HandoverService> m_service;
    qint64 m_outId = 0;
    qint64 m_inId = 0;
    qint64 m_leaderId = 0;
    qint64 m_otherId = 0;
};

TEST_P(HandoverServiceTest, StartsFromLiveDataAndTheChecklistAcceptsQueriesSignsAndSeals) {
    const qint64 alertId = addOpenAlert(u"邻里噪音纠纷"_s);
    ASSERT_NE(alertId, 0);
    auto started = service().start(u"值班室"_s, m_inId, u"二号车左前灯不亮"_s);
    SD_ASSERT_OK(started);
    EXPECT_EQ(started->number, u"JJ-2026-0001"_s);
    EXPECT_EQ(started->status, HandoverStatus::Open);
    EXPECT_EQ(started->outgoingShiftKey, u"day"_s);
    EXPECT_EQ(started->incomingShiftKey, u"night"_s);
    EXPECT_EQ(started->outgoingLeaderId, m_leaderId);
    const int alertItem = positionOf(*started, HandoverItemKind::OpenAlert);
    ASSERT_NE(alertItem, 0);
    const HandoverItem *alert = started->item(alertItem);
    EXPECT_TRUE(alert->ref.startsWith(u"JQ-2026-"_s));
    EXPECT_EQ(alert->ownerBadge, u"031031"_s);
    EXPECT_EQ(alert->title, u"邻里噪音纠纷"_s);
    EXPECT_EQ(alert->detail, u"open"_s);
    EXPECT_EQ(started->items.size(), 1 + 6) << "the alert and the six built-in checklist lines";
    const int radios = positionOf(*started, HandoverItemKind::Checklist, u"radios"_s);

    // Not signable before every item is checked.
    SignatureInput early = pad(u"周杰"_s);
    auto tooEarly =
        service().sign(started->id, started->rowVersion, m_outId, early, pw(kOutPassword));
    ASSERT_FALSE(tooEarly.ok());
    EXPECT_EQ(tooEarly.error().field, u"item"_s) << "the first item is not accepted yet";

    Handover h = checked(filled(started.value()), radios);
    EXPECT_EQ(h.queriedCount(), 1);
    const HandoverItem *queried = h.item(radios);
    EXPECT_EQ(queried->state, HandoverItemState::Queried);
    EXPECT_EQ(queried->note, u"少一台对讲机"_s);
    EXPECT_EQ(queried->holderId, m_outId) << "a queried item stays with the outgoing officer";
    EXPECT_EQ(h.item(alertItem)->holderId, m_inId);
    EXPECT_EQ(h.item(alertItem)->ownerBadge, u"031031"_s) << "the owner is not changed";

    loginOut();
    auto out = service().sign(h.id, h.rowVersion, m_outId, pad(u"周杰"_s), pw(kOutPassword));
    SD_ASSERT_OK(out);
    EXPECT_EQ(out->status, HandoverStatus::SignedOutgoing);
    loginIn();
    m_clock->set(kFixedNowMs + 60000);
    auto in = service().sign(h.id, out->rowVersion, m_inId, pad(u"吴凡"_s), pw(kInPassword));
    SD_ASSERT_OK(in);
    EXPECT_EQ(in->status, HandoverStatus::Sealed);
    EXPECT_EQ(in->responsibilityPassedAt, kFixedNowMs + 60000);
    EXPECT_EQ(in->contentSha256, HandoverCanonical::contentSha256(*in));
    EXPECT_EQ(in->signatures.size(), 2);
    EXPECT_TRUE(in->auditHead.contains(u':')) << in->auditHead.toStdString();
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM audit_log WHERE action = 'handover.seal'"_s), 1);
    auto problems = service().verifyAll();
    SD_ASSERT_OK(problems);
    EXPECT_TRUE(problems->isEmpty());
}

TEST_P(HandoverServiceTest, EachRefusalNamesWhatIsWrongAndStoresNothing) {
    // To oneself, to someone not on the next shift.
    auto self = service().start(u"值班室"_s, m_outId);
    ASSERT_FALSE(self.ok());
    EXPECT_EQ(self.error().field, u"incoming"_s);
    EXPECT_TRUE(self.error().message.contains(u"yourself"_s));
    auto other = service().start(u"值班室"_s, m_otherId);
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().message.contains(u"031033"_s)) << other.error().message.toStdString();
    EXPECT_TRUE(other.error().message.contains(u"next shift"_s));
    auto noPlace = service().start(u"  "_s, m_inId);
    ASSERT_FALSE(noPlace.ok());
    EXPECT_EQ(noPlace.error().field, u"place"_s);
    // No roster at all, and a roster that cannot be read (not taken for "no roster").
    FakeRoster roster;
    HandoverService unplanned(m_app->context(), m_app->accounts(), roster);
    auto noRoster = unplanned.start(u"值班室"_s, m_inId);
    ASSERT_FALSE(noRoster.ok());
    EXPECT_TRUE(noRoster.error().message.contains(u"no roster"_s));
    roster.failure = Error::storage(u"the roster cannot be read"_s);
    auto broken = unplanned.start(u"值班室"_s, m_inId);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::Storage);
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM duty_handover"_s), 0);
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM duty_handover_item"_s), 0);

    // A second handover for the same shift.
    auto first = service().start(u"值班室"_s, m_inId);
    SD_ASSERT_OK(first);
    auto second = service().start(u"值班室"_s, m_inId);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(first->number));
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM duty_handover"_s), 1);

    // Only the incoming officer checks; a query needs a reason; once per item.
    auto byOutgoing = service().accept(first->id, first->rowVersion, 1);
    ASSERT_FALSE(byOutgoing.ok());
    loginIn();
    auto noReason = service().query(first->id, first->rowVersion, 1, u" "_s);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, u"reason"_s);
    auto accepted = service().accept(first->id, first->rowVersion, 1);
    SD_ASSERT_OK(accepted);
    auto twice = service().query(first->id, accepted->rowVersion, 1, u"再查"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"already"_s));
    auto stale = service().accept(first->id, first->rowVersion, 2);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto missing = service().accept(first->id, accepted->rowVersion, 99);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, u"item"_s);

    // Signing for someone else.
    auto forOther =
        service().sign(first->id, accepted->rowVersion, m_outId, pad(u"x"_s), pw(kInPassword));
    ASSERT_FALSE(forOther.ok());
    EXPECT_EQ(forOther.error().field, u"signer"_s);
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM record_signature WHERE record_kind = 'handover'"_s),
              0);
    auto wrongPassword = service().sign(first->id, accepted->rowVersion, m_inId, pad(u"x"_s),
                                        pw("not-the-password"));
    ASSERT_FALSE(wrongPassword.ok());
    EXPECT_EQ(wrongPassword.error().field, u"password"_s);
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM duty_handover_item WHERE state = 'queried'"_s), 0);
}

TEST_P(HandoverServiceTest, ASealedHandoverCannotBeEditedAndVerificationCatchesTampering) {
    const Handover sealed = sealedHandover(1);
    ASSERT_EQ(sealed.status, HandoverStatus::Sealed);
    loginOut();
    auto notes = service().setNotes(sealed.id, sealed.rowVersion, u"改"_s);
    ASSERT_FALSE(notes.ok());
    EXPECT_TRUE(notes.error().message.contains(u"sealed"_s));
    loginIn();
    auto again = service().accept(sealed.id, sealed.rowVersion, 2);
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(u"sealed"_s));
    auto signAgain =
        service().sign(sealed.id, sealed.rowVersion, m_inId, pad(u"吴凡"_s), pw(kInPassword));
    ASSERT_FALSE(signAgain.ok());

    SD_ASSERT_OK(runSql(m_app->database().connection(),
                        u"UPDATE duty_handover_item SET note = 'changed' WHERE handover_id = ? "
                        u"AND position = 1"_s,
                        {sealed.id}));
    auto problems = service().verifyAll();
    SD_ASSERT_OK(problems);
    ASSERT_FALSE(problems->isEmpty());
    EXPECT_EQ(problems->first().number, sealed.number);
}

TEST_P(HandoverServiceTest, OpenItemsAreCarriedIntoTheNextHandoverByName) {
    addOpenAlert(u"仍未处理的警情"_s);
    auto first = service().start(u"值班室"_s, m_inId);
    SD_ASSERT_OK(first);
    const int radios = positionOf(*first, HandoverItemKind::Checklist, u"radios"_s);
    const QString alertRef = first->item(positionOf(*first, HandoverItemKind::OpenAlert))->ref;
    // The first handover is sealed with the radios queried; the alert stays open.
    Handover h = checked(filled(first.value()), radios);
    loginOut();
    auto out = service().sign(h.id, h.rowVersion, m_outId, pad(u"周杰"_s), pw(kOutPassword));
    SD_ASSERT_OK(out);
    loginIn();
    SD_ASSERT_OK(service().sign(h.id, out->rowVersion, m_inId, pad(u"吴凡"_s), pw(kInPassword)));

    // The night shift hands over to the next day.
    m_clock->set(shanghai(2026, 3, 16, 8, 0));
    auto next = service().start(u"值班室"_s, m_outId);
    SD_ASSERT_OK(next);
    EXPECT_EQ(next->number, u"JJ-2026-0002"_s);
    const HandoverItem *alert =
        next->item(positionOf(*next, HandoverItemKind::OpenAlert, alertRef));
    ASSERT_NE(alert, nullptr);
    EXPECT_EQ(alert->state, HandoverItemState::Carried);
    EXPECT_EQ(alert->carriedTimes, 1);
    const HandoverItem *carriedRadios =
        next->item(positionOf(*next, HandoverItemKind::Checklist, u"radios"_s));
    EXPECT_EQ(carriedRadios->state, HandoverItemState::Carried);
    EXPECT_EQ(carriedRadios->note, u"少一台对讲机"_s);
    const HandoverItem *keys =
        next->item(positionOf(*next, HandoverItemKind::Checklist, u"keys"_s));
    EXPECT_EQ(keys->state, HandoverItemState::Pending) << "an accepted line starts afresh";
    EXPECT_EQ(keys->carriedTimes, 0);
}

TEST_P(HandoverServiceTest, AHandoverMayRunPastTheShiftChangeButNotLongAfter) {
    // A quarter of an hour after the day shift ended, its officer still hands it over to
    // the night shift now in force.
    m_clock->set(shanghai(2026, 3, 15, 20, 45));
    auto late = service().start(u"值班室"_s, m_inId);
    SD_ASSERT_OK(late);
    EXPECT_EQ(late->outgoingShiftKey, u"day"_s);
    EXPECT_EQ(late->outgoingShiftDate, QDate(2026, 3, 15));
    EXPECT_EQ(late->incomingShiftKey, u"night"_s);
    EXPECT_EQ(late->outgoingLeaderId, std::optional<qint64>(m_leaderId));

    // More than two hours after the end it is the night shift's time, and he is not on it.
    m_clock->set(shanghai(2026, 3, 15, 20, 30) + HandoverService::kGraceMs + 60000);
    auto tooLate = service().start(u"值班室"_s, m_inId);
    ASSERT_FALSE(tooLate.ok());
    EXPECT_TRUE(tooLate.error().message.contains(u"2026-03-15 night"_s))
        << tooLate.error().message.toStdString();
    EXPECT_EQ(countRows(u"SELECT COUNT(*) FROM duty_handover"_s), 1);
}

TEST_P(HandoverServiceTest, TheChecklistTemplateIsTheAdminsAndRefusesBadLines) {
    auto builtIn = service().checklistTemplate();
    SD_ASSERT_OK(builtIn);
    EXPECT_EQ(builtIn->size(), 6);
    QList<ChecklistLine> lines{{u"keys"_s, {}, ChecklistInput::Number},
                               {u"safe"_s, u"保险柜"_s, ChecklistInput::None}};
    auto denied = service().setChecklistTemplate(lines);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    SD_ASSERT_OK(m_app->accounts().login(u"031034"_s, pw("Station-Admin-2026")));
    auto twice = service().setChecklistTemplate(
        {{u"keys"_s, {}, ChecklistInput::Number}, {u"keys"_s, {}, ChecklistInput::Text}});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"checklist.2"_s);
    auto unlabelled = service().setChecklistTemplate({{u"safe"_s, {}, ChecklistInput::None}});
    ASSERT_FALSE(unlabelled.ok());
    SD_ASSERT_OK(service().setChecklistTemplate(lines));
    auto stored = service().checklistTemplate();
    SD_ASSERT_OK(stored);
    EXPECT_EQ(stored.value(), lines);
    loginOut();
    auto started = service().start(u"值班室"_s, m_inId);
    SD_ASSERT_OK(started);
    ASSERT_EQ(started->items.size(), 2);
    EXPECT_EQ(started->items[1].title, u"保险柜"_s);
    auto badValue = service().setValue(started->id, started->rowVersion, 1, u"两把"_s);
    ASSERT_FALSE(badValue.ok());
    EXPECT_EQ(badValue.error().field, u"value"_s);
}

SD_INSTANTIATE_ENGINES(HandoverServiceTest);
