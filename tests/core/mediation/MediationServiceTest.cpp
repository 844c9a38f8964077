#include "EngineTest.h"
#include "core/kernel/storage/Migrator.h"
#include "core/kernel/storage/Sql.h"
#include "core/mediation/MediationCanonical.h"
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
const char *kMediatorPassword = "Mediator-Desk-77";

// An instant given as a wall-clock time in the station's zone (Asia/Shanghai, UTC+8).
qint64 shanghai(int year, int month, int day, int hour = 10, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}
} // namespace

class MediationServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto clock = std::make_unique<FixedClock>(kFixedNowMs);
        m_clock = clock.get();
        auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate,
                                     std::move(clock));
        ASSERT_TRUE(app.ok()) << app.error().message.toStdString();
        m_app = std::move(app.value());
        m_mediatorId = addPerson(u"031031"_s, u"周杰"_s);
        m_chiefId = addPerson(u"031001"_s, u"周建国"_s);
        addPerson(u"031034"_s, u"管理员"_s);
        SD_ASSERT_OK(m_app->accounts().createFirstAdmin(u"031034"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"031031"_s, Role::Officer, pw(kMediatorPassword)));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"031001"_s, Role::Chief, pw("Station-Chief-2026")));
        SD_ASSERT_OK(m_app->accounts().login(u"031031"_s, pw(kMediatorPassword)));
    }
    qint64 addPerson(const QString &badge, const QString &name) {
        Person person;
        person.badgeNo = badge;
        person.name = name;
        auto stored = m_app->organisation().addPerson(person);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }
    MediationService &mediation() { return m_app->mediation(); }
    QSqlDatabase raw() { return m_app->database().connection(); }
    qint64 countRows(const QString &table) {
        auto counted = scalarSql(raw(), u"SELECT COUNT(*) FROM "_s + table);
        return counted ? counted->toLongLong() : -1;
    }
    qint64 auditRows(const QString &action) {
        auto counted =
            scalarSql(raw(), u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s, {action});
        return counted ? counted->toLongLong() : -1;
    }
    static MediationParty party(PartyRole role, const QString &name, const QString &id,
                                const QString &phone) {
        MediationParty p;
        p.role = role;
        p.name = name;
        p.documentNumber = id;
        p.phone = phone;
        return p;
    }
    MediationCase draft() const {
        MediationCase c;
        c.source = MediationSource::WalkIn;
        c.disputeType = DisputeType::BetrothalGift;
        c.facts = u"双方因彩礼返还发生纠纷"_s;
        c.location = u"幸福路12号"_s;
        c.parties << party(PartyRole::Applicant, u"李秀兰"_s, u"11010519491231002X"_s,
                           u"13812345678"_s)
                  << party(PartyRole::Respondent, u"王强"_s, QString(), u"13987654321"_s);
        c.mediatorIds = {m_mediatorId};
        return c;
    }
    MediationCase created() {
        auto stored = mediation().createCase(draft());
        EXPECT_TRUE(stored.ok()) << stored.error().message.toStdString();
        return stored.value();
    }
    static SignatureInput pad(SignatureRole role, int slot = 0) {
        SignatureInput input;
        input.role = role;
        input.slot = slot;
        const auto strokes = SignatureStrokes::synthesize(u"调解%1%2"_s.arg(int(role)).arg(slot));
        input.strokes = strokes.toJson();
        input.imagePng = strokes.renderPng(QSize(300, 100));
        return input;
    }
    MediationAgreement terms() const {
        MediationAgreement agreement;
        agreement.liability = u"双方均有责任"_s;
        agreement.terms = u"王强于三十日内返还彩礼人民币五万元"_s;
        agreement.performanceMethod = u"银行转账"_s;
        agreement.performancePlace = u"派出所调解室"_s;
        agreement.performanceDeadline = QDate(2026, 4, 15);
        return agreement;
    }
    // An agreement with terms, signed by both parties and the mediator.
    MediationCase signedCase() {
        MediationCase c = created();
        auto saved = mediation().saveAgreement(c.id, c.rowVersion, terms());
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        c = saved.value();
        for (int slot = 0; slot < 2; ++slot) {
            auto party = mediation().sign(c.id, c.rowVersion, pad(SignatureRole::Party, slot));
            EXPECT_TRUE(party.ok()) << party.error().message.toStdString();
            c = *mediation().mediationCase(c.id);
        }
        auto mediator = mediation().sign(c.id, c.rowVersion, pad(SignatureRole::Officer),
                                         pw(kMediatorPassword));
        EXPECT_TRUE(mediator.ok()) << mediator.error().message.toStdString();
        return *mediation().mediationCase(c.id);
    }
    MediationCase sealedCase() {
        MediationCase c = signedCase();
        auto sealed = mediation().sealAgreement(c.id, c.rowVersion);
        EXPECT_TRUE(sealed.ok()) << sealed.error().message.toStdString();
        return sealed.value();
    }
    QStringList numbers(const Result<QList<MediationSummary>> &list) {
        QStringList found;
        EXPECT_TRUE(list.ok()) << list.error().message.toStdString();
        for (const MediationSummary &summary : list.value()) {
            found << summary.number;
        }
        return found;
    }

    FixedClock *m_clock = nullptr;
    std::unique_ptr<Application> m_app;
    qint64 m_mediatorId = 0;
    qint64 m_chiefId = 0;
};

