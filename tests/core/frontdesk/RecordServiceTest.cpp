#include "EngineTest.h"
#include "core/frontdesk/RecordCanonical.h"
#include "core/kernel/storage/Sql.h"
#include "core/signatures/SignatureStrokes.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

namespace {
Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}
const char *kOfficerPassword = "Officer-Front-77";
} // namespace

class RecordServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        m_officerId = addPerson(u"031031"_s, u"周杰"_s);
        addPerson(u"031034"_s, u"管理员"_s);
        SD_ASSERT_OK(m_app->accounts().createFirstAdmin(u"031034"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"031031"_s, Role::Officer, pw(kOfficerPassword)));
        SD_ASSERT_OK(m_app->accounts().login(u"031031"_s, pw(kOfficerPassword)));
        Alert alert;
        alert.receivedAt = kFixedNowMs - 3600 * 1000;
        alert.category = AlertCategory::Dispute;
        alert.summary = u"邻里因噪音发生纠纷"_s;
        alert.callerName = u"李秀兰"_s;
        alert.callerPhone = u"13812345678"_s;
        alert.officerIds = {m_officerId};
        auto stored = m_app->alerts().addAlert(alert);
        SD_ASSERT_OK(stored);
        m_alertId = stored->id;
    }
    qint64 addPerson(const QString &badge, const QString &name) {
        Person person;
        person.badgeNo = badge;
        person.name = name;
        auto stored = m_app->organisation().addPerson(person);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }
    RecordService &records() { return m_app->records(); }
    // A draft with every field filled and one party, ready to sign.
    OnSceneRecord completeDraft() {
        auto draft = records().createFromAlert(m_alertId);
        EXPECT_TRUE(draft.ok());
        OnSceneRecord record = draft.value();
        record.eligibleCase = EligibleCase::MediatedDispute;
        record.handling = u"现场调解"_s;
        record.result = u"双方和解"_s;
        record.parties[0].sex = Sex::Female;
        record.parties[0].documentNumber = u"11010519491231002X"_s;
        auto saved = records().saveDraft(record);
        EXPECT_TRUE(saved.ok()) << saved.error().message.toStdString();
        return saved.value();
    }
    static SignatureInput pad(SignatureRole role, int slot = 0) {
        SignatureInput input;
        input.role = role;
        input.slot = slot;
        const auto strokes = SignatureStrokes::synthesize(u"签名%1%2"_s.arg(int(role)).arg(slot));
        input.strokes = strokes.toJson();
        input.imagePng = strokes.renderPng(QSize(300, 100));
        return input;
    }
    // Signs as party 0 and officer; returns the record as it then stands.
    OnSceneRecord signPartyAndOfficer(OnSceneRecord record) {
        EXPECT_TRUE(records().sign(record.id, record.rowVersion, pad(SignatureRole::Party)).ok());
        record = *records().record(record.id);
        auto officer = records().sign(record.id, record.rowVersion, pad(SignatureRole::Officer),
                                      pw(kOfficerPassword));
        EXPECT_TRUE(officer.ok()) << officer.error().message.toStdString();
        return *records().record(record.id);
    }
    QSqlDatabase raw() { return m_app->database().connection(); }
    std::unique_ptr<Application> m_app;
    qint64 m_officerId = 0;
    qint64 m_alertId = 0;
};

TEST_P(RecordServiceTest, ADraftStartsFromTheAlertAndIsStoredAsTyped) {
    auto draft = records().createFromAlert(m_alertId);
    SD_ASSERT_OK(draft);
    EXPECT_EQ(draft->number, u"CJ-2026-000001"_s);
    EXPECT_EQ(draft->officerIds, QList<qint64>{m_officerId});
    ASSERT_EQ(draft->parties.size(), 1);
    EXPECT_EQ(draft->parties[0].name, u"李秀兰"_s);
    EXPECT_EQ(draft->facts, u"邻里因噪音发生纠纷"_s);
    // Opening it again finds the same draft.
    EXPECT_EQ(records().createFromAlert(m_alertId)->id, draft->id);

    OnSceneRecord edited = draft.value();
    edited.parties[0].documentNumber = u"110105194912310021"_s; // wrong check digit
    auto saved = records().saveDraft(edited);
    SD_ASSERT_OK(saved);
    EXPECT_EQ(saved->parties[0].documentNumber, u"110105194912310021"_s);
    QStringList fields;
    for (const Error &problem : records().problems(saved.value())) {
        fields << problem.field;
    }
    EXPECT_TRUE(fields.contains(u"eligible_case"_s));
    EXPECT_TRUE(fields.contains(u"party.0.document_number"_s));
    auto refused = records().sign(saved->id, saved->rowVersion, pad(SignatureRole::Party));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
}

