#include "core/mediation/Mediation.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Mediation)
};

constexpr std::array<EnumKey<MediationSource>, 7> kSources{{
    {MediationSource::Alert, u"alert", QT_TRANSLATE_NOOP("sd::Mediation", "From an alert")},
    {MediationSource::WalkIn, u"walk_in", QT_TRANSLATE_NOOP("sd::Mediation", "Walk-in")},
    {MediationSource::CommunityOffice, u"community_office",
     QT_TRANSLATE_NOOP("sd::Mediation", "Referred by a community police office")},
    {MediationSource::NeighbourhoodCommittee, u"neighbourhood_committee",
     QT_TRANSLATE_NOOP("sd::Mediation", "Referred by a neighbourhood committee")},
    {MediationSource::Court, u"court", QT_TRANSLATE_NOOP("sd::Mediation", "Referred by a court")},
    {MediationSource::JusticeOffice, u"justice_office",
     QT_TRANSLATE_NOOP("sd::Mediation", "Referred by the justice office")},
    {MediationSource::OwnInitiative, u"own_initiative",
     QT_TRANSLATE_NOOP("sd::Mediation", "Own initiative")},
}};

constexpr std::array<EnumKey<DisputeType>, 8> kTypes{{
    {DisputeType::FamilyMarriage, u"family_marriage",
     QT_TRANSLATE_NOOP("sd::Mediation", "Family and marriage")},
    {DisputeType::BetrothalGift, u"betrothal_gift",
     QT_TRANSLATE_NOOP("sd::Mediation", "Betrothal gift")},
    {DisputeType::Neighbour, u"neighbour", QT_TRANSLATE_NOOP("sd::Mediation", "Neighbours")},
    {DisputeType::WagesLabour, u"wages_labour",
     QT_TRANSLATE_NOOP("sd::Mediation", "Wages and labour")},
    {DisputeType::Consumer, u"consumer", QT_TRANSLATE_NOOP("sd::Mediation", "Consumer")},
    {DisputeType::Traffic, u"traffic", QT_TRANSLATE_NOOP("sd::Mediation", "Traffic")},
    {DisputeType::PropertyLand, u"property_land",
     QT_TRANSLATE_NOOP("sd::Mediation", "Property and land")},
    {DisputeType::Other, u"other", QT_TRANSLATE_NOOP("sd::Mediation", "Other")},
}};

constexpr std::array<EnumKey<PartyRole>, 3> kRoles{{
    {PartyRole::Applicant, u"applicant", QT_TRANSLATE_NOOP("sd::Mediation", "Applicant")},
    {PartyRole::Respondent, u"respondent", QT_TRANSLATE_NOOP("sd::Mediation", "Respondent")},
    {PartyRole::Other, u"other", QT_TRANSLATE_NOOP("sd::Mediation", "Other party")},
}};

constexpr std::array<EnumKey<RiskGrade>, 3> kRisks{{
    {RiskGrade::Low, u"low", QT_TRANSLATE_NOOP("sd::Mediation", "Low")},
    {RiskGrade::Medium, u"medium", QT_TRANSLATE_NOOP("sd::Mediation", "Medium")},
    {RiskGrade::High, u"high", QT_TRANSLATE_NOOP("sd::Mediation", "High")},
}};

constexpr std::array<EnumKey<MediationStatus>, 2> kStatuses{{
    {MediationStatus::Open, u"open"},
    {MediationStatus::Closed, u"closed"},
}};

constexpr std::array<EnumKey<MediationOutcome>, 4> kOutcomes{{
    {MediationOutcome::AgreementReached, u"agreement_reached",
     QT_TRANSLATE_NOOP("sd::Mediation", "Agreement reached")},
    {MediationOutcome::LegalChannels, u"legal_channels",
     QT_TRANSLATE_NOOP("sd::Mediation", "Parties agree to use legal channels")},
    {MediationOutcome::FailedReferred, u"failed_referred",
     QT_TRANSLATE_NOOP("sd::Mediation", "Failed and referred")},
    {MediationOutcome::Withdrawn, u"withdrawn", QT_TRANSLATE_NOOP("sd::Mediation", "Withdrawn")},
}};

constexpr std::array<EnumKey<LegalChannel>, 3> kChannels{{
    {LegalChannel::Court, u"court", QT_TRANSLATE_NOOP("sd::Mediation", "Court")},
    {LegalChannel::Arbitration, u"arbitration", QT_TRANSLATE_NOOP("sd::Mediation", "Arbitration")},
    {LegalChannel::JusticeOffice, u"justice_office",
     QT_TRANSLATE_NOOP("sd::Mediation", "Justice office")},
}};

constexpr std::array<EnumKey<TermsCarriedOut>, 3> kTerms{{
    {TermsCarriedOut::Fully, u"fully", QT_TRANSLATE_NOOP("sd::Mediation", "Fully carried out")},
    {TermsCarriedOut::Partly, u"partly", QT_TRANSLATE_NOOP("sd::Mediation", "Partly carried out")},
    {TermsCarriedOut::No, u"no", QT_TRANSLATE_NOOP("sd::Mediation", "Not carried out")},
}};

