// MediationService: follow-up visits after the agreement, closing and reopening.
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/mediation/MediationRepository.h"
#include "core/mediation/MediationService.h"
#include "core/organisation/PersonRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"mediation"_s;
} // namespace

Result<MediationCase> MediationService::scheduleFollowUp(qint64 caseId, qint64 rowVersion,
                                                         const QDate &dueOn,
                                                         const QString &plan) const {
    if (!dueOn.isValid()) {
        return Error::validation(u"due_on"_s, tr("Enter the date of the follow-up visit."));
    }
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        if (!current->agreementSealed()) {
            return Error::validation(u"follow_up"_s,
                                     tr("Follow-up visits are scheduled after a sealed "
                                        "agreement; case %1 has none.")
                                         .arg(current->number));
        }
        const QDate agreed = agreementDate(current.value());
        if (dueOn < agreed) {
            return Error::validation(u"due_on"_s,
                                     tr("A follow-up visit cannot be before the agreement of %1.")
                                         .arg(QLocale().toString(agreed, QLocale::ShortFormat)));
        }
        MediationRepository repository(m_database);
        const qint64 now = m_clock.nowMs();
        const QString actor = m_session.actor().name;
        SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
        auto id = repository.insertFollowUp(caseId, dueOn, plan, now, actor);
        SD_RETURN_IF_ERROR(id);
        return finish(caseId, rowVersion, u"mediation.follow_up_schedule"_s, current->number,
                      u"due_on=%1"_s.arg(dueOn.toString(Qt::ISODate)));
    });
}

Result<MediationCase> MediationService::recordFollowUp(qint64 caseId, qint64 rowVersion,
                                                       qint64 followUpId,
                                                       const FollowUpVisit &visit) const {
    if (visit.visitedAt <= 0) {
        return Error::validation(u"visited_at"_s, tr("Enter when the visit was made."));
    }
    if (visit.visitedAt > m_clock.nowMs()) {
        return Error::validation(u"visited_at"_s, tr("A visit cannot be recorded in advance."));
    }
    if (visit.newRisk && visit.newRiskNote.trimmed().isEmpty()) {
        return Error::validation(u"new_risk_note"_s, tr("Describe the new risk."));
    }
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        const MediationFollowUp *followUp = nullptr;
        for (const MediationFollowUp &candidate : current->followUps) {
            if (candidate.id == followUpId) {
                followUp = &candidate;
            }
        }
        if (!followUp) {
            return Error::validation(u"follow_up"_s, tr("That follow-up visit no longer exists."));
        }
        if (followUp->isDone()) {
            return Error::validation(
                u"follow_up"_s,
                tr("The follow-up visit due on %1 is already recorded.")
                    .arg(QLocale().toString(followUp->dueOn, QLocale::ShortFormat)));
        }
        if (current->agreementSealed() && visit.visitedAt < current->agreement->sealedAt) {
            return Error::validation(u"visited_at"_s,
                                     tr("A follow-up visit cannot be before the agreement."));
        }
        if (visit.nextDueOn &&
            (!visit.nextDueOn->isValid() || *visit.nextDueOn < agreementDate(current.value()))) {
            return Error::validation(u"due_on"_s, tr("The next visit's date is not valid."));
        }
        if (visit.visitorId) {
            auto visitor = PersonRepository(m_database).findIfExists(*visit.visitorId);
            SD_RETURN_IF_ERROR(visitor);
            if (!visitor->has_value()) {
                return Error::validation(u"visitor"_s, tr("The visitor no longer exists."));
            }
        }
        MediationRepository repository(m_database);
        const qint64 now = m_clock.nowMs();
        const QString actor = m_session.actor().name;
        MediationCase next = current.value();
        const bool reopen = visit.newRisk && next.status == MediationStatus::Closed;
        if (reopen) {
            next.status = MediationStatus::Open;
            next.closedAt.reset();
            next.closedBy.clear();
        }
        SD_RETURN_IF_ERROR(repository.update(next, now, actor, false));
        SD_RETURN_IF_ERROR(repository.recordFollowUp(caseId, followUpId, visit, now, actor));
        if (visit.nextDueOn) {
            auto scheduled =
                repository.insertFollowUp(caseId, *visit.nextDueOn, QString(), now, actor);
            SD_RETURN_IF_ERROR(scheduled);
        }
        if (reopen) {
            if (Status audited = m_audit.append(
                    {u"mediation.reopen"_s, kKind, current->number, u"success"_s, u"new_risk"_s});
                !audited) {
                return audited.error();
            }
        }
        return finish(caseId, rowVersion, u"mediation.follow_up_record"_s, current->number,
                      u"due_on=%1 terms=%2 satisfaction=%3 new_risk=%4"_s
                          .arg(followUp->dueOn.toString(Qt::ISODate), toKey(visit.termsCarriedOut),
                               toKey(visit.satisfaction))
                          .arg(visit.newRisk ? 1 : 0));
    });
}