TEST_P(MediationServiceTest, ACaseIsNumberedPerStationYearAndAudited) {
    MediationCase first = created();
    EXPECT_EQ(first.number, u"TJ-2026-0001"_s);
    EXPECT_EQ(first.openedAt, kFixedNowMs);
    EXPECT_EQ(first.status, MediationStatus::Open);
    EXPECT_EQ(first.parties.size(), 2);
    EXPECT_EQ(first.mediatorNames, QStringList{u"周杰"_s});
    EXPECT_EQ(created().number, u"TJ-2026-0002"_s);
    EXPECT_EQ(auditRows(u"mediation.create"_s), 2);
    // 2026-12-31 20:00 UTC is already 2027 at the station.
    m_clock->set(
        QDateTime(QDate(2026, 12, 31), QTime(20, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(created().number, u"TJ-2027-0001"_s);
    auto found = mediation().caseByNumber(u"TJ-2026-0002"_s);
    SD_ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
}

TEST_P(MediationServiceTest, AnInvalidIdentityNumberIsRefusedAndNothingIsSaved) {
    MediationCase bad = draft();
    bad.parties[0].documentNumber = u"110105194912310021"_s; // wrong check digit
    auto refused = mediation().createCase(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().field, u"party.0.document_number"_s);
    EXPECT_EQ(countRows(u"mediation_case"_s), 0);
    EXPECT_EQ(countRows(u"mediation_party"_s), 0);
    EXPECT_EQ(auditRows(u"mediation.create"_s), 0);

    MediationCase c = created();
    MediationCase edit = c;
    edit.parties[1].phone = u"12345"_s;
    auto phone = mediation().updateCase(edit);
    ASSERT_FALSE(phone.ok());
    EXPECT_EQ(phone.error().field, u"party.1.phone"_s);
    edit = c;
    edit.parties[1].documentNumber = u"123"_s;
    auto id = mediation().updateCase(edit);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().field, u"party.1.document_number"_s);
    auto stored = mediation().mediationCase(c.id);
    EXPECT_EQ(stored->rowVersion, c.rowVersion);
    EXPECT_EQ(stored->parties, c.parties);
}

TEST_P(MediationServiceTest, AHighRiskCaseNeedsAStationLeaderAndIsOnTheChiefsView) {
    MediationCase high = draft();
    high.risk = RiskGrade::High;
    high.riskReason = u"一方扬言报复"_s;
    auto noLeader = mediation().createCase(high);
    ASSERT_FALSE(noLeader.ok());
    EXPECT_EQ(noLeader.error().field, u"owning_leader"_s);
    high.owningLeaderId = m_mediatorId; // an officer, not a leader
    auto notLeader = mediation().createCase(high);
    ASSERT_FALSE(notLeader.ok());
    EXPECT_EQ(notLeader.error().field, u"owning_leader"_s);
    EXPECT_EQ(countRows(u"mediation_case"_s), 0);
    MediationCase noReason = draft();
    noReason.risk = RiskGrade::Medium;
    EXPECT_EQ(mediation().createCase(noReason).error().field, u"risk_reason"_s);

    auto leaders = mediation().stationLeaders();
    SD_ASSERT_OK(leaders);
    ASSERT_EQ(leaders->size(), 1);
    EXPECT_EQ(leaders->first().id, m_chiefId);
    high.owningLeaderId = m_chiefId;
    auto owned = mediation().createCase(high);
    SD_ASSERT_OK(owned);
    EXPECT_EQ(owned->owningLeaderName, u"周建国"_s);
    created(); // a low-risk case is not on the chief's view
    auto view = mediation().leaderCases();
    EXPECT_EQ(numbers(view), QStringList{owned->number});
    EXPECT_EQ(view->first().owningLeaderName, u"周建国"_s);
    EXPECT_EQ(numbers(mediation().leaderCases(m_chiefId)), QStringList{owned->number});

    // Until closed.
    auto outcome =
        mediation().setOutcome(owned->id, owned->rowVersion, MediationOutcome::Withdrawn);
    SD_ASSERT_OK(outcome);
    SD_ASSERT_OK(mediation().close(outcome->id, outcome->rowVersion));
    EXPECT_TRUE(numbers(mediation().leaderCases()).isEmpty());
}

TEST_P(MediationServiceTest, ACaseFromAnAlertCarriesItOverAndRefersTheAlert) {
    Unit office;
    office.kind = UnitKind::CommunityOffice;
    office.name = u"幸福社区警务室"_s;
    office.leaderId = m_mediatorId;
    office.memberIds = {m_mediatorId};
    SD_ASSERT_OK(m_app->accounts().login(u"031034"_s, pw("Station-Admin-2026")));
    auto unit = m_app->organisation().addUnit(office);
    SD_ASSERT_OK(unit);
    auto area = m_app->organisation().addArea({0, unit->id, u"幸福小区"_s, {}});
    SD_ASSERT_OK(area);
    SD_ASSERT_OK(m_app->accounts().login(u"031031"_s, pw(kMediatorPassword)));
    Alert alert;
    alert.receivedAt = kFixedNowMs - 3600 * 1000;
    alert.category = AlertCategory::Dispute;
    alert.areaId = area->id;
    alert.location = u"幸福路12号"_s;
    alert.summary = u"彩礼纠纷，双方争执"_s;
    alert.callerName = u"李秀兰"_s;
    alert.callerPhone = u"13812345678"_s;
    alert.officerIds = {m_mediatorId};
    auto stored = m_app->alerts().addAlert(alert);
    SD_ASSERT_OK(stored);

    auto c = mediation().createFromAlert(stored->id, DisputeType::BetrothalGift);
    SD_ASSERT_OK(c);
    EXPECT_EQ(c->source, MediationSource::Alert);
    EXPECT_EQ(c->alertNumber, stored->number);
    EXPECT_EQ(c->facts, u"彩礼纠纷，双方争执"_s);
    EXPECT_EQ(c->areaName, u"幸福小区"_s);
    EXPECT_EQ(c->location, u"幸福路12号"_s);
    EXPECT_EQ(c->mediatorIds, QList<qint64>{m_mediatorId});
    ASSERT_EQ(c->parties.size(), 1);
    EXPECT_EQ(c->parties[0].role, PartyRole::Applicant);
    EXPECT_EQ(c->parties[0].phone, u"13812345678"_s);
    EXPECT_EQ(m_app->alerts().alert(stored->id)->status, AlertStatus::ReferredToMediation);
    EXPECT_EQ(auditRows(u"alert.update"_s), 1);

    // A second open case for the same alert is refused, and leaves nothing behind.
    auto again = mediation().createFromAlert(stored->id, DisputeType::Other);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, u"alert"_s);
    EXPECT_TRUE(again.error().message.contains(c->number));
    EXPECT_EQ(countRows(u"mediation_case"_s), 1);
    EXPECT_EQ(mediation().byArea(area->id)->size(), 1);
    EXPECT_EQ(mediation().byMediator(m_mediatorId)->size(), 1);

    // The alert counts as its own case's source, not as a repeat; a second alert at the
    // address 60 days earlier is a possible repeat, one 100 days earlier is not.
    Alert earlier = alert;
    earlier.receivedAt = kFixedNowMs - 60LL * 24 * 3600 * 1000;
    earlier.callerName = u"张三"_s;
    earlier.callerPhone = u"13700000000"_s;
    auto near = m_app->alerts().addAlert(earlier);
    SD_ASSERT_OK(near);
    earlier.receivedAt = kFixedNowMs - 100LL * 24 * 3600 * 1000;
    SD_ASSERT_OK(m_app->alerts().addAlert(earlier));
    auto repeats = mediation().possibleRepeats(c.value());
    SD_ASSERT_OK(repeats);
    ASSERT_EQ(repeats->size(), 1);
    EXPECT_EQ(repeats->first().alertNumber, near->number);
    EXPECT_EQ(repeats->first().reason, RepeatReason::SameAddress);
    // The same party (name with phone) at another address.
    MediationCase walkIn = draft();
    walkIn.location = u"别处"_s;
    walkIn.parties[0].phone = u"13811112222"_s; // not the first alert's caller
    walkIn.parties[1] = party(PartyRole::Respondent, u"张三"_s, QString(), u"13700000000"_s);
    auto byParty = mediation().possibleRepeats(walkIn);
    SD_ASSERT_OK(byParty);
    ASSERT_EQ(byParty->size(), 1);
    EXPECT_EQ(byParty->first().reason, RepeatReason::SameParty);
    EXPECT_EQ(byParty->first().matched, u"张三"_s);
}

TEST_P(MediationServiceTest, AnAgreementNeedsTermsAndEverySignatureBeforeSealing) {
    MediationCase c = created();
    MediationAgreement empty = terms();
    empty.terms.clear();
    auto saved = mediation().saveAgreement(c.id, c.rowVersion, empty);
    SD_ASSERT_OK(saved);
    EXPECT_EQ(saved->outcome, MediationOutcome::AgreementReached);
    auto unsignable = mediation().sign(saved->id, saved->rowVersion, pad(SignatureRole::Party));
    ASSERT_FALSE(unsignable.ok());
    EXPECT_EQ(unsignable.error().field, u"terms"_s);
    auto noTerms = mediation().sealAgreement(saved->id, saved->rowVersion);
    ASSERT_FALSE(noTerms.ok());
    EXPECT_EQ(noTerms.error().field, u"terms"_s);

    saved = mediation().saveAgreement(saved->id, saved->rowVersion, terms());
    SD_ASSERT_OK(saved);
    SD_ASSERT_OK(mediation().sign(saved->id, saved->rowVersion, pad(SignatureRole::Party, 0)));
    c = *mediation().mediationCase(c.id);
    auto noPassword = mediation().sign(c.id, c.rowVersion, pad(SignatureRole::Officer));
    ASSERT_FALSE(noPassword.ok());
    EXPECT_EQ(noPassword.error().field, u"password"_s);
    SD_ASSERT_OK(
        mediation().sign(c.id, c.rowVersion, pad(SignatureRole::Officer), pw(kMediatorPassword)));
    c = *mediation().mediationCase(c.id);
    auto missing = mediation().sealAgreement(c.id, c.rowVersion);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, u"signatures"_s);
    EXPECT_TRUE(missing.error().message.contains(u"王强"_s));
    EXPECT_FALSE(mediation().mediationCase(c.id)->agreementSealed());
    EXPECT_EQ(auditRows(u"mediation.seal"_s), 0);

    // Changing the terms drops the signatures made over the old ones.
    MediationAgreement changed = terms();
    changed.terms += u"，分两期支付"_s;
    auto resaved = mediation().saveAgreement(c.id, c.rowVersion, changed);
    SD_ASSERT_OK(resaved);
    EXPECT_TRUE(resaved->agreement->signatures.isEmpty());
}

