#include "AssessmentFixture.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::AssessmentFixture;

TEST(AssessmentPeriodTest, ParsesMonthsQuartersAndYearsAndRefusesPeriodsThatDoNotExist) {
    auto month = AssessmentPeriod::parse(u"2026-07"_s);
    ASSERT_TRUE(month.ok());
    EXPECT_EQ(month->kind(), PeriodKind::Month);
    EXPECT_EQ(month->shifted(6).toString(), u"2027-01"_s);
    auto quarter = AssessmentPeriod::parse(u"2026-q3"_s);
    ASSERT_TRUE(quarter.ok());
    EXPECT_EQ(quarter->toString(), u"2026-Q3"_s);
    EXPECT_EQ(quarter->shifted(-3).toString(), u"2025-Q4"_s);
    EXPECT_EQ(AssessmentPeriod::parse(u"2026"_s)->kind(), PeriodKind::Year);

    for (const QString &bad :
         {u"2026-13"_s, u"2026-00"_s, u"2026-Q5"_s, u"2026-Q0"_s, u"July"_s, u"26-07"_s, u""_s}) {
        auto refused = AssessmentPeriod::parse(bad);
        ASSERT_FALSE(refused.ok()) << bad.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Validation);
        EXPECT_EQ(refused.error().field, u"period"_s);
    }
    EXPECT_TRUE(AssessmentPeriod::parse(u"2026-13"_s).error().message.contains(u"01 to 12"_s));
    EXPECT_TRUE(AssessmentPeriod::parse(u"2026-Q5"_s).error().message.contains(u"Q1 to Q4"_s));
    EXPECT_FALSE(AssessmentPeriod::parse(u"2026-Q3"_s, PeriodKind::Month).ok());
}

class AssessmentServiceTest : public AssessmentFixture {};

TEST_P(AssessmentServiceTest, ASchemeKeepsItsItemsAndDefaultThresholds) {
    auto schemes = service().schemes();
    SD_ASSERT_OK(schemes);
    ASSERT_EQ(schemes->size(), 2);
    const AssessmentScheme &monthly = schemes->at(0);
    EXPECT_EQ(monthly.code, u"LAW-M"_s);
    EXPECT_EQ(monthly.baseScore, 100);
    EXPECT_EQ(monthly.thresholds, (GradeThresholds{95, 85, 70}));
    ASSERT_EQ(monthly.items.size(), 4);
    EXPECT_EQ(monthly.items.at(1).code, u"FILE"_s);
    EXPECT_EQ(monthly.items.at(1).points, -5);
    EXPECT_EQ(auditCount(u"assessment.scheme.create"_s), 2);
}

TEST_P(AssessmentServiceTest, ThresholdsThatAreNotDescendingAreRefusedAndNothingIsSaved) {
    AssessmentScheme scheme = AssessmentFixture::monthlyScheme();
    scheme.code = u"BAD"_s;
    scheme.thresholds = {90, 90, 70};
    auto refused = service().addScheme(scheme);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().field, u"thresholds"_s);
    EXPECT_TRUE(refused.error().message.contains(u"descending"_s));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM assessment_scheme"_s), 2);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM assessment_item"_s), 8);

    AssessmentScheme edited = m_monthly;
    edited.thresholds = {80, 85, 70};
    auto refusedEdit = service().updateScheme(edited);
    ASSERT_FALSE(refusedEdit.ok());
    EXPECT_EQ(refusedEdit.error().field, u"thresholds"_s);
    EXPECT_EQ(service().scheme(m_monthly.id)->thresholds, (GradeThresholds{95, 85, 70}));
    EXPECT_EQ(auditCount(u"assessment.scheme.update"_s), 0);
}

