#include "AlertStatisticsFixture.h"
#include "core/statistics/StatisticsDefinitionService.h"

using namespace Qt::StringLiterals;
using namespace sd;

namespace sd::test {

// The station's statistics definitions as versioned, audited data, and two down, one up
// worked out under the version in force, on both engines, against the fixture's alerts.
class StatisticsDefinitionTest : public AlertStatisticsFixture {
protected:
    const StatisticsDefinitionService &definitions() { return m_app->statisticsDefinitions(); }

    StatisticsDefinition define(const StatisticsDefinitionChange &change) {
        auto defined = definitions().define(change);
        EXPECT_TRUE(defined.ok()) << defined.error().message.toStdString();
        return defined.ok() ? defined.value() : StatisticsDefinition{};
    }

    Error refusal(const StatisticsDefinitionChange &change) {
        auto defined = definitions().define(change);
        EXPECT_FALSE(defined.ok());
        return defined.ok() ? Error{} : defined.error();
    }

    // Each measure of the year as "count previous", in the order of the measures.
    QStringList measures(int year) {
        auto summary = statistics().summary(year);
        EXPECT_TRUE(summary.ok()) << summary.error().message.toStdString();
        QStringList counts;
        for (const SummaryLine &line : summary.ok() ? summary.value() : QList<SummaryLine>{}) {
            counts << u"%1 %2"_s.arg(line.change.current).arg(line.change.previous);
        }
        return counts;
    }