TEST_P(MediationServiceTest, ASealedAgreementIsFixedAndSchedulesTheFirstVisit) {
    MediationCase c = sealedCase();
    ASSERT_TRUE(c.agreementSealed());
    EXPECT_EQ(c.agreement->contentSha256, MediationCanonical::contentSha256(c));
    EXPECT_EQ(c.agreement->signatures.size(), 3);
    ASSERT_EQ(c.followUps.size(), 1);
    EXPECT_EQ(c.followUps[0].dueOn, QDate(2026, 3, 30)); // 15 days after 2026-03-15
    EXPECT_EQ(mediation().nextFollowUp(c), QDate(2026, 3, 30));

    MediationAgreement edit = terms();
    edit.terms = u"事后修改"_s;
    auto refused = mediation().saveAgreement(c.id, c.rowVersion, edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"agreement"_s);
    EXPECT_FALSE(mediation().sign(c.id, c.rowVersion, pad(SignatureRole::Party)).ok());
    EXPECT_FALSE(mediation().removeSignature(c.id, c.rowVersion, SignatureRole::Party, 0).ok());
    MediationCase parties = c;
    parties.parties[1].name = u"王二强"_s;
    auto partyEdit = mediation().updateCase(parties);
    ASSERT_FALSE(partyEdit.ok());
    EXPECT_EQ(partyEdit.error().field, u"agreement"_s);
    auto otherOutcome = mediation().setOutcome(c.id, c.rowVersion, MediationOutcome::Withdrawn);
    ASSERT_FALSE(otherOutcome.ok());
    // The risk may still change.
    MediationCase risk = c;
    risk.risk = RiskGrade::Medium;
    risk.riskReason = u"履行能力存疑"_s;
    SD_ASSERT_OK(mediation().updateCase(risk));
    EXPECT_EQ(mediation().mediationCase(c.id)->agreement->terms, terms().terms);
    auto verified = mediation().verifyAll();
    SD_ASSERT_OK(verified);
    EXPECT_TRUE(verified->isEmpty());
}