TEST_P(AssessmentServiceTest, TotalAndGradeAreComputedFromTheEntries) {
    actAsLeader();
    auto sheet = service().createSheet(
        draft(m_monthly, m_units[0], u"2026-07"_s,
              {entry(m_monthly, u"LATE"_s, -2), entry(m_monthly, u"FILE"_s, -5),
               entry(m_monthly, u"PRAISE"_s, 3)}));
    SD_ASSERT_OK(sheet);
    EXPECT_EQ(sheet->total, 96);
    EXPECT_EQ(sheet->grade, Grade::Excellent);
    EXPECT_EQ(sheet->status, SheetStatus::Draft);
    EXPECT_EQ(sheet->subjectName, u"第一探组"_s);
    EXPECT_EQ(sheet->deductionCount, 2);
    ASSERT_EQ(sheet->entries.size(), 3);
    EXPECT_EQ(sheet->entries.at(1).itemCode, u"FILE"_s);
    SD_ASSERT_OK(service().verifySheet(sheet->id));

    ScoreSheet edited = sheet.value();
    edited.entries << entry(m_monthly, u"FILE"_s, -5) << entry(m_monthly, u"FILE"_s, -4);
    auto updated = service().updateSheet(edited);
    SD_ASSERT_OK(updated);
    EXPECT_EQ(updated->total, 87);
    EXPECT_EQ(updated->grade, Grade::Good);
    EXPECT_EQ(auditCount(u"assessment.sheet.create"_s), 1);
    EXPECT_EQ(auditCount(u"assessment.sheet.update"_s), 1);
}

TEST_P(AssessmentServiceTest, PeriodsThatDoNotExistAreRefused) {
    actAsLeader();
    for (const auto &[scheme, period] :
         {std::pair{m_monthly, u"2026-13"_s}, std::pair{m_quarterly, u"2026-Q5"_s},
          std::pair{m_monthly, u"2026-Q3"_s}, std::pair{m_quarterly, u"2026-07"_s}}) {
        auto refused = service().createSheet(draft(scheme, m_units[0], period));
        ASSERT_FALSE(refused.ok()) << period.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::Validation);
        EXPECT_EQ(refused.error().field, u"period"_s);
        EXPECT_TRUE(refused.error().message.contains(period))
            << refused.error().message.toStdString();
    }
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM score_sheet"_s), 0);
}

TEST_P(AssessmentServiceTest, PointsOutsideAnItemsRangeAreRefusedAndNothingIsHalfSaved) {
    actAsLeader();
    struct Case {
        QList<ScoreEntry> entries;
        const char *why;
    };
    const QList<Case> cases = {
        {{entry(m_monthly, u"LATE"_s, -3)}, "more than one occurrence costs"},
        {{entry(m_monthly, u"LATE"_s, 2)}, "a deduction item used as a bonus"},
        {{entry(m_monthly, u"PRAISE"_s, 4)}, "a bonus above its size"},
        {{entry(m_monthly, u"PRAISE"_s, 3), entry(m_monthly, u"PRAISE"_s, 3),
          entry(m_monthly, u"PRAISE"_s, 3)},
         "a bonus past its maximum per period"},
        {{entry(m_monthly, u"GRAVE"_s, -50), entry(m_monthly, u"GRAVE"_s, -50),
          entry(m_monthly, u"FILE"_s, -5)},
         "a total below zero"},
    };
    for (const Case &c : cases) {
        auto refused = service().createSheet(draft(m_monthly, m_units[0], u"2026-07"_s, c.entries));
        ASSERT_FALSE(refused.ok()) << c.why;
        EXPECT_EQ(refused.error().code, ErrorCode::Validation) << c.why;
        EXPECT_EQ(refused.error().field, u"points"_s) << c.why;
    }
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM score_sheet"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM score_entry"_s), 0);

    // The same on an edit: the stored sheet and its entries stay as they were.
    auto sheet = service().createSheet(
        draft(m_monthly, m_units[0], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)}));
    SD_ASSERT_OK(sheet);
    ScoreSheet edited = sheet.value();
    edited.entries = {entry(m_monthly, u"LATE"_s, -2), entry(m_monthly, u"FILE"_s, -6)};
    auto refusedEdit = service().updateSheet(edited);
    ASSERT_FALSE(refusedEdit.ok());
    EXPECT_EQ(refusedEdit.error().field, u"points"_s);
    auto reread = service().sheet(sheet->id);
    EXPECT_EQ(reread->entries.size(), 1);
    EXPECT_EQ(reread->total, 98);
    EXPECT_EQ(reread->rowVersion, sheet->rowVersion);
}

