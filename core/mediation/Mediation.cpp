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
    {MediationSource::Alert, u"alert"},
    {MediationSource::WalkIn, u"walk_in"},
    {MediationSource::CommunityOffice, u"community_office"},
    {MediationSource::NeighbourhoodCommittee, u"neighbourhood_committee"},
    {MediationSource::Court, u"court"},
    {MediationSource::JusticeOffice, u"justice_office"},
    {MediationSource::OwnInitiative, u"own_initiative"},
}};

constexpr std::array<EnumKey<DisputeType>, 8> kTypes{{
    {DisputeType::FamilyMarriage, u"family_marriage"},
    {DisputeType::BetrothalGift, u"betrothal_gift"},
    {DisputeType::Neighbour, u"neighbour"},
    {DisputeType::WagesLabour, u"wages_labour"},
    {DisputeType::Consumer, u"consumer"},
    {DisputeType::Traffic, u"traffic"},
    {DisputeType::PropertyLand, u"property_land"},
    {DisputeType::Other, u"other"},
}};

constexpr std::array<EnumKey<PartyRole>, 3> kRoles{{
    {PartyRole::Applicant, u"applicant"},
    {PartyRole::Respondent, u"respondent"},
    {PartyRole::Other, u"other"},
}};

constexpr std::array<EnumKey<RiskGrade>, 3> kRisks{{
    {RiskGrade::Low, u"low"},
    {RiskGrade::Medium, u"medium"},
    {RiskGrade::High, u"high"},
}};

constexpr std::array<EnumKey<MediationStatus>, 2> kStatuses{{
    {MediationStatus::Open, u"open"},
    {MediationStatus::Closed, u"closed"},
}};

constexpr std::array<EnumKey<MediationOutcome>, 4> kOutcomes{{
    {MediationOutcome::AgreementReached, u"agreement_reached"},
    {MediationOutcome::LegalChannels, u"legal_channels"},
    {MediationOutcome::FailedReferred, u"failed_referred"},
    {MediationOutcome::Withdrawn, u"withdrawn"},
}};

constexpr std::array<EnumKey<LegalChannel>, 3> kChannels{{
    {LegalChannel::Court, u"court"},
    {LegalChannel::Arbitration, u"arbitration"},
    {LegalChannel::JusticeOffice, u"justice_office"},
}};

constexpr std::array<EnumKey<TermsCarriedOut>, 3> kTerms{{
    {TermsCarriedOut::Fully, u"fully"},
    {TermsCarriedOut::Partly, u"partly"},
    {TermsCarriedOut::No, u"no"},
}};

constexpr std::array<EnumKey<Satisfaction>, 3> kSatisfactions{{
    {Satisfaction::Satisfied, u"satisfied"},
    {Satisfaction::Acceptable, u"acceptable"},
    {Satisfaction::Dissatisfied, u"dissatisfied"},
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
    switch (value) {
    case MediationSource::Alert:
        return Tr::tr("From an alert");
    case MediationSource::WalkIn:
        return Tr::tr("Walk-in");
    case MediationSource::CommunityOffice:
        return Tr::tr("Referred by a community police office");
    case MediationSource::NeighbourhoodCommittee:
        return Tr::tr("Referred by a neighbourhood committee");
    case MediationSource::Court:
        return Tr::tr("Referred by a court");
    case MediationSource::JusticeOffice:
        return Tr::tr("Referred by the justice office");
    case MediationSource::OwnInitiative:
        return Tr::tr("Own initiative");
    }
    return {};
}

QString displayName(DisputeType value) {
    switch (value) {
    case DisputeType::FamilyMarriage:
        return Tr::tr("Family and marriage");
    case DisputeType::BetrothalGift:
        return Tr::tr("Betrothal gift");
    case DisputeType::Neighbour:
        return Tr::tr("Neighbours");
    case DisputeType::WagesLabour:
        return Tr::tr("Wages and labour");
    case DisputeType::Consumer:
        return Tr::tr("Consumer");
    case DisputeType::Traffic:
        return Tr::tr("Traffic");
    case DisputeType::PropertyLand:
        return Tr::tr("Property and land");
    case DisputeType::Other:
        return Tr::tr("Other");
    }
    return {};
}

QString displayName(PartyRole value) {
    switch (value) {
    case PartyRole::Applicant:
        return Tr::tr("Applicant");
    case PartyRole::Respondent:
        return Tr::tr("Respondent");
    case PartyRole::Other:
        return Tr::tr("Other party");
    }
    return {};
}

QString displayName(RiskGrade value) {
    switch (value) {
    case RiskGrade::Low:
        return Tr::tr("Low");
    case RiskGrade::Medium:
        return Tr::tr("Medium");
    case RiskGrade::High:
        return Tr::tr("High");
    }
    return {};
}

QString displayName(MediationStatus value) {
    return value == MediationStatus::Open ? Tr::tr("Open") : Tr::tr("Closed");
}

QString displayName(MediationOutcome value) {
    switch (value) {
    case MediationOutcome::AgreementReached:
        return Tr::tr("Agreement reached");
    case MediationOutcome::LegalChannels:
        return Tr::tr("Parties agree to use legal channels");
    case MediationOutcome::FailedReferred:
        return Tr::tr("Failed and referred");
    case MediationOutcome::Withdrawn:
        return Tr::tr("Withdrawn");
    }
    return {};
}

QString displayName(LegalChannel value) {
    switch (value) {
    case LegalChannel::Court:
        return Tr::tr("Court");
    case LegalChannel::Arbitration:
        return Tr::tr("Arbitration");
    case LegalChannel::JusticeOffice:
        return Tr::tr("Justice office");
    }
    return {};
}

QString displayName(TermsCarriedOut value) {
    switch (value) {
    case TermsCarriedOut::Fully:
        return Tr::tr("Fully carried out");
    case TermsCarriedOut::Partly:
        return Tr::tr("Partly carried out");
    case TermsCarriedOut::No:
        return Tr::tr("Not carried out");
    }
    return {};
}

QString displayName(Satisfaction value) {
    switch (value) {
    case Satisfaction::Satisfied:
        return Tr::tr("Satisfied");
    case Satisfaction::Acceptable:
        return Tr::tr("Acceptable");
    case Satisfaction::Dissatisfied:
        return Tr::tr("Dissatisfied");
    }
    return {};
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