Result<MediationCase> MediationService::removeFollowUp(qint64 caseId, qint64 rowVersion,
                                                       qint64 followUpId) const {
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        MediationRepository repository(m_database);
        SD_RETURN_IF_ERROR(
            repository.touch(caseId, rowVersion, m_clock.nowMs(), m_session.actor().name));
        if (Status removed = repository.deleteFollowUp(caseId, followUpId); !removed) {
            return Error::validation(u"follow_up"_s, removed.error().message);
        }
        return finish(caseId, rowVersion, u"mediation.follow_up_remove"_s, current->number,
                      u"follow_up=%1"_s.arg(followUpId));
    });
}

Result<MediationCase> MediationService::close(qint64 caseId, qint64 rowVersion,
                                              const QString &note) const {
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        if (current->status == MediationStatus::Closed) {
            return Error::validation(u"status"_s,
                                     tr("Case %1 is already closed.").arg(current->number));
        }
        if (!current->outcome) {
            return Error::validation(
                u"outcome"_s,
                tr("Record the outcome before closing case %1.").arg(current->number));
        }
        if (*current->outcome == MediationOutcome::AgreementReached &&
            !current->agreementSealed()) {
            return Error::validation(u"agreement"_s,
                                     tr("Case %1's agreement must be signed and sealed before "
                                        "the case is closed.")
                                         .arg(current->number));
        }
        const qint64 now = m_clock.nowMs();
        const QString actor = m_session.actor().name;
        MediationCase next = current.value();
        next.status = MediationStatus::Closed;
        next.closedAt = now;
        next.closedBy = actor;
        if (!note.trimmed().isEmpty()) {
            next.outcomeNote = next.outcomeNote.isEmpty()
                                   ? note.trimmed()
                                   : next.outcomeNote + u'\n' + note.trimmed();
        }
        SD_RETURN_IF_ERROR(MediationRepository(m_database).update(next, now, actor, false));
        return finish(caseId, rowVersion, u"mediation.close"_s, current->number,
                      u"outcome=%1"_s.arg(toKey(*current->outcome)));
    });
}

Result<MediationCase> MediationService::reopen(qint64 caseId, qint64 rowVersion,
                                               const QString &reason) const {
    if (reason.trimmed().isEmpty()) {
        return Error::validation(u"reason"_s, tr("Give the reason for reopening the case."));
    }
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        if (current->status == MediationStatus::Open) {
            return Error::validation(u"status"_s,
                                     tr("Case %1 is already open.").arg(current->number));
        }
        MediationCase next = current.value();
        next.status = MediationStatus::Open;
        next.closedAt.reset();
        next.closedBy.clear();
        SD_RETURN_IF_ERROR(MediationRepository(m_database)
                               .update(next, m_clock.nowMs(), m_session.actor().name, false));
        return finish(caseId, rowVersion, u"mediation.reopen"_s, current->number,
                      u"reason=%1"_s.arg(reason.trimmed()));
    });
}

} // namespace sd
