#pragma once

#include "core/accounts/AccountService.h"
#include "core/frontdesk/RecordService.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Secret.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/settings/StationSettings.h"
#include "core/kernel/storage/Database.h"
#include "core/mediation/Mediation.h"
#include "core/organisation/Person.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

class MediationRepository;

// Mediation cases (调解): from an alert or a walk-in to a signed, sealed agreement and the
// follow-up visits after it. Writes need FileAlerts; each is validated first (problems come
// back as Validation errors with field set), checks the case's row_version (a stale one is
// a Conflict naming who saved first), runs in one transaction with its audit row, and
// returns the case as stored (with its new rowVersion). Nothing is half-saved.
//
// Fields named in errors: number, source, alert, dispute_type, facts, area, location,
// opened_at, risk_reason, owning_leader, parties, party.N.name, party.N.document_number,
// party.N.phone, mediators, session.held_at, session.place, outcome, legal_channel,
// referred_to, agreement, terms, liability, signature, signatures, password, due_on,
// visited_at, visitor, new_risk_note, follow_up, status, reason.
//
// Dates: a case is overdue from the day after openedOn + mediation_overdue_days (station
// time zone); follow-up dates are station dates. Possible repeats look 90 days either side.
class MediationService {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationService)

public:
    MediationService(const ServiceContext &context, AccountService &accounts,
                     const StationSettings &settings)
        : m_context(context)
        , m_accounts(accounts)
        , m_settings(settings) {}

    // --- Reading ---------------------------------------------------------------------
    Result<MediationCase> mediationCase(qint64 id) const;
    Result<std::optional<MediationCase>> caseByNumber(const QString &number) const;
    // One page of a list in the request's order (keyset paging in SQL: between pages no
    // case is skipped or repeated, equal keys included), with its COUNT(*).
    Result<QList<MediationSummary>> page(const MediationFilter &filter,
                                         const MediationPageRequest &request) const;
    Result<qint64> count(const MediationFilter &filter) const;
    // The whole list, newest first (every page read in turn): for exports, not for screens.
    Result<QList<MediationSummary>> list(const MediationFilter &filter) const;
    // Open cases, newest first.
    Result<QList<MediationSummary>> openCases() const;
    // Open cases opened more than the overdue setting's days ago (station dates).
    Result<QList<MediationSummary>> overdueCases() const;
    // Cases with a follow-up visit due within days from today (past-due visits included).
    Result<QList<MediationSummary>> followUpsDueWithin(int days) const;
    Result<QList<MediationSummary>> byMediator(qint64 personId) const;
    Result<QList<MediationSummary>> byArea(qint64 areaId) const;
    // The chief's view: open high-risk cases with the leader who owns each; one leader's
    // when leaderId is given.
    Result<QList<MediationSummary>> leaderCases(std::optional<qint64> leaderId = {}) const;
    // Earlier cases of a person (identity number, or name with phone) or an address.
    Result<QList<MediationSummary>> history(const MediationHistoryQuery &query) const;
    Result<QList<MediationSummary>> historyPage(const MediationHistoryQuery &query,
                                                const MediationPageRequest &request) const;
    Result<qint64> historyCount(const MediationHistoryQuery &query) const;
    // Alerts within 90 days of the case (either side of opened_at, the case's own alert
    // excluded) at the same location or with the same party. Works on an unsaved case too.
    Result<QList<PossibleRepeat>> possibleRepeats(const MediationCase &mediation) const;

    // The people who may own a high-risk case: active members of the station leadership
    // (a unit of kind Leadership) and active holders of a chief or instructor account.
    Result<QList<Person>> stationLeaders() const;
    Result<bool> isStationLeader(qint64 personId) const;

    // Dates, in the station's time zone and with the station's settings.
    QDate openedOn(const MediationCase &mediation) const;
    QDate deadline(const MediationCase &mediation) const; // opened on + overdue days
    bool isOverdue(const MediationCase &mediation) const; // open and today past deadline
    std::optional<QDate> nextFollowUp(const MediationCase &mediation) const;
    // The date the agreement was sealed (station date); null before sealing.
    QDate agreementDate(const MediationCase &mediation) const;

    // --- The case ----------------------------------------------------------------------
    // Every problem that stops the case from being stored, by field.
    QList<Error> problems(const MediationCase &mediation) const;
    // A new case (not from an alert): source, type, facts, parties, mediators, risk.
    Result<MediationCase> createCase(const MediationCase &draft) const;
    // One step: a case carrying the alert's caller as applicant, its summary as facts, its
    // area, location and officers (as mediators), and the alert moved to
    // referred_to_mediation in the same transaction. An alert that already has an open
    // case, or whose status cannot move there, is refused.
    Result<MediationCase> createFromAlert(qint64 alertId, DisputeType type) const;
    // Stores the edited case fields, parties and mediators (not outcome, status, sessions,
    // agreement or follow-ups). Parties and mediators are part of a sealed agreement and
    // cannot change after sealing; a draft agreement's signatures over other content are
    // removed.
    Result<MediationCase> updateCase(const MediationCase &edited) const;

    // --- Sessions ----------------------------------------------------------------------
    Result<MediationCase> addSession(qint64 caseId, qint64 rowVersion,
                                     const MediationSession &session) const;
    Result<MediationCase> updateSession(qint64 caseId, qint64 rowVersion,
                                        const MediationSession &session) const;
    Result<MediationCase> removeSession(qint64 caseId, qint64 rowVersion, qint64 sessionId) const;

    // --- Outcome and agreement ---------------------------------------------------------
    // LegalChannels needs legalChannel, FailedReferred needs referredTo. An outcome other
    // than AgreementReached is refused once an agreement is sealed.
    Result<MediationCase> setOutcome(qint64 caseId, qint64 rowVersion, MediationOutcome outcome,
                                     std::optional<LegalChannel> channel = {},
                                     const QString &referredTo = {},
                                     const QString &note = {}) const;
    // Saves the agreement's text as typed (a draft); signatures made over other content are
    // removed. Refused once sealed. Sets the outcome to AgreementReached.
    Result<MediationCase> saveAgreement(qint64 caseId, qint64 rowVersion,
                                        const MediationAgreement &agreement) const;
    // What stops the agreement from being signed (terms, liability, parties, mediators).
    QList<Error> agreementProblems(const MediationCase &mediation) const;
    // Signatures still needed before sealing: every party and at least one mediator.
    QStringList missingSignatures(const MediationCase &mediation) const;
    // A party signs as printed (role Party, slot = party index). A mediator signs with role
    // Officer and must be the logged-in person, one of the case's mediators, and give their
    // password again (counts towards lockout).
    Result<Signature> sign(qint64 caseId, qint64 rowVersion, const SignatureInput &input,
                           const std::optional<Secret> &mediatorPassword = std::nullopt) const;
    Result<MediationCase> removeSignature(qint64 caseId, qint64 rowVersion, SignatureRole role,
                                          int slot) const;
    // Refused without terms or liability, or without every party's and a mediator's
    // signature. Schedules the first follow-up visit (the first_follow_up_days setting
    // after the sealing date).
    Result<MediationCase> sealAgreement(qint64 caseId, qint64 rowVersion) const;

    // --- Follow-up ---------------------------------------------------------------------
    // Needs a sealed agreement; a date before the agreement is refused.
    Result<MediationCase> scheduleFollowUp(qint64 caseId, qint64 rowVersion, const QDate &dueOn,
                                           const QString &plan = {}) const;
    // Records a scheduled visit (once). A visit before the agreement is refused; a new risk
    // reopens a closed case.
    Result<MediationCase> recordFollowUp(qint64 caseId, qint64 rowVersion, qint64 followUpId,
                                         const FollowUpVisit &visit) const;
    // Only a visit not yet recorded can be removed.
    Result<MediationCase> removeFollowUp(qint64 caseId, qint64 rowVersion, qint64 followUpId) const;

    // --- Closing -----------------------------------------------------------------------
    // Needs an outcome (and a sealed agreement for AgreementReached); a closed case is
    // refused.
    Result<MediationCase> close(qint64 caseId, qint64 rowVersion, const QString &note = {}) const;
    Result<MediationCase> reopen(qint64 caseId, qint64 rowVersion, const QString &reason) const;

    // --- Verification and output -------------------------------------------------------
    // Every sealed agreement's content hash, signatures and seal re-checked from the stored
    // rows (problems name the TJ number); progress(done, total) may return false to stop.
    Result<QList<RecordProblem>>
    verifyAll(const std::function<bool(qint64, qint64)> &progress = {}) const;
    // Print, PDF or print preview of the agreement or summary: an audit row naming the case.
    // action: "print", "pdf", "print_preview" (the agreement); "summary_print",
    // "summary_pdf", "summary_preview" (the case summary).
    Status recordOutput(qint64 caseId, const QString &action) const;

    // The station's change feed, for lists of what this writes (they refresh on its commits).
    ChangeFeed &changes() const { return m_context.database.changes(); }