constexpr std::array<EnumKey<Satisfaction>, 3> kSatisfactions{{
    {Satisfaction::Satisfied, u"satisfied", QT_TRANSLATE_NOOP("sd::Mediation", "Satisfied")},
    {Satisfaction::Acceptable, u"acceptable", QT_TRANSLATE_NOOP("sd::Mediation", "Acceptable")},
    {Satisfaction::Dissatisfied, u"dissatisfied",
     QT_TRANSLATE_NOOP("sd::Mediation", "Dissatisfied")},
}};

constexpr std::array<EnumKey<AgreementStatus>, 2> kAgreementStatuses{{
    {AgreementStatus::Draft, u"draft"},
    {AgreementStatus::Sealed, u"sealed"},
}};
} // namespace

QString toKey(MediationSource value) {
    return keyOf(kSources, value);
}
QString toKey(DisputeType value) {
    return keyOf(kTypes, value);
}
QString toKey(PartyRole value) {
    return keyOf(kRoles, value);
}
QString toKey(RiskGrade value) {
    return keyOf(kRisks, value);
}
QString toKey(MediationStatus value) {
    return keyOf(kStatuses, value);
}
QString toKey(MediationOutcome value) {
    return keyOf(kOutcomes, value);
}
QString toKey(LegalChannel value) {
    return keyOf(kChannels, value);
}
QString toKey(TermsCarriedOut value) {
    return keyOf(kTerms, value);
}
QString toKey(Satisfaction value) {
    return keyOf(kSatisfactions, value);
}
QString toKey(AgreementStatus value) {
    return keyOf(kAgreementStatuses, value);
}
std::optional<MediationSource> mediationSourceFromKey(const QString &key) {
    return valueOf(kSources, key);
}
std::optional<DisputeType> disputeTypeFromKey(const QString &key) {
    return valueOf(kTypes, key);
}
std::optional<PartyRole> partyRoleFromKey(const QString &key) {
    return valueOf(kRoles, key);
}
std::optional<RiskGrade> riskGradeFromKey(const QString &key) {
    return valueOf(kRisks, key);
}
std::optional<MediationStatus> mediationStatusFromKey(const QString &key) {
    return valueOf(kStatuses, key);
}
std::optional<MediationOutcome> mediationOutcomeFromKey(const QString &key) {
    return valueOf(kOutcomes, key);
}
std::optional<LegalChannel> legalChannelFromKey(const QString &key) {
    return valueOf(kChannels, key);
}
std::optional<TermsCarriedOut> termsCarriedOutFromKey(const QString &key) {
    return valueOf(kTerms, key);
}
std::optional<Satisfaction> satisfactionFromKey(const QString &key) {
    return valueOf(kSatisfactions, key);
}
QList<MediationSource> allMediationSources() {
    return valuesOf(kSources);
}
QList<DisputeType> allDisputeTypes() {
    return valuesOf(kTypes);
}
QList<PartyRole> allPartyRoles() {
    return valuesOf(kRoles);
}
QList<RiskGrade> allRiskGrades() {
    return valuesOf(kRisks);
}
QList<MediationOutcome> allMediationOutcomes() {
    return valuesOf(kOutcomes);
}
QList<LegalChannel> allLegalChannels() {
    return valuesOf(kChannels);
}
QList<TermsCarriedOut> allTermsCarriedOut() {
    return valuesOf(kTerms);
}
QList<Satisfaction> allSatisfactions() {
    return valuesOf(kSatisfactions);
}

QString displayName(MediationSource value) {
    return nameOf<Tr>(kSources, value);
}

QString displayName(DisputeType value) {
    return nameOf<Tr>(kTypes, value);
}

QString displayName(PartyRole value) {
    return nameOf<Tr>(kRoles, value);
}

QString displayName(RiskGrade value) {
    return nameOf<Tr>(kRisks, value);
}

QString displayName(MediationStatus value) {
    return value == MediationStatus::Open ? Tr::tr("Open") : Tr::tr("Closed");
}

QString displayName(MediationOutcome value) {
    return nameOf<Tr>(kOutcomes, value);
}

QString displayName(LegalChannel value) {
    return nameOf<Tr>(kChannels, value);
}

QString displayName(TermsCarriedOut value) {
    return nameOf<Tr>(kTerms, value);
}

QString displayName(Satisfaction value) {
    return nameOf<Tr>(kSatisfactions, value);
}

QString displayName(AgreementStatus value) {
    return value == AgreementStatus::Draft ? Tr::tr("Draft") : Tr::tr("Sealed");
}

QString displayName(RepeatReason value) {
    return value == RepeatReason::SameAddress ? Tr::tr("Same address") : Tr::tr("Same party");
}

QString mediationSignerName(SignatureRole role) {
    return role == SignatureRole::Officer ? Tr::tr("Mediator") : displayName(role);
}

QString followUpPlanText(const QList<MediationFollowUp> &followUps, qsizetype index) {
    if (index < 0 || index >= followUps.size()) {
        return {};
    }
    const QString plan = followUps.at(index).plan.trimmed();
    if (!plan.isEmpty()) {
        return plan;
    }
    return index == 0 ? Tr::tr("First follow-up visit") : Tr::tr("Follow-up visit");
}

} // namespace sd