TEST_P(RecordServiceTest, ADotOrDamagedStrokesAreNotASignature) {
    OnSceneRecord record = completeDraft();
    SignatureInput dot = pad(SignatureRole::Party);
    SignatureStrokes single;
    single.beginStroke({100, 100, 0, {}});
    dot.strokes = single.toJson();
    auto refused = records().sign(record.id, record.rowVersion, dot);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"signature"_s);
    SignatureInput damaged = pad(SignatureRole::Party);
    damaged.strokes = "{\"version\":1,\"strokes\":[[[1,2";
    EXPECT_FALSE(records().sign(record.id, record.rowVersion, damaged).ok());
    SignatureInput noImage = pad(SignatureRole::Party);
    noImage.imagePng = "not a png";
    EXPECT_FALSE(records().sign(record.id, record.rowVersion, noImage).ok());
    EXPECT_TRUE(records().record(record.id)->signatures.isEmpty());
}

TEST_P(RecordServiceTest, TheOfficerSignsWithTheirPasswordAndOnlyTheirOwnName) {
    OnSceneRecord record = completeDraft();
    auto noPassword = records().sign(record.id, record.rowVersion, pad(SignatureRole::Officer));
    ASSERT_FALSE(noPassword.ok());
    EXPECT_EQ(noPassword.error().field, u"password"_s);
    auto wrong = records().sign(record.id, record.rowVersion, pad(SignatureRole::Officer),
                                pw("not-my-password"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, u"password"_s);
    auto good = records().sign(record.id, record.rowVersion, pad(SignatureRole::Officer),
                               pw(kOfficerPassword));
    SD_ASSERT_OK(good);
    EXPECT_EQ(good->printedName, u"周杰"_s);
    EXPECT_EQ(good->signedAt, kFixedNowMs);
    EXPECT_EQ(good->contentSha256, RecordCanonical::contentSha256(record));
    EXPECT_FALSE(good->meaning.isEmpty());
    // A stale row version (the signature bumped it) is a conflict.
    auto stale = records().sign(record.id, record.rowVersion, pad(SignatureRole::Party));
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
}

TEST_P(RecordServiceTest, ChangingSignedContentDropsTheSignaturesMadeOverIt) {
    OnSceneRecord record = signPartyAndOfficer(completeDraft());
    EXPECT_EQ(record.signatures.size(), 2);
    EXPECT_TRUE(records().missingSignatures(record).isEmpty());
    record.result = u"双方和解，并握手言和"_s;
    auto saved = records().saveDraft(record);
    SD_ASSERT_OK(saved);
    EXPECT_TRUE(saved->signatures.isEmpty());
    EXPECT_EQ(records().missingSignatures(saved.value()).size(), 2);
}

TEST_P(RecordServiceTest, SealingNeedsEverySignatureThenRefusesEveryEdit) {
    OnSceneRecord record = completeDraft();
    SD_ASSERT_OK(records().sign(record.id, record.rowVersion, pad(SignatureRole::Party)));
    record = *records().record(record.id);
    auto early = records().seal(record.id, record.rowVersion);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().field, u"signatures"_s);
    record = signPartyAndOfficer(record);
    auto sealed = records().seal(record.id, record.rowVersion);
    SD_ASSERT_OK(sealed);
    EXPECT_EQ(sealed->status, RecordStatus::Sealed);
    EXPECT_EQ(sealed->contentSha256, RecordCanonical::contentSha256(sealed.value()));
    EXPECT_EQ(m_app->alerts().alert(m_alertId)->status, AlertStatus::ResolvedOnScene);

    OnSceneRecord edit = sealed.value();
    edit.facts = u"事后修改"_s;
    auto refused = records().saveDraft(edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"status"_s);
    EXPECT_FALSE(records().sign(edit.id, edit.rowVersion, pad(SignatureRole::Party)).ok());
    EXPECT_FALSE(records().discardDraft(edit.id, edit.rowVersion).ok());
    EXPECT_FALSE(records().removeSignature(edit.id, edit.rowVersion, SignatureRole::Party, 0).ok());
    EXPECT_EQ(records().record(edit.id)->facts, u"邻里因噪音发生纠纷"_s);
    // A second record for the same alert is refused: corrections are amendments.
    auto second = records().createFromAlert(m_alertId);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(sealed->number));
    auto verified = records().verifyAll();
    SD_ASSERT_OK(verified);
    EXPECT_TRUE(verified->isEmpty());
}