    int versionUsed(int year) {
        auto summary = statistics().summary(year);
        return summary.ok() && !summary->isEmpty() ? summary->at(0).definition.version : -1;
    }
};

TEST_P(StatisticsDefinitionTest, TheDefaultIsInForceOnAFreshDatabase) {
    auto history = definitions().history();
    SD_ASSERT_OK(history);
    ASSERT_EQ(history->size(), 1);
    const StatisticsDefinition &fallback = history->at(0);
    EXPECT_TRUE(fallback.isDefault());
    EXPECT_EQ(fallback.criminalCategories,
              (QList<AlertCategory>{AlertCategory::Criminal, AlertCategory::PublicOrder}));
    EXPECT_EQ(fallback.preventableRule, PreventableRule::Flag);
    EXPECT_EQ(fallback.wantedFor(SummaryMeasure::CriminalAndPublicOrder), WantedDirection::Down);
    EXPECT_EQ(fallback.wantedFor(SummaryMeasure::Preventable), WantedDirection::Down);
    EXPECT_EQ(fallback.wantedFor(SummaryMeasure::ResolvedOnScene), WantedDirection::Up);
    EXPECT_TRUE(definitions().current()->isDefault());
    EXPECT_TRUE(definitions().inForceOn(QDate(2026, 3, 15))->isDefault());
    auto summary = statistics().summary(2026);
    SD_ASSERT_OK(summary);
    EXPECT_TRUE(summary->at(0).definition.isDefault());
    EXPECT_EQ(summary->at(0).definition.describe(), u"the default definition"_s);
}

TEST_P(StatisticsDefinitionTest, ANewVersionChangesTheFiguresOfRangesEndingOnOrAfterItsDateOnly) {
    EXPECT_EQ(measures(2026), (QStringList{u"28 24"_s, u"16 0"_s, u"16 0"_s}));
    EXPECT_EQ(measures(2025), (QStringList{u"24 0"_s, u"10 0"_s, u"0 0"_s}));
    // From 2026, disputes are what the first measure counts: 3 in 2026 to 15 March against
    // the 4 + 5 of the same days of 2025.
    const StatisticsDefinition first = define(
        {.effectiveFrom = QDate(2026, 1, 1), .criminalCategories = QStringList{u"dispute"_s}});
    EXPECT_EQ(first.version, 1);
    EXPECT_EQ(first.effectiveFrom, QDate(2026, 1, 1));
    EXPECT_EQ(first.criminalCategories, QList<AlertCategory>{AlertCategory::Dispute});
    EXPECT_EQ(first.preventableRule, PreventableRule::Flag); // copied from the default
    EXPECT_EQ(measures(2026), (QStringList{u"3 9"_s, u"16 0"_s, u"16 0"_s}));
    EXPECT_EQ(versionUsed(2026), 1);
    auto summary = statistics().summary(2026);
    SD_ASSERT_OK(summary);
    EXPECT_TRUE(summary->at(0).wanted()); // down, as wanted
    EXPECT_EQ(summary->at(0).definition.describe(), u"definition 1 of 2026-01-01"_s);
    // 2025 ends before the version took effect: still worked out under the default.
    EXPECT_EQ(measures(2025), (QStringList{u"24 0"_s, u"10 0"_s, u"0 0"_s}));
    EXPECT_EQ(versionUsed(2025), 0);

    // A version from tomorrow leaves today's figures as they are.
    const StatisticsDefinition second = define(
        {.effectiveFrom = QDate(2026, 3, 16), .criminalCategories = QStringList{u"traffic"_s}});
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(measures(2026), (QStringList{u"3 9"_s, u"16 0"_s, u"16 0"_s}));
    EXPECT_EQ(definitions().inForceOn(QDate(2026, 3, 15))->version, 1);
    EXPECT_EQ(definitions().inForceOn(QDate(2026, 3, 16))->version, 2);
    EXPECT_TRUE(definitions().inForceOn(QDate(2025, 12, 31))->isDefault());
    // Of two versions from the same day, the later one is in force.
    define({.effectiveFrom = QDate(2026, 3, 16), .criminalCategories = QStringList{u"other"_s}});
    EXPECT_EQ(definitions().inForceOn(QDate(2026, 3, 16))->version, 3);
    auto history = definitions().history();
    SD_ASSERT_OK(history);
    ASSERT_EQ(history->size(), 4); // newest first, the default last
    EXPECT_EQ(history->at(0).version, 3);
    EXPECT_EQ(history->at(2).version, 1);
    EXPECT_EQ(history->at(2).criminalCategories, QList<AlertCategory>{AlertCategory::Dispute});
    EXPECT_TRUE(history->at(3).isDefault());
}

TEST_P(StatisticsDefinitionTest, PreventableMayBeTheFlagACategoryOrEither) {
    // Disputes alone: 3 in 2026 to 15 March against 4 + 5.
    define({.effectiveFrom = QDate(2026, 1, 1),
            .preventableRule = PreventableRule::Categories,
            .preventableCategories = QStringList{u"dispute"_s}});
    EXPECT_EQ(measures(2026), (QStringList{u"28 24"_s, u"3 9"_s, u"16 0"_s}));
    // Flagged or a dispute (the categories copied from the version before): 16 + 3 against
    // 0 + 9.
    const StatisticsDefinition both =
        define({.effectiveFrom = QDate(2026, 1, 1), .preventableRule = PreventableRule::Both});
    EXPECT_EQ(both.preventableCategories, QList<AlertCategory>{AlertCategory::Dispute});
    EXPECT_EQ(measures(2026), (QStringList{u"28 24"_s, u"19 9"_s, u"16 0"_s}));
    // Flagged or criminal: the 16 flagged criminal alerts count once, 12 + 16 against 4 + 20.
    define(
        {.effectiveFrom = QDate(2026, 1, 1), .preventableCategories = QStringList{u"criminal"_s}});
    EXPECT_EQ(measures(2026), (QStringList{u"28 24"_s, u"28 24"_s, u"16 0"_s}));
    // Back to the flag; the categories may then be cleared.
    define({.effectiveFrom = QDate(2026, 1, 1),
            .preventableRule = PreventableRule::Flag,
            .preventableCategories = QStringList{}});
    EXPECT_EQ(measures(2026), (QStringList{u"28 24"_s, u"16 0"_s, u"16 0"_s}));
}

TEST_P(StatisticsDefinitionTest, EachMeasuresWantedWayIsPartOfTheDefinition) {
    auto before = statistics().summary(2026);
    SD_ASSERT_OK(before);
    EXPECT_FALSE(before->at(0).wanted()); // 28 against 24, where down is wanted
    EXPECT_TRUE(before->at(2).wanted());  // 16 against 0, where up is wanted
    const StatisticsDefinition turned =
        define({.wanted = {{SummaryMeasure::CriminalAndPublicOrder, WantedDirection::Up},
                           {SummaryMeasure::ResolvedOnScene, WantedDirection::Down}}});
    EXPECT_EQ(turned.effectiveFrom, QDate(2026, 3, 15)); // today, in Shanghai
    EXPECT_EQ(turned.wantedFor(SummaryMeasure::Preventable), WantedDirection::Down); // copied
    auto after = statistics().summary(2026);
    SD_ASSERT_OK(after);
    EXPECT_TRUE(after->at(0).wanted());
    EXPECT_FALSE(after->at(2).wanted());
    // As stored and read back.
    auto stored = definitions().current();
    SD_ASSERT_OK(stored);
    EXPECT_EQ(stored->version, 1);
    EXPECT_EQ(stored->wanted, turned.wanted);
    EXPECT_EQ(stored->changedBy, m_app->session().actor().name);
    EXPECT_EQ(stored->changedAt, kFixedNowMs);
}

TEST_P(StatisticsDefinitionTest, AVersionIsWrittenWithItsAuditRow) {
    define({.effectiveFrom = QDate(2026, 1, 1),
            .criminalCategories = QStringList{u"criminal"_s, u"dispute"_s},
            .preventableRule = PreventableRule::Both,
            .preventableCategories = QStringList{u"traffic"_s}});
    AuditFilter filter;
    filter.action = u"statistics.define"_s;
    auto entries = m_app->audit().list(filter);
    SD_ASSERT_OK(entries);
    ASSERT_EQ(entries->size(), 1);
    const AuditEntry &entry = entries->at(0);
    EXPECT_EQ(entry.objectType, u"statistics_definition"_s);
    EXPECT_EQ(entry.objectId, u"1"_s);
    EXPECT_EQ(entry.account, m_app->session().actor().name);
    EXPECT_EQ(entry.details,
              u"from=2026-01-01; criminal_categories=criminal,dispute; preventable=both; "
              u"preventable_categories=traffic; wanted=criminal_public_order=down,"
              u"preventable=down,resolved_on_scene=up"_s);
}

TEST_P(StatisticsDefinitionTest, EachRefusalNamesWhatIsWrongAndStoresNothing) {
    const Error none = refusal({.criminalCategories = QStringList{}});
    EXPECT_EQ(none.code, ErrorCode::Validation);
    EXPECT_EQ(none.field, u"criminal_categories"_s);
    EXPECT_EQ(none.message, u"Criminal and public-order categories: name at least one category."_s);
    const Error unknown = refusal({.criminalCategories = QStringList{u"criminal"_s, u"arson"_s}});
    EXPECT_EQ(unknown.field, u"criminal_categories"_s);
    EXPECT_TRUE(unknown.message.contains(u"\"arson\" is not a category"_s))
        << unknown.message.toStdString();
    // A rule by categories over none, given or copied.
    const Error noPreventable = refusal({.preventableRule = PreventableRule::Categories});
    EXPECT_EQ(noPreventable.field, u"preventable_categories"_s);
    EXPECT_TRUE(noPreventable.message.startsWith(u"Preventable categories:"_s));
    EXPECT_EQ(refusal({.preventableRule = PreventableRule::Both,
                       .preventableCategories = QStringList{u" "_s}})
                  .field,
              u"preventable_categories"_s);
    const Error unknownPreventable = refusal(
        {.preventableRule = PreventableRule::Both, .preventableCategories = QStringList{u"x"_s}});
    EXPECT_EQ(unknownPreventable.field, u"preventable_categories"_s);
    EXPECT_TRUE(unknownPreventable.message.contains(u"\"x\""_s));
    EXPECT_EQ(definitions().history()->size(), 1); // nothing stored

    define({.effectiveFrom = QDate(2026, 3, 1), .criminalCategories = QStringList{u"dispute"_s}});
    const Error early = refusal(
        {.effectiveFrom = QDate(2026, 2, 28), .criminalCategories = QStringList{u"criminal"_s}});
    EXPECT_EQ(early.field, u"effective_from"_s);
    EXPECT_TRUE(early.message.contains(u"2026-02-28"_s) && early.message.contains(u"2026-03-01"_s))
        << early.message.toStdString();
    EXPECT_EQ(definitions().history()->size(), 2);
    AuditFilter filter;
    filter.action = u"statistics.define"_s;
    EXPECT_EQ(m_app->audit().list(filter)->size(), 1); // only the version stored
}

TEST_P(StatisticsDefinitionTest, OnlySettingsChangersDefineAndEveryoneReads) {
    Actor chief = m_app->session().actor();
    chief.role = Role::Chief;
    chief.accountId = 7;
    chief.name = u"王所长 (031001)"_s;
    m_app->session().setActor(chief);
    auto refused = definitions().define({.criminalCategories = QStringList{u"dispute"_s}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(definitions().history()->size(), 1);
    AuditFilter denied;
    denied.action = u"permission.denied"_s;
    auto denials = m_app->audit().list(denied);
    SD_ASSERT_OK(denials);
    ASSERT_EQ(denials->size(), 1);
    EXPECT_EQ(denials->at(0).objectType, u"statistics_definition"_s);
    // Reading needs nothing.
    EXPECT_EQ(measures(2026), (QStringList{u"28 24"_s, u"16 0"_s, u"16 0"_s}));
    SD_ASSERT_OK(definitions().current());

    Actor admin = chief;
    admin.role = Role::Admin;
    m_app->session().setActor(admin);
    EXPECT_EQ(define({.criminalCategories = QStringList{u"dispute"_s}}).version, 1);
}

SD_INSTANTIATE_ENGINES(StatisticsDefinitionTest);

} // namespace sd::test
