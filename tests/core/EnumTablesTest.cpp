#include "core/frontdesk/Alert.h"
#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/security/Role.h"
#include "core/mediation/Mediation.h"
#include "core/organisation/Unit.h"
#include "core/responsibility/Asset.h"
#include "core/responsibility/Task.h"

#include <QSet>
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
}

TEST(EnumTablesTest, RolesHaveKeysAndNames) {
    QList<Role> roles = loginRoles();
    roles.append(Role::System);
    for (Role role : roles) {
        EXPECT_EQ(roleFromKey(toKey(role)), role);
        EXPECT_FALSE(displayName(role).isEmpty()) << toKey(role).toStdString();
    }
}

} // namespace sd::test
