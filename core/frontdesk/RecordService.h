#pragma once

#include "core/accounts/AccountService.h"
#include "core/frontdesk/OnSceneRecord.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Secret.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

struct RecordSummary {
    qint64 id = 0;
    QString number;
    QString kind; // "onscene"
    QString alertNumber;
    RecordStatus status = RecordStatus::Draft;
    qint64 sealedAt = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
    QString amendsNumber;
    int signatureCount = 0;
};

struct RecordListFilter {
    std::optional<RecordStatus> status;
    std::optional<qint64> alertId;
    QString updatedBy; // e.g. the session's actor, to offer back a user's drafts
    int limit = 500;
};

// One field that differs between an amendment and the record it corrects.
struct RecordChange {
    QString field;
    QString before;
    QString after;
};

// On-scene resolution records: drafts (saved as typed, even half-filled, so an autosave
// never loses anything), signatures, sealing, amendments and verification. A sealed
// record is refused every edit here, whatever the caller.
class RecordService {
    Q_DECLARE_TR_FUNCTIONS(sd::RecordService)

public:
    RecordService(const ServiceContext &context, AccountService &accounts)
        : m_context(context)
        , m_accounts(accounts) {}

    // A new draft for an alert, with the alert's officers and the caller as first party.
    Result<OnSceneRecord> createFromAlert(qint64 alertId) const;
    Result<OnSceneRecord> record(qint64 id) const;
    Result<std::optional<OnSceneRecord>> recordByNumber(const QString &number) const;
    Result<QList<RecordSummary>> list(const RecordListFilter &filter) const;

    // Stores a draft as it is. Signatures made over different content are removed (they
    // no longer match what was signed), and the returned record says which remain.
    Result<OnSceneRecord> saveDraft(const OnSceneRecord &edited) const;
    Status discardDraft(qint64 id, qint64 rowVersion) const;
    // Every problem that stops the draft from being signed, by field (eligible_case,
    // facts, handling, result, parties, party.N.name, party.N.document_number,
    // party.N.phone, party.N.refusal_reason, officers, witness, witness_phone).
    QList<Error> problems(const OnSceneRecord &record) const;
    // Signatures still needed before sealing, as translated sentences.
    QStringList missingSignatures(const OnSceneRecord &record) const;

    // The officer's own signature needs their password (counts towards lockout) and the
    // signer must be one of the record's officers; party and witness sign as printed.
    Result<Signature> sign(qint64 recordId, qint64 rowVersion, const SignatureInput &input,
                           const std::optional<Secret> &officerPassword = std::nullopt) const;
    Status removeSignature(qint64 recordId, qint64 rowVersion, SignatureRole role, int slot) const;
    Result<OnSceneRecord> seal(qint64 recordId, qint64 rowVersion) const;

    // A draft amendment of a sealed record, carrying its content and the reason.
    Result<OnSceneRecord> amend(qint64 sealedId, const QString &reason) const;
    Result<QList<RecordChange>> changes(const OnSceneRecord &amendment) const;

    // Every sealed record's content hash, signatures and seal re-checked from the stored
    // rows; progress(done, total) may return false to stop.
    Result<QList<RecordProblem>>
    verifyAll(const std::function<bool(qint64, qint64)> &progress = {}) const;

    // Print, PDF or a full identity number shown: an audit row naming the record.
    Status recordOutput(qint64 recordId, const QString &action) const;

private:
    Status requireFile(const QString &number) const;
    // The draft as stored, carrying the row version the caller saw; a sealed record is
    // refused here, a stale version by the repository's write (WHERE row_version = ?).
    Result<OnSceneRecord> draftForWriting(qint64 id, qint64 rowVersion) const;
    // Refused when the month of the record's alert is closed.
    Status requireOpenMonth(qint64 alertId) const;
    Result<Signature> prepareSignature(const OnSceneRecord &record,
                                       const SignatureInput &input) const;
    QStringList verifyOne(const OnSceneRecord &record) const;

    const ServiceContext m_context;
    AccountService &m_accounts;
};

} // namespace sd