TEST_P(MediationServiceTest, AFollowUpBeforeTheAgreementIsRefusedAndANewRiskReopens) {
    MediationCase c = created();
    auto early = mediation().scheduleFollowUp(c.id, c.rowVersion, QDate(2026, 4, 1));
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, u"follow_up"_s);
    c = sealedCase();
    auto before = mediation().scheduleFollowUp(c.id, c.rowVersion, QDate(2026, 3, 14));
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.error().field, u"due_on"_s);
    EXPECT_EQ(mediation().mediationCase(c.id)->followUps.size(), 1);

    m_clock->set(shanghai(2026, 3, 31));
    FollowUpVisit visit;
    visit.visitedAt = kFixedNowMs - 3600 * 1000; // before the agreement was sealed
    visit.visitorId = m_mediatorId;
    auto backdated = mediation().recordFollowUp(c.id, c.rowVersion, c.followUps[0].id, visit);
    ASSERT_FALSE(backdated.ok());
    EXPECT_EQ(backdated.error().field, u"visited_at"_s);
    EXPECT_FALSE(mediation().mediationCase(c.id)->followUps[0].isDone());

    auto closed = mediation().close(c.id, c.rowVersion);
    SD_ASSERT_OK(closed);
    auto twice = mediation().close(closed->id, closed->rowVersion);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().field, u"status"_s);
    EXPECT_EQ(auditRows(u"mediation.close"_s), 1);

    visit.visitedAt = m_clock->nowMs();
    visit.termsCarriedOut = TermsCarriedOut::Partly;
    visit.satisfaction = Satisfaction::Dissatisfied;
    visit.newRisk = true;
    auto noNote = mediation().recordFollowUp(c.id, closed->rowVersion, c.followUps[0].id, visit);
    ASSERT_FALSE(noNote.ok());
    EXPECT_EQ(noNote.error().field, u"new_risk_note"_s);
    visit.newRiskNote = u"男方拒绝继续支付"_s;
    visit.nextDueOn = QDate(2026, 4, 10);
    auto reopened = mediation().recordFollowUp(c.id, closed->rowVersion, c.followUps[0].id, visit);
    SD_ASSERT_OK(reopened);
    EXPECT_EQ(reopened->status, MediationStatus::Open);
    EXPECT_FALSE(reopened->closedAt.has_value());
    ASSERT_EQ(reopened->followUps.size(), 2);
    EXPECT_TRUE(reopened->followUps[0].isDone());
    EXPECT_EQ(reopened->followUps[0].visitorName, u"周杰"_s);
    EXPECT_EQ(mediation().nextFollowUp(reopened.value()), QDate(2026, 4, 10));
    EXPECT_EQ(auditRows(u"mediation.reopen"_s), 1);
    // Recording the same visit again is refused.
    auto again = mediation().recordFollowUp(c.id, reopened->rowVersion, c.followUps[0].id, visit);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().field, u"follow_up"_s);
}