TEST_P(AssessmentServiceTest, ALinkedRecordMustHaveItsRegistersFormAndExist) {
    actAs(u"admin@desk"_s, Role::System);
    Alert alert;
    alert.receivedAt = m_app->clock().nowMs() - 3600 * 1000;
    alert.source = AlertSource::Phone;
    alert.category = AlertCategory::Dispute;
    alert.summary = u"邻里纠纷"_s;
    alert.location = u"云溪路12号"_s;
    auto stored = m_app->alerts().addAlert(alert);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();

    actAsLeader();
    auto linked = [&](std::optional<RecordKind> kind, const QString &number) {
        ScoreEntry late = entry(m_monthly, u"LATE"_s, -2);
        late.recordKind = kind;
        late.recordNumber = number;
        return QList<ScoreEntry>{late};
    };
    struct Case {
        std::optional<RecordKind> kind;
        QString number;
        const char *why;
    };
    const QList<Case> cases = {
        {RecordKind::Alert, u"JQ-2026-12"_s, "too few digits"},
        {RecordKind::Alert, u"CJ-2026-000001"_s, "an on-scene number given as an alert"},
        {RecordKind::Mediation, u"JQ-2026-000001"_s, "an alert number given as a mediation"},
        {RecordKind::Mediation, u"TJ-2026-000001"_s, "six digits where mediation has four"},
        {RecordKind::Mediation, u"TJ-2026-0007"_s, "a mediation case that does not exist"},
        {RecordKind::Alert, u"JQ-1999-000001"_s, "an alert that does not exist"},
        {RecordKind::OnSceneRecord, u"CJ-2026-000001"_s, "a record that does not exist"},
        {RecordKind::Alert, u""_s, "a kind without a number"},
        {std::nullopt, stored->number, "a number without a kind"},
    };
    for (const Case &c : cases) {
        const Status checked = service().checkEntries(m_monthly.id, linked(c.kind, c.number));
        ASSERT_FALSE(checked.ok()) << c.why;
        EXPECT_EQ(checked.error().field, u"record"_s) << c.why;
        auto refused = service().createSheet(
            draft(m_monthly, m_units[0], u"2026-07"_s, linked(c.kind, c.number)));
        ASSERT_FALSE(refused.ok()) << c.why;
        EXPECT_EQ(refused.error().field, u"record"_s) << c.why;
    }
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM score_sheet"_s), 0);

    SD_ASSERT_OK(service().checkEntries(m_monthly.id, linked(RecordKind::Alert, stored->number)));
    auto sheet = service().createSheet(
        draft(m_monthly, m_units[0], u"2026-07"_s, linked(RecordKind::Alert, stored->number)));
    SD_ASSERT_OK(sheet);
    EXPECT_EQ(sheet->entries.at(0).recordNumber, stored->number);
}

TEST_P(AssessmentServiceTest, ASecondSheetForTheSameSchemeSubjectAndPeriodIsRefused) {
    actAsLeader();
    SD_ASSERT_OK(service().createSheet(draft(m_monthly, m_units[0], u"2026-07"_s)));
    auto twice = service().createSheet(
        draft(m_monthly, m_units[0], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)}));
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Validation);
    EXPECT_EQ(twice.error().field, u"period"_s);
    EXPECT_TRUE(twice.error().message.contains(u"第一探组"_s));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM score_sheet"_s), 1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM score_entry"_s), 0);
    // Another unit, period or scheme is a different sheet.
    SD_ASSERT_OK(service().createSheet(draft(m_monthly, m_units[1], u"2026-07"_s)));
    SD_ASSERT_OK(service().createSheet(draft(m_monthly, m_units[0], u"2026-08"_s)));
    SD_ASSERT_OK(service().createSheet(draft(m_quarterly, m_units[0], u"2026-Q3"_s)));
}

