#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/mediation/Mediation.h"

namespace sd {

// SQL for a mediation case and its parts: parties, mediators, sessions, the agreement
// and follow-up visits (agreement signatures live in SignatureRepository, kind
// "mediation"). Every write bumps the case's row_version and is conditioned on the
// version the caller read, so a stale edit is a Conflict. Callers own the transaction.
class MediationRepository {
public:
    explicit MediationRepository(const Database &database)
        : m_database(database) {}

    Result<MediationCase> find(qint64 id) const;
    Result<std::optional<qint64>> idByNumber(const QString &number) const;
    Result<QString> numberOf(qint64 id) const; // NotFound when there is no such case
    // The next free TJ-<year>-NNNN.
    Result<QString> nextNumber(int year) const;
    Result<QList<qint64>> sealedIds() const;
    // Open cases created from the alert.
    Result<QList<QString>> openNumbersForAlert(qint64 alertId) const;

    Result<qint64> insert(const MediationCase &mediation, qint64 nowMs, const QString &actor) const;
    // Writes every case column (outcome and status too) and, with children, the parties and
    // mediators; bumps row_version. Stale rowVersion → Conflict.
    Status update(const MediationCase &mediation, qint64 nowMs, const QString &actor,
                  bool children) const;
    // Bumps row_version only (a part of the case changed).
    Status touch(qint64 id, qint64 rowVersion, qint64 nowMs, const QString &actor) const;

    Result<qint64> insertSession(qint64 caseId, const MediationSession &session, qint64 nowMs,
                                 const QString &actor) const;
    Status updateSession(qint64 caseId, const MediationSession &session, qint64 nowMs,
                         const QString &actor) const;
    Status deleteSession(qint64 caseId, qint64 sessionId) const;

    // Inserts or updates the draft agreement's text; a sealed one matches no row.
    Status saveAgreement(qint64 caseId, const MediationAgreement &agreement, qint64 nowMs,
                         const QString &actor) const;
    Status sealAgreement(qint64 caseId, qint64 nowMs, const QString &actor,
                         const QString &contentSha256, const QString &sealDigest) const;

    Result<qint64> insertFollowUp(qint64 caseId, const QDate &dueOn, const QString &plan,
                                  qint64 nowMs, const QString &actor) const;
    // Records the visit on a follow-up not yet recorded.
    Status recordFollowUp(qint64 caseId, qint64 followUpId, const FollowUpVisit &visit,
                          qint64 nowMs, const QString &actor) const;
    Status deleteFollowUp(qint64 caseId, qint64 followUpId) const;

private:
    Status checkWritable(qint64 id, qint64 affected) const;
    Status writeChildren(const MediationCase &mediation) const;
    Status fillChildren(MediationCase &mediation) const;
    Status fillAgreement(MediationCase &mediation) const;
    Status fillSessionsAndFollowUps(MediationCase &mediation) const;
    Status expectOne(const Result<QSqlQuery> &query, const QString &what) const;

    const Database &m_database;
};

} // namespace sd