TEST_P(MediationServiceTest, ClosingNeedsAnOutcomeAndASealedAgreementForAgreementReached) {
    MediationCase c = created();
    auto noOutcome = mediation().close(c.id, c.rowVersion);
    ASSERT_FALSE(noOutcome.ok());
    EXPECT_EQ(noOutcome.error().field, u"outcome"_s);
    auto channel = mediation().setOutcome(c.id, c.rowVersion, MediationOutcome::LegalChannels);
    ASSERT_FALSE(channel.ok());
    EXPECT_EQ(channel.error().field, u"legal_channel"_s);
    auto referred = mediation().setOutcome(c.id, c.rowVersion, MediationOutcome::FailedReferred);
    EXPECT_EQ(referred.error().field, u"referred_to"_s);
    auto draftOnly = mediation().saveAgreement(c.id, c.rowVersion, terms());
    SD_ASSERT_OK(draftOnly);
    auto unsealed = mediation().close(draftOnly->id, draftOnly->rowVersion);
    ASSERT_FALSE(unsealed.ok());
    EXPECT_EQ(unsealed.error().field, u"agreement"_s);
    auto court = mediation().setOutcome(draftOnly->id, draftOnly->rowVersion,
                                        MediationOutcome::LegalChannels, LegalChannel::Court);
    SD_ASSERT_OK(court);
    auto closed = mediation().close(court->id, court->rowVersion, u"当事人已起诉"_s);
    SD_ASSERT_OK(closed);
    EXPECT_EQ(closed->status, MediationStatus::Closed);
    EXPECT_EQ(closed->closedAt, kFixedNowMs);
    auto reopened = mediation().reopen(closed->id, closed->rowVersion, u"当事人撤诉"_s);
    SD_ASSERT_OK(reopened);
    EXPECT_FALSE(mediation().reopen(reopened->id, reopened->rowVersion, u"再次"_s).ok());
}