TEST_P(AssessmentServiceTest, ApprovalSealsTheSheetAndEveryStepIsAudited) {
    const ScoreSheet approved =
        approvedSheet(m_monthly, m_units[0], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)});
    ASSERT_EQ(approved.status, SheetStatus::Approved);
    EXPECT_EQ(approved.contentHash.size(), 64);
    EXPECT_EQ(approved.approvedBy, u"林志远 (031002)"_s);
    EXPECT_EQ(approved.draftedBy, u"吴海涛 (031011)"_s);
    ASSERT_EQ(approved.reviews.size(), 2);
    EXPECT_EQ(approved.reviews.at(0).action, u"submit"_s);
    EXPECT_EQ(approved.reviews.at(1).action, u"approve"_s);
    SD_ASSERT_OK(service().verifySheet(approved.id));
    EXPECT_EQ(auditCount(u"assessment.sheet.create"_s), 1);
    EXPECT_EQ(auditCount(u"assessment.sheet.submit"_s), 1);
    EXPECT_EQ(auditCount(u"assessment.sheet.approve"_s), 1);

    // Someone changing the stored total behind the service's back is caught.
    SD_ASSERT_OK(runSql(m_app->database().connection(),
                        u"UPDATE score_sheet SET total = 100 WHERE id = ?"_s, {approved.id}));
    auto tampered = service().verifySheet(approved.id);
    ASSERT_FALSE(tampered.ok());
    EXPECT_EQ(tampered.error().field, u"total"_s);
}

TEST_P(AssessmentServiceTest, AnApprovedSheetCannotBeEdited) {
    const ScoreSheet approved = approvedSheet(m_monthly, m_units[0], u"2026-07"_s);
    actAsLeader();
    ScoreSheet edited = approved;
    edited.entries = {entry(m_monthly, u"FILE"_s, -5)};
    auto refused = service().updateSheet(edited);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Validation);
    EXPECT_EQ(refused.error().field, u"status"_s);
    EXPECT_TRUE(refused.error().message.contains(u"sealed"_s));
    EXPECT_FALSE(service().submitSheet(approved.id, approved.rowVersion).ok());
    actAsInstructor();
    EXPECT_FALSE(service().returnSheet(approved.id, approved.rowVersion, u"再看看"_s).ok());
    auto reread = service().sheet(approved.id);
    EXPECT_EQ(reread->entries.size(), 0);
    EXPECT_EQ(reread->total, 100);
    EXPECT_EQ(reread->rowVersion, approved.rowVersion);
    SD_ASSERT_OK(service().verifySheet(approved.id));
}

TEST_P(AssessmentServiceTest, TheDrafterCannotApproveTheirOwnSheet) {
    // The station's System operator may both draft and approve, but not the same sheet.
    actAs(u"chief@desk"_s, Role::System);
    auto sheet = service().createSheet(draft(m_monthly, m_units[0], u"2026-07"_s));
    SD_ASSERT_OK(sheet);
    auto submitted = service().submitSheet(sheet->id, sheet->rowVersion);
    SD_ASSERT_OK(submitted);
    auto own = service().approveSheet(submitted->id, submitted->rowVersion);
    ASSERT_FALSE(own.ok());
    EXPECT_EQ(own.error().code, ErrorCode::Validation);
    EXPECT_EQ(own.error().field, u"drafted_by"_s);
    EXPECT_EQ(service().sheet(sheet->id)->status, SheetStatus::Submitted);
    EXPECT_EQ(auditCount(u"assessment.sheet.approve"_s), 0);

    // A squad leader may not approve at all; the denial is itself audited.
    actAsLeader();
    auto denied = service().approveSheet(submitted->id, submitted->rowVersion);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    actAsInstructor();
    SD_ASSERT_OK(service().approveSheet(submitted->id, submitted->rowVersion));
}