private:
    Status requireWrite(const QString &number) const;
    // Loads the case's number and checks FileAlerts before any transaction opens (a denial
    // is audited in a transaction of its own).
    Status allowedFor(qint64 caseId) const;
    // The case as stored, carrying the row version the caller saw: the repository's write
    // (update or touch, WHERE row_version = ?) is the one place a stale edit is refused.
    Result<MediationCase> forWriting(qint64 caseId, qint64 rowVersion) const;
    Result<MediationCase> agreementForWriting(qint64 caseId, qint64 rowVersion) const;
    Result<MediationCase> finish(qint64 caseId, qint64 rowVersion, const QString &action,
                                 const QString &number, const QString &details) const;
    // One change to a stored case: after allowedFor, in one transaction, change gets the case
    // (forWriting), its repository, the time and the actor, makes its checks and writes, and
    // returns the details of the audit row `action` that finish() appends.
    using CaseChange = std::function<Result<QString>(const MediationCase &current,
                                                     const MediationRepository &repository,
                                                     qint64 now, const QString &actor)>;
    Result<MediationCase> changeCase(qint64 caseId, qint64 rowVersion, const QString &action,
                                     const CaseChange &change) const;
    Result<Signature> prepareSignature(const MediationCase &mediation,
                                       const SignatureInput &input) const;
    QStringList verifyOne(const MediationCase &mediation) const;
    // The instants and dates a list's filter is computed with, as of today at the station.
    struct ListDates {
        qint64 overdueCutoffMs = 0; // open cases opened before it are overdue
        QDate dueBy;                // visits due on or before it are due within the filter's days
    };
    ListDates listDates(const MediationFilter &filter) const;
    void markDeadlines(QList<MediationSummary> &summaries) const;
    int overdueDays() const;

    const ServiceContext m_context;
    AccountService &m_accounts;
    const StationSettings &m_settings;
};

} // namespace sd
