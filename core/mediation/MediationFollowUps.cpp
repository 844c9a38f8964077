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
    return changeCase(
        caseId, rowVersion, u"mediation.follow_up_schedule"_s,
        [&](const MediationCase &current, const MediationRepository &repository, qint64 now,
            const QString &actor) -> Result<QString> {
            if (!current.agreementSealed()) {
                return Error::validation(u"follow_up"_s,
                                         tr("Follow-up visits are scheduled after a sealed "
                                            "agreement; case %1 has none.")
                                             .arg(current.number));
            }
            const QDate agreed = agreementDate(current);
            if (dueOn < agreed) {
                return Error::validation(
                    u"due_on"_s, tr("A follow-up visit cannot be before the agreement of %1.")
                                     .arg(QLocale().toString(agreed, QLocale::ShortFormat)));
            }
            SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
            auto id = repository.insertFollowUp(caseId, dueOn, plan, now, actor);
            SD_RETURN_IF_ERROR(id);
            return u"due_on=%1"_s.arg(dueOn.toString(Qt::ISODate));
        });
}

Result<MediationCase> MediationService::recordFollowUp(qint64 caseId, qint64 rowVersion,
                                                       qint64 followUpId,
                                                       const FollowUpVisit &visit) const {
    if (visit.visitedAt <= 0) {
        return Error::validation(u"visited_at"_s, tr("Enter when the visit was made."));
    }
    if (visit.visitedAt > m_context.clock.nowMs()) {
        return Error::validation(u"visited_at"_s, tr("A visit cannot be recorded in advance."));
    }
    if (visit.newRisk && visit.newRiskNote.trimmed().isEmpty()) {
        return Error::validation(u"new_risk_note"_s, tr("Describe the new risk."));
    }
    return changeCase(
        caseId, rowVersion, u"mediation.follow_up_record"_s,
        [&](const MediationCase &current, const MediationRepository &repository, qint64 now,
            const QString &actor) -> Result<QString> {
            const MediationFollowUp *followUp = nullptr;
            for (const MediationFollowUp &candidate : current.followUps) {
                if (candidate.id == followUpId) {
                    followUp = &candidate;
                }
            }
            if (!followUp) {
                return Error::validation(u"follow_up"_s,
                                         tr("That follow-up visit no longer exists."));
            }
            if (followUp->isDone()) {
                return Error::validation(
                    u"follow_up"_s,
                    tr("The follow-up visit due on %1 is already recorded.")
                        .arg(QLocale().toString(followUp->dueOn, QLocale::ShortFormat)));
            }
            if (current.agreementSealed() && visit.visitedAt < current.agreement->sealedAt) {
                return Error::validation(u"visited_at"_s,
                                         tr("A follow-up visit cannot be before the agreement."));
            }
            if (visit.nextDueOn &&
                (!visit.nextDueOn->isValid() || *visit.nextDueOn < agreementDate(current))) {
                return Error::validation(u"due_on"_s, tr("The next visit's date is not valid."));
            }
            if (visit.visitorId) {
                auto visitor = PersonRepository(m_context.database).findIfExists(*visit.visitorId);
                SD_RETURN_IF_ERROR(visitor);
                if (!visitor->has_value()) {
                    return Error::validation(u"visitor"_s, tr("The visitor no longer exists."));
                }
            }
            MediationCase next = current;
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
                if (Status audited =
                        m_context.audit.append({u"mediation.reopen"_s, kKind, current.number,
                                                u"success"_s, u"new_risk"_s});
                    !audited) {
                    return audited.error();
                }
            }
            return u"due_on=%1 terms=%2 satisfaction=%3 new_risk=%4"_s
                .arg(followUp->dueOn.toString(Qt::ISODate), toKey(visit.termsCarriedOut),
                     toKey(visit.satisfaction))
                .arg(visit.newRisk ? 1 : 0);
        });
}

Result<MediationCase> MediationService::removeFollowUp(qint64 caseId, qint64 rowVersion,
                                                       qint64 followUpId) const {
    return changeCase(caseId, rowVersion, u"mediation.follow_up_remove"_s,
                      [&](const MediationCase &, const MediationRepository &repository, qint64 now,
                          const QString &actor) -> Result<QString> {
                          SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
                          if (Status removed = repository.deleteFollowUp(caseId, followUpId);
                              !removed) {
                              return Error::validation(u"follow_up"_s, removed.error().message);
                          }
                          return u"follow_up=%1"_s.arg(followUpId);
                      });
}

Result<MediationCase> MediationService::close(qint64 caseId, qint64 rowVersion,
                                              const QString &note) const {
    return changeCase(
        caseId, rowVersion, u"mediation.close"_s,
        [&](const MediationCase &current, const MediationRepository &repository, qint64 now,
            const QString &actor) -> Result<QString> {
            if (current.status == MediationStatus::Closed) {
                return Error::validation(u"status"_s,
                                         tr("Case %1 is already closed.").arg(current.number));
            }
            if (!current.outcome) {
                return Error::validation(
                    u"outcome"_s,
                    tr("Record the outcome before closing case %1.").arg(current.number));
            }
            if (*current.outcome == MediationOutcome::AgreementReached &&
                !current.agreementSealed()) {
                return Error::validation(u"agreement"_s,
                                         tr("Case %1's agreement must be signed and sealed before "
                                            "the case is closed.")
                                             .arg(current.number));
            }
            MediationCase next = current;
            next.status = MediationStatus::Closed;
            next.closedAt = now;
            next.closedBy = actor;
            if (!note.trimmed().isEmpty()) {
                next.outcomeNote = next.outcomeNote.isEmpty()
                                       ? note.trimmed()
                                       : next.outcomeNote + u'\n' + note.trimmed();
            }
            SD_RETURN_IF_ERROR(repository.update(next, now, actor, false));
            return u"outcome=%1"_s.arg(toKey(*current.outcome));
        });
}

Result<MediationCase> MediationService::reopen(qint64 caseId, qint64 rowVersion,
                                               const QString &reason) const {
    if (reason.trimmed().isEmpty()) {
        return Error::validation(u"reason"_s, tr("Give the reason for reopening the case."));
    }
    return changeCase(caseId, rowVersion, u"mediation.reopen"_s,
                      [&](const MediationCase &current, const MediationRepository &repository,
                          qint64 now, const QString &actor) -> Result<QString> {
                          if (current.status == MediationStatus::Open) {
                              return Error::validation(
                                  u"status"_s, tr("Case %1 is already open.").arg(current.number));
                          }
                          MediationCase next = current;
                          next.status = MediationStatus::Open;
                          next.closedAt.reset();
                          next.closedBy.clear();
                          SD_RETURN_IF_ERROR(repository.update(next, now, actor, false));
                          return u"reason=%1"_s.arg(reason.trimmed());
                      });
}

} // namespace sd