TEST_P(MediationServiceTest, TwoUsersEditingTheSameCaseConflict) {
    MediationCase mine = created();
    MediationCase theirs = mine;
    mine.facts = u"我的修改"_s;
    SD_ASSERT_OK(mediation().updateCase(mine));
    theirs.facts = u"他的修改"_s;
    auto conflict = mediation().updateCase(theirs);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(conflict.error().message.contains(u"周杰"_s));
    MediationSession session;
    session.heldAt = kFixedNowMs;
    session.place = u"调解室"_s;
    auto stale = mediation().addSession(theirs.id, theirs.rowVersion, session);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto stored = mediation().mediationCase(mine.id);
    EXPECT_EQ(stored->facts, u"我的修改"_s);
    EXPECT_TRUE(stored->sessions.isEmpty());
    EXPECT_EQ(countRows(u"mediation_session"_s), 0);

    auto added = mediation().addSession(stored->id, stored->rowVersion, session);
    SD_ASSERT_OK(added);
    ASSERT_EQ(added->sessions.size(), 1);
    EXPECT_EQ(added->sessions[0].place, u"调解室"_s);
    MediationSession noPlace = session;
    noPlace.place.clear();
    EXPECT_EQ(mediation().addSession(added->id, added->rowVersion, noPlace).error().field,
              u"session.place"_s);
}

TEST_P(MediationServiceTest, OverdueIsCountedInStationDaysAcrossTheYearEnd) {
    // Opened 2026-12-20 at the station; 30 days later is 2027-01-19.
    m_clock->set(shanghai(2026, 12, 20, 9));
    MediationCase c = created();
    EXPECT_EQ(mediation().deadline(c), QDate(2027, 1, 19));
    m_clock->set(shanghai(2027, 1, 19, 23, 59));
    EXPECT_FALSE(mediation().isOverdue(c));
    EXPECT_TRUE(numbers(mediation().overdueCases()).isEmpty());
    // Past midnight at the station, though still 2027-01-19 in UTC.
    m_clock->set(shanghai(2027, 1, 20, 0, 1));
    EXPECT_TRUE(mediation().isOverdue(*mediation().mediationCase(c.id)));
    const auto overdue = mediation().overdueCases();
    EXPECT_EQ(numbers(overdue), QStringList{c.number});
    EXPECT_TRUE(overdue->first().overdue);
    EXPECT_EQ(overdue->first().deadline, QDate(2027, 1, 19));
    MediationFilter filter;
    filter.overdueOnly = true;
    EXPECT_EQ(mediation().count(filter).value(), 1);
}

TEST_P(MediationServiceTest, OverdueAcrossAMonthEndAndClosedCasesAreNeverOverdue) {
    // Opened 2026-01-31 at 07:00 station time (still 2026-01-30 in UTC): due by 2026-03-02.
    m_clock->set(shanghai(2026, 1, 31, 7));
    MediationCase c = created();
    EXPECT_EQ(mediation().deadline(c), QDate(2026, 3, 2));
    m_clock->set(shanghai(2026, 3, 2, 23));
    EXPECT_TRUE(numbers(mediation().overdueCases()).isEmpty());
    m_clock->set(shanghai(2026, 3, 3, 1));
    EXPECT_EQ(numbers(mediation().overdueCases()), QStringList{c.number});
    auto withdrawn = mediation().setOutcome(c.id, c.rowVersion, MediationOutcome::Withdrawn);
    SD_ASSERT_OK(withdrawn);
    SD_ASSERT_OK(mediation().close(withdrawn->id, withdrawn->rowVersion));
    EXPECT_TRUE(numbers(mediation().overdueCases()).isEmpty());
    EXPECT_TRUE(numbers(mediation().openCases()).isEmpty());
}

