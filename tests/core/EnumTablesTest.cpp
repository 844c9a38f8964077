#include "core/assessment/Assessment.h"
#include "core/assessment/Honour.h"
#include "core/frontdesk/Alert.h"
#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/security/Role.h"
#include "core/mediation/Mediation.h"
#include "core/organisation/Person.h"
#include "core/organisation/Unit.h"
#include "core/responsibility/Asset.h"
#include "core/responsibility/Task.h"
#include "core/signatures/Signature.h"
#include "core/statistics/StatisticsDefinition.h"

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>
#include <gtest/gtest.h>

namespace sd::test {

namespace {

// Each enum's key, name and list come from one table; a value left out of it, or a key or
// name given twice, would store or show the wrong thing. The values are numbered 0..n-1,
// so the list must be exactly that run.
template <typename E>
void expectCompleteTable(const char *what, const QList<E> &values,
                         std::optional<E> (*fromKey)(const QString &)) {
    SCOPED_TRACE(what);
    ASSERT_FALSE(values.isEmpty());
    QSet<QString> keys;
    QSet<QString> names;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const E value = values.at(i);
        EXPECT_EQ(int(value), int(i)) << "the list skips or repeats a value";
        const QString key = toKey(value);
        ASSERT_FALSE(key.isEmpty()) << int(value);
        EXPECT_EQ(fromKey(key), value) << key.toStdString();
        EXPECT_FALSE(displayName(value).isEmpty()) << key.toStdString();
        keys.insert(key);
        names.insert(displayName(value));
    }
    EXPECT_EQ(keys.size(), values.size()) << "a key is used twice";
    EXPECT_EQ(names.size(), values.size()) << "a name is used twice";
    EXPECT_FALSE(fromKey(QStringLiteral("no_such_key")).has_value());
}

template <typename E> void appendNames(QStringList &names, const QList<E> &values) {
    for (E value : values) {
        names.append(displayName(value));
    }
}

bool hasHan(const QString &text) {
    for (QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(EnumTablesTest, EveryValueHasOneKeyAndOneName) {
    expectCompleteTable("AlertSource", allAlertSources(), alertSourceFromKey);
    expectCompleteTable("AlertCategory", allAlertCategories(), alertCategoryFromKey);
    expectCompleteTable("AlertStatus", allAlertStatuses(), alertStatusFromKey);
    expectCompleteTable("EligibleCase", allEligibleCases(), eligibleCaseFromKey);
    expectCompleteTable("IdDocumentType", allIdDocumentTypes(), idDocumentTypeFromKey);
    expectCompleteTable("MediationSource", allMediationSources(), mediationSourceFromKey);
    expectCompleteTable("DisputeType", allDisputeTypes(), disputeTypeFromKey);
    expectCompleteTable("PartyRole", allPartyRoles(), partyRoleFromKey);
    expectCompleteTable("RiskGrade", allRiskGrades(), riskGradeFromKey);
    expectCompleteTable("MediationOutcome", allMediationOutcomes(), mediationOutcomeFromKey);
    expectCompleteTable("LegalChannel", allLegalChannels(), legalChannelFromKey);
    expectCompleteTable("TermsCarriedOut", allTermsCarriedOut(), termsCarriedOutFromKey);
    expectCompleteTable("Satisfaction", allSatisfactions(), satisfactionFromKey);
    expectCompleteTable("UnitKind", allUnitKinds(), unitKindFromKey);
    expectCompleteTable("AssetKind", allAssetKinds(), assetKindFromKey);
    expectCompleteTable("AssetStatus", allAssetStatuses(), assetStatusFromKey);
    expectCompleteTable("Recurrence", allRecurrences(), recurrenceFromKey);
    expectCompleteTable("Sex", allSexes(), sexFromKey);
    expectCompleteTable("RecordStatus", allRecordStatuses(), recordStatusFromKey);
    expectCompleteTable("MediationStatus", allMediationStatuses(), mediationStatusFromKey);
    expectCompleteTable("AgreementStatus", allAgreementStatuses(), agreementStatusFromKey);
    expectCompleteTable("SignatureRole", allSignatureRoles(), signatureRoleFromKey);
    expectCompleteTable("Role", allRoles(), roleFromKey);
    expectCompleteTable("SubjectKind", allSubjectKinds(), subjectKindFromKey);
    expectCompleteTable("Grade", allGrades(), gradeFromKey);
    expectCompleteTable("SheetStatus", allSheetStatuses(), sheetStatusFromKey);
    expectCompleteTable("RecordKind", allRecordKinds(), recordKindFromKey);
    expectCompleteTable("PeriodKind", allPeriodKinds(), periodKindFromKey);
    expectCompleteTable("HonourKind", allHonourKinds(), honourKindFromKey);
    expectCompleteTable("PersonCategory", allPersonCategories(), personCategoryFromKey);
    expectCompleteTable("PreventableRule", allPreventableRules(), preventableRuleFromKey);
    expectCompleteTable("WantedDirection", allWantedDirections(), wantedDirectionFromKey);
}

// The tables translate each name in the context its .def marks it with; a context that did not
// match the translation file would show the English name on a Chinese screen.
TEST(EnumTablesTest, EveryNameIsTranslatedIntoChinese) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/stationdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    QStringList names;
    appendNames(names, allAlertSources());
    appendNames(names, allAlertStatuses());
    appendNames(names, allEligibleCases());
    appendNames(names, allRecordStatuses());
    appendNames(names, allDisputeTypes());
    appendNames(names, allAgreementStatuses());
    appendNames(names, allUnitKinds());
    appendNames(names, allPersonCategories());
    appendNames(names, allAssetKinds());
    appendNames(names, allRecurrences());
    appendNames(names, allSignatureRoles());
    appendNames(names, allRoles());
    appendNames(names, allGrades());
    appendNames(names, allPeriodKinds());
    appendNames(names, allHonourKinds());
    QCoreApplication::removeTranslator(&translator);
    for (const QString &name : names) {
        EXPECT_TRUE(hasHan(name)) << name.toStdString();
    }
}

TEST(EnumTablesTest, LoginRolesAreEveryRoleButTheCommandLine) {
    QList<Role> roles = loginRoles();
    roles.append(Role::System);
    EXPECT_EQ(roles, allRoles());
}

} // namespace sd::test