TEST_P(RecordServiceTest, ARefusalNeedsAReasonAndAWitnessSignature) {
    OnSceneRecord record = completeDraft();
    record.parties[0].refusedToSign = true;
    auto saved = records().saveDraft(record);
    SD_ASSERT_OK(saved);
    QStringList fields;
    for (const Error &problem : records().problems(saved.value())) {
        fields << problem.field;
    }
    EXPECT_EQ(fields, (QStringList{u"party.0.refusal_reason"_s, u"witness"_s}));
    record = saved.value();
    record.parties[0].refusalReason = u"当事人称不识字，拒绝签名"_s;
    record.witness.name = u"路人甲"_s;
    record.witness.phone = u"13900001111"_s;
    record = *records().saveDraft(record);
    EXPECT_FALSE(records().sign(record.id, record.rowVersion, pad(SignatureRole::Party)).ok());
    SD_ASSERT_OK(records().sign(record.id, record.rowVersion, pad(SignatureRole::Officer),
                                pw(kOfficerPassword)));
    record = *records().record(record.id);
    EXPECT_EQ(records().missingSignatures(record).size(), 1); // the witness
    SD_ASSERT_OK(records().sign(record.id, record.rowVersion, pad(SignatureRole::Witness)));
    record = *records().record(record.id);
    SD_ASSERT_OK(records().seal(record.id, record.rowVersion));
}

TEST_P(RecordServiceTest, AnAmendmentLinksToTheOriginalAndShowsWhatChanged) {
    OnSceneRecord record = signPartyAndOfficer(completeDraft());
    auto sealed = records().seal(record.id, record.rowVersion);
    SD_ASSERT_OK(sealed);
    EXPECT_FALSE(records().amend(sealed->id, u" "_s).ok());
    auto amendment = records().amend(sealed->id, u"结果记录有误"_s);
    SD_ASSERT_OK(amendment);
    EXPECT_EQ(amendment->amendsId, sealed->id);
    EXPECT_EQ(amendment->amendsNumber, sealed->number);
    EXPECT_NE(amendment->number, sealed->number);
    EXPECT_TRUE(amendment->signatures.isEmpty());
    OnSceneRecord corrected = amendment.value();
    corrected.result = u"双方和解，赔偿200元"_s;
    corrected = *records().saveDraft(corrected);
    auto changes = records().changes(corrected);
    SD_ASSERT_OK(changes);
    ASSERT_EQ(changes->size(), 1);
    EXPECT_EQ(changes->first().before, u"双方和解"_s);
    EXPECT_EQ(changes->first().after, u"双方和解，赔偿200元"_s);
    corrected = signPartyAndOfficer(corrected);
    SD_ASSERT_OK(records().seal(corrected.id, corrected.rowVersion));
    EXPECT_EQ(records().record(sealed->id)->result, u"双方和解"_s);
}

TEST_P(RecordServiceTest, VerifyNamesARecordChangedInTheDatabaseOrGivenAnotherSignature) {
    OnSceneRecord first = signPartyAndOfficer(completeDraft());
    auto sealedFirst = records().seal(first.id, first.rowVersion);
    SD_ASSERT_OK(sealedFirst);
    // A second sealed record on another alert.
    Alert other;
    other.receivedAt = kFixedNowMs - 7200 * 1000;
    other.summary = u"求助"_s;
    other.callerName = u"王强"_s;
    other.officerIds = {m_officerId};
    auto otherAlert = m_app->alerts().addAlert(other);
    SD_ASSERT_OK(otherAlert);
    m_alertId = otherAlert->id;
    OnSceneRecord second = signPartyAndOfficer(completeDraft());
    auto sealedSecond = records().seal(second.id, second.rowVersion);
    SD_ASSERT_OK(sealedSecond);
    EXPECT_TRUE(records().verifyAll()->isEmpty());

    SD_ASSERT_OK(runSql(raw(), u"UPDATE onscene_record SET result = '未和解' WHERE id = ?"_s,
                        {sealedFirst->id}));
    auto problems = records().verifyAll();
    SD_ASSERT_OK(problems);
    ASSERT_FALSE(problems->isEmpty());
    for (const RecordProblem &problem : problems.value()) {
        EXPECT_EQ(problem.number, sealedFirst->number);
    }

    SD_ASSERT_OK(runSql(raw(), u"UPDATE onscene_record SET result = '双方和解' WHERE id = ?"_s,
                        {sealedFirst->id}));
    EXPECT_TRUE(records().verifyAll()->isEmpty());
    // Move the second record's officer signature over to the first.
    SD_ASSERT_OK(runSql(raw(),
                        u"DELETE FROM record_signature WHERE record_id = ? AND role = 'officer'"_s,
                        {sealedFirst->id}));
    SD_ASSERT_OK(runSql(raw(),
                        u"UPDATE record_signature SET record_id = ? WHERE record_id = ? AND "
                        u"role = 'officer'"_s,
                        {sealedFirst->id, sealedSecond->id}));
    problems = records().verifyAll();
    SD_ASSERT_OK(problems);
    QSet<QString> named;
    for (const RecordProblem &problem : problems.value()) {
        named.insert(problem.number);
    }
    EXPECT_EQ(named, (QSet<QString>{sealedFirst->number, sealedSecond->number}));
}

SD_INSTANTIATE_ENGINES(RecordServiceTest);