TEST_P(MediationServiceTest, FollowUpsDueAreListedAcrossMonthAndYearEnds) {
    // Sealed 2026-12-20: the first visit is due 2027-01-04.
    m_clock->set(shanghai(2026, 12, 20, 15));
    MediationCase december = sealedCase();
    ASSERT_EQ(december.followUps.size(), 1);
    EXPECT_EQ(december.followUps[0].dueOn, QDate(2027, 1, 4));
    m_clock->set(shanghai(2026, 12, 27, 23, 30));
    EXPECT_TRUE(numbers(mediation().followUpsDueWithin(7)).isEmpty());
    m_clock->set(shanghai(2026, 12, 28, 0, 30));
    EXPECT_EQ(numbers(mediation().followUpsDueWithin(7)), QStringList{december.number});

    // Sealed 2027-01-25: due 2027-02-09, within a week from 2027-02-02 but not 02-01.
    m_clock->set(shanghai(2027, 1, 25, 11));
    MediationCase january = sealedCase();
    EXPECT_EQ(january.followUps[0].dueOn, QDate(2027, 2, 9));
    m_clock->set(shanghai(2027, 2, 1, 12));
    // December's visit is past due and still listed.
    EXPECT_EQ(numbers(mediation().followUpsDueWithin(7)), QStringList{december.number});
    m_clock->set(shanghai(2027, 2, 2, 12));
    const auto due = mediation().followUpsDueWithin(7);
    EXPECT_EQ(numbers(due), (QStringList{january.number, december.number}));
    EXPECT_EQ(due->first().nextFollowUp, QDate(2027, 2, 9));

    // A recorded visit is no longer due.
    FollowUpVisit visit;
    visit.visitedAt = m_clock->nowMs();
    visit.visitorId = m_mediatorId;
    SD_ASSERT_OK(mediation().recordFollowUp(december.id, december.rowVersion,
                                            december.followUps[0].id, visit));
    EXPECT_EQ(numbers(mediation().followUpsDueWithin(7)), QStringList{january.number});
}

TEST_P(MediationServiceTest, VerifyCatchesAnEditedAgreementAndNamesTheCase) {
    MediationCase c = sealedCase();
    SD_ASSERT_OK(mediation().verifyAll());
    EXPECT_TRUE(mediation().verifyAll()->isEmpty());
    SD_ASSERT_OK(runSql(raw(), u"UPDATE mediation_agreement SET terms = ? WHERE case_id = ?"_s,
                        {u"王强无需返还彩礼"_s, c.id}));
    auto problems = mediation().verifyAll();
    SD_ASSERT_OK(problems);
    ASSERT_FALSE(problems->isEmpty());
    EXPECT_EQ(problems->first().number, c.number);

    // A signature image swapped underneath is caught as well.
    MediationCase other = sealedCase();
    SD_ASSERT_OK(runSql(raw(),
                        u"UPDATE record_signature SET printed_name = ? WHERE record_kind = "
                        u"'mediation' AND record_id = ? AND role = 'party' AND slot = 1"_s,
                        {u"张冒名"_s, other.id}));
    QStringList named;
    for (const RecordProblem &problem : mediation().verifyAll().value()) {
        named << problem.number;
    }
    EXPECT_TRUE(named.contains(other.number));
}

TEST_P(MediationServiceTest, HistoryFindsAPersonsAndAnAddresssCases) {
    MediationCase first = created();
    MediationCase elsewhere = draft();
    elsewhere.location = u"和平街3号"_s;
    elsewhere.parties[0] = party(PartyRole::Applicant, u"赵六"_s, QString(), u"13600000000"_s);
    auto second = mediation().createCase(elsewhere);
    SD_ASSERT_OK(second);
    MediationHistoryQuery byId;
    byId.documentNumber = u"11010519491231002x"_s;
    EXPECT_EQ(numbers(mediation().history(byId)), QStringList{first.number});
    MediationHistoryQuery byPhone;
    byPhone.name = u"王强"_s;
    byPhone.phone = u"13987654321"_s;
    EXPECT_EQ(numbers(mediation().history(byPhone)), (QStringList{second->number, first.number}));
    MediationHistoryQuery byAddress;
    byAddress.location = u"和平街3号"_s;
    EXPECT_EQ(numbers(mediation().history(byAddress)), QStringList{second->number});
    EXPECT_TRUE(numbers(mediation().history({})).isEmpty());
}

