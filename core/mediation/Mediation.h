#pragma once

#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/common/EnumKeys.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/mediation/MediationKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// A party of the dispute: the same identity fields (and the same validation) as a party of
// the on-scene record.
struct MediationParty {
    PartyRole role = PartyRole::Applicant;
    QString name;
    Sex sex = Sex::Unstated;
    IdDocumentType documentType = IdDocumentType::ResidentId;
    QString documentNumber;
    QString phone;
    QString address;

    bool operator==(const MediationParty &) const = default;
};

// One mediation session.
struct MediationSession {
    qint64 id = 0;     // 0 until stored
    qint64 heldAt = 0; // UTC ms
    QString place;
    QString attendees; // free text: who came
    QString notes;

    bool operator==(const MediationSession &) const = default;
};

// 调解协议书: what the parties agreed. Its content (with the case's parties and mediators)
// is what the parties and a mediator sign; sealing fixes it for good, like an on-scene
// record. Signatures use SignatureRole::Party (slot = party index) and SignatureRole::Officer
// for the mediator (slot = mediator index).
struct MediationAgreement {
    QString liability;         // who is responsible for what (责任认定)
    QString terms;             // what the parties agreed (协议内容)
    QString performanceMethod; // how the terms are carried out (履行方式)
    QString performancePlace;  // where (履行地点)
    QDate performanceDeadline; // by when (履行期限), station date; may be null

    AgreementStatus status = AgreementStatus::Draft; // read-only
    qint64 sealedAt = 0;                             // read-only, UTC ms
    QString sealedBy;                                // read-only
    QString contentSha256;                           // read-only, set when sealed
    QString sealDigest;                              // read-only
    QList<Signature> signatures;                     // read-only; added through sign()

    bool isEmpty() const {
        return liability.trimmed().isEmpty() && terms.trimmed().isEmpty() &&
               performanceMethod.trimmed().isEmpty() && performancePlace.trimmed().isEmpty() &&
               !performanceDeadline.isValid();
    }
};

// A follow-up visit after an agreement: scheduled for a station date, then recorded.
struct MediationFollowUp {
    qint64 id = 0;
    QDate dueOn;  // station date
    QString plan; // what to look at, as scheduled

    // Set when the visit is recorded.
    std::optional<qint64> visitedAt; // UTC ms
    std::optional<qint64> visitorId; // a person of the station
    QString visitorName;             // read-only
    std::optional<TermsCarriedOut> termsCarriedOut;
    std::optional<Satisfaction> satisfaction;
    bool newRisk = false; // a new risk reopens the case
    QString newRiskNote;
    QString notes;
    QString recordedBy; // read-only, the account that recorded it

    bool isDone() const { return visitedAt.has_value(); }
};

// What recordFollowUp() stores for a scheduled visit.
struct FollowUpVisit {
    qint64 visitedAt = 0; // UTC ms, not before the agreement
    std::optional<qint64> visitorId;
    TermsCarriedOut termsCarriedOut = TermsCarriedOut::Fully;
    Satisfaction satisfaction = Satisfaction::Satisfied;
    bool newRisk = false;
    QString newRiskNote; // required when newRisk
    QString notes;
    // Schedule the next visit at the same time (e.g. terms only partly carried out).
    std::optional<QDate> nextDueOn;
};

// A mediation case (调解案件), number TJ-YYYY-NNNN (year of opening, station time).
struct MediationCase {
    qint64 id = 0;
    QString number; // generated on create
    MediationSource source = MediationSource::WalkIn;
    std::optional<qint64> alertId; // set when created from an alert (source Alert)
    QString alertNumber;           // read-only
    DisputeType disputeType = DisputeType::Other;
    QString facts; // brief facts (简要案情)
    std::optional<qint64> areaId;
    QString areaName;    // read-only
    QString location;    // the address of the dispute; possible repeats match on it
    qint64 openedAt = 0; // UTC ms; the create time when left 0

    RiskGrade risk = RiskGrade::Low;
    QString riskReason; // required for medium and high
    // 所领导包案: required for a high-risk case, a station leader (see
    // MediationService::stationLeaders()).
    std::optional<qint64> owningLeaderId;
    QString owningLeaderName; // read-only