TEST_P(AssessmentServiceTest, AReturnedSheetGoesBackToDraftWithItsCommentKept) {
    actAsLeader();
    auto sheet = service().createSheet(draft(m_monthly, m_units[1], u"2026-07"_s));
    SD_ASSERT_OK(sheet);
    auto submitted = service().submitSheet(sheet->id, sheet->rowVersion);
    SD_ASSERT_OK(submitted);
    EXPECT_EQ(service().reviewInbox()->size(), 1);

    actAsInstructor();
    auto noComment = service().returnSheet(submitted->id, submitted->rowVersion, u"  "_s);
    ASSERT_FALSE(noComment.ok());
    EXPECT_EQ(noComment.error().field, u"comment"_s);
    auto returned =
        service().returnSheet(submitted->id, submitted->rowVersion, u"7月12日超时反馈漏扣"_s);
    SD_ASSERT_OK(returned);
    EXPECT_EQ(returned->status, SheetStatus::Draft);
    EXPECT_TRUE(service().reviewInbox()->isEmpty());

    actAsLeader();
    ScoreSheet corrected = returned.value();
    corrected.entries = {entry(m_monthly, u"LATE"_s, -2)};
    auto saved = service().updateSheet(corrected);
    SD_ASSERT_OK(saved);
    SD_ASSERT_OK(service().submitSheet(saved->id, saved->rowVersion));
    auto history = service().sheet(sheet->id);
    ASSERT_EQ(history->reviews.size(), 3);
    EXPECT_EQ(history->reviews.at(1).action, u"return"_s);
    EXPECT_EQ(history->reviews.at(1).comment, u"7月12日超时反馈漏扣"_s);
    EXPECT_EQ(auditCount(u"assessment.sheet.return"_s), 1);
}

TEST_P(AssessmentServiceTest, ConcurrentEditsOfOneSheetAreAConflict) {
    actAsLeader();
    auto sheet = service().createSheet(draft(m_monthly, m_units[0], u"2026-07"_s));
    SD_ASSERT_OK(sheet);
    ScoreSheet mine = sheet.value();
    ScoreSheet theirs = sheet.value();
    mine.entries = {entry(m_monthly, u"LATE"_s, -2)};
    theirs.entries = {entry(m_monthly, u"FILE"_s, -5)};
    SD_ASSERT_OK(service().updateSheet(mine));
    auto stale = service().updateSheet(theirs);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    EXPECT_EQ(service().sheet(sheet->id)->total, 98);
    auto staleSubmit = service().submitSheet(sheet->id, sheet->rowVersion);
    ASSERT_FALSE(staleSubmit.ok());
    EXPECT_EQ(staleSubmit.error().code, ErrorCode::Conflict);

    actAsInstructor();
    AssessmentScheme a = m_monthly;
    AssessmentScheme b = m_monthly;
    a.name = u"月度考核（修订）"_s;
    b.thresholds = {96, 86, 71};
    SD_ASSERT_OK(service().updateScheme(a));
    auto staleScheme = service().updateScheme(b);
    ASSERT_FALSE(staleScheme.ok());
    EXPECT_EQ(staleScheme.error().code, ErrorCode::Conflict);
}

TEST_P(AssessmentServiceTest, NewThresholdsRegradeOpenSheetsButNotApprovedOnes) {
    const ScoreSheet approved =
        approvedSheet(m_monthly, m_units[0], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)});
    actAsLeader();
    auto open = service().createSheet(
        draft(m_monthly, m_units[1], u"2026-07"_s, {entry(m_monthly, u"LATE"_s, -2)}));
    SD_ASSERT_OK(open);
    EXPECT_EQ(open->grade, Grade::Excellent);
    actAsInstructor();
    AssessmentScheme stricter = service().scheme(m_monthly.id).value();
    stricter.thresholds = {99, 90, 75};
    SD_ASSERT_OK(service().updateScheme(stricter));
    EXPECT_EQ(service().sheet(open->id)->grade, Grade::Good);
    EXPECT_EQ(service().sheet(approved.id)->grade, Grade::Excellent);
    SD_ASSERT_OK(service().verifySheet(approved.id));
    SD_ASSERT_OK(service().verifySheet(open->id));
}

SD_INSTANTIATE_ENGINES(AssessmentServiceTest);