TEST_P(MediationServiceTest, TheFirstVisitStoresNoProseSoEachReaderSeesTheirLanguage) {
    const MediationCase c = sealedCase();
    ASSERT_EQ(c.followUps.size(), 1);
    // Nothing in the sealing user's language is stored...
    auto stored =
        scalarSql(raw(), u"SELECT plan FROM mediation_follow_up WHERE case_id = ?"_s, {c.id});
    SD_ASSERT_OK(stored);
    EXPECT_EQ(stored->toString(), QString());
    EXPECT_TRUE(c.followUps.constFirst().plan.isEmpty());
    // ...and the reader's default stands in for it; a typed plan is shown as typed.
    EXPECT_EQ(followUpPlanText(c.followUps, 0), u"First follow-up visit"_s);
    auto second = mediation().scheduleFollowUp(c.id, c.rowVersion, QDate(2026, 4, 30));
    SD_ASSERT_OK(second);
    auto third =
        mediation().scheduleFollowUp(c.id, second->rowVersion, QDate(2026, 5, 30), u"电话回访"_s);
    SD_ASSERT_OK(third);
    ASSERT_EQ(third->followUps.size(), 3);
    EXPECT_EQ(followUpPlanText(third->followUps, 0), u"First follow-up visit"_s);
    EXPECT_EQ(followUpPlanText(third->followUps, 1), u"Follow-up visit"_s);
    EXPECT_EQ(followUpPlanText(third->followUps, 2), u"电话回访"_s);
    EXPECT_EQ(followUpPlanText(third->followUps, 3), QString());
}

TEST_P(MediationServiceTest, TheMigrationClearsThePlanProseVersion8Stored) {
    const MediationCase c = sealedCase();
    // What version 8 stored when the agreement was sealed, beside a plan someone typed.
    SD_ASSERT_OK(runSql(raw(), u"UPDATE mediation_follow_up SET plan = ? WHERE case_id = ?"_s,
                        {u"First follow-up visit"_s, c.id}));
    SD_ASSERT_OK(
        mediation().scheduleFollowUp(c.id, c.rowVersion, QDate(2026, 4, 30), u"电话回访"_s));
    // Back to version 8 as the migrator sees it (it reads the highest applied version), then
    // migration 9 alone, so later migrations neither mask nor repeat it.
    SD_ASSERT_OK(runSql(raw(), u"DELETE FROM schema_version WHERE version >= 9"_s, {}));
    SD_ASSERT_OK(Migrator(m_app->database()).migrate(9));
    auto plans = runSql(
        raw(), u"SELECT plan FROM mediation_follow_up WHERE case_id = ? ORDER BY due_on"_s, {c.id});
    SD_ASSERT_OK(plans);
    QStringList stored;
    while (plans->next()) {
        stored << plans->value(0).toString();
    }
    EXPECT_EQ(stored, (QStringList{QString(), u"电话回访"_s}));
}

TEST_P(MediationServiceTest, TheMediatorIsTheLoggedInPersonEvenAfterTheBadgeChanged) {
    // The mediator's badge is corrected at another desk while they are logged in here.
    SD_ASSERT_OK(
        runSql(raw(), u"UPDATE person SET badge_no = '031099' WHERE id = ?"_s, {m_mediatorId}));
    ASSERT_EQ(m_app->session().actor().badgeNo, u"031031"_s);
    const MediationCase c = signedCase();
    ASSERT_TRUE(c.agreement.has_value());
    ASSERT_EQ(c.agreement->signatures.size(), 3);
    for (const Signature &signature : c.agreement->signatures) {
        if (signature.role == SignatureRole::Officer) {
            EXPECT_EQ(signature.personId, m_mediatorId);
            EXPECT_EQ(signature.printedName, u"周杰"_s);
        }
    }
    EXPECT_EQ(c.mediatorBadges, QStringList{u"031099"_s});

    // Someone who is not one of the case's mediators still cannot sign as the mediator.
    SD_ASSERT_OK(m_app->accounts().login(u"031001"_s, pw("Station-Chief-2026")));
    MediationCase other = created();
    auto saved = mediation().saveAgreement(other.id, other.rowVersion, terms());
    SD_ASSERT_OK(saved);
    auto refused = mediation().sign(other.id, saved->rowVersion, pad(SignatureRole::Officer),
                                    pw("Station-Chief-2026"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"signature"_s);
}

TEST_P(MediationServiceTest, PreviewPrintAndPdfOfTheSummaryAreAuditedAsWhatTheyAre) {
    const MediationCase c = created();
    for (const QString &action : {u"summary_preview"_s, u"summary_print"_s, u"summary_pdf"_s,
                                  u"print_preview"_s, u"print"_s, u"pdf"_s}) {
        SD_ASSERT_OK(mediation().recordOutput(c.id, action));
        EXPECT_EQ(auditRows(u"mediation."_s + action), 1) << action.toStdString();
    }
    auto refused = mediation().recordOutput(c.id, u"fax"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"action"_s);
    EXPECT_EQ(auditRows(u"mediation.fax"_s), 0);
}

SD_INSTANTIATE_ENGINES(MediationServiceTest);