    QList<MediationParty> parties;
    QList<qint64> mediatorIds;  // people of the station, in the order given
    QStringList mediatorNames;  // read-only, same order
    QStringList mediatorBadges; // read-only, same order

    // Set through setOutcome(); read-only for updateCase().
    std::optional<MediationOutcome> outcome;
    std::optional<LegalChannel> legalChannel; // for LegalChannels
    QString referredTo;                       // for FailedReferred: to whom
    QString outcomeNote;

    MediationStatus status = MediationStatus::Open; // read-only; close()/reopen()
    std::optional<qint64> closedAt;                 // read-only
    QString closedBy;                               // read-only

    // Read-only here: each has its own service method.
    QList<MediationSession> sessions; // by heldAt
    std::optional<MediationAgreement> agreement;
    QList<MediationFollowUp> followUps; // by dueOn

    qint64 rowVersion = 0; // every write to the case or its parts bumps it
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;

    bool agreementSealed() const {
        return agreement && agreement->status == AgreementStatus::Sealed;
    }
};

// One row of a case list.
struct MediationSummary {
    qint64 id = 0;
    QString number;
    DisputeType disputeType = DisputeType::Other;
    RiskGrade risk = RiskGrade::Low;
    MediationStatus status = MediationStatus::Open;
    std::optional<MediationOutcome> outcome;
    qint64 openedAt = 0;
    std::optional<qint64> closedAt;
    QString alertNumber;
    QString areaName;
    QString location;
    QStringList partyNames;
    QStringList mediatorNames;
    QString owningLeaderName;
    bool agreementSealed = false;
    std::optional<QDate> nextFollowUp; // earliest visit not yet recorded
    QDate deadline;                    // opened date + the overdue setting (station dates)
    bool overdue = false;              // open and past the deadline, as of the list's today
};

// Conditions of a case list, ANDed. Dates are computed in the station's time zone.
struct MediationFilter {
    std::optional<MediationStatus> status;
    bool overdueOnly = false; // open and opened more than the overdue setting's days ago
    // Cases with a visit not yet recorded that is due within this many days from today
    // (visits already past due included).
    std::optional<int> dueWithinDays;
    std::optional<RiskGrade> risk;
    std::optional<qint64> mediatorId;
    std::optional<qint64> areaId;
    std::optional<qint64> owningLeaderId;
    std::optional<DisputeType> disputeType;
    std::optional<qint64> alertId; // the case made from this alert
};

// The order of a case list. Every order ends on the case id, so cases with equal keys
// still come in one fixed order and a page never skips or repeats one.
enum class MediationSort {
    OpenedAt,     // when the case was opened (the deadline follows it)
    Number,       // TJ-YYYY-NNNN
    NextFollowUp, // the earliest visit not yet recorded; cases without one come last
};

// One page of a case list, read with keyset paging: the rows after the previous page's
// last one in the list's SQL order, so a page costs the same on page one and page fifty.
struct MediationPageRequest {
    MediationSort sort = MediationSort::OpenedAt;
    bool descending = true;
    int limit = 200;
    std::optional<MediationSummary> after; // the previous page's last row; none for page one
};

// Someone's or some address's earlier mediation cases; empty fields do not match.
struct MediationHistoryQuery {
    QString documentNumber; // a party's identity number
    QString name;           // a party's name, with phone (both needed)
    QString phone;
    QString location; // the dispute's address
};

enum class RepeatReason { SameAddress, SameParty };

// An alert within 90 days of the case (either side of its opening) at the same address or
// involving the same party (identity number, or name with phone).
struct PossibleRepeat {
    qint64 alertId = 0;
    QString alertNumber;
    qint64 receivedAt = 0;
    QString location;
    QString summary;
    RepeatReason reason = RepeatReason::SameAddress;
    QString matched; // the address or party that matched, as shown to the user
};

QString displayName(RepeatReason value);
// "Mediator" for SignatureRole::Officer, "Party" otherwise: how a mediation agreement names
// its signers.
QString mediationSignerName(SignatureRole role);
// What the follow-up visit at index (of the case's visits, in due order) is for: its plan
// as typed, or a default in the reader's language when none was typed (the first visit the
// seal schedules stores no prose, so a Chinese screen never shows an English plan).
QString followUpPlanText(const QList<MediationFollowUp> &followUps, qsizetype index);

} // namespace sd
