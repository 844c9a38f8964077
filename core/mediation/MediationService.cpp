#include "core/mediation/MediationService.h"

#include "core/frontdesk/AlertRepository.h"
#include "core/frontdesk/AlertService.h"
#include "core/kernel/settings/ClosedPeriodRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/mediation/MediationCanonical.h"
#include "core/mediation/MediationQueryRepository.h"
#include "core/mediation/MediationRepository.h"
#include "core/organisation/ContactValidator.h"
#include "core/organisation/IdNumber.h"
#include "core/organisation/PersonRepository.h"
#include "core/organisation/UnitRepository.h"
#include "core/signatures/SignatureRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"mediation"_s;

MediationCase trimmed(MediationCase c) {
    c.facts = c.facts.trimmed();
    c.location = c.location.trimmed();
    c.riskReason = c.riskReason.trimmed();
    for (MediationParty &party : c.parties) {
        party.name = party.name.trimmed();
        party.documentNumber = party.documentNumber.trimmed().toUpper();
        party.phone = party.phone.trimmed();
        party.address = party.address.trimmed();
    }
    return c;
}
} // namespace

// --- Permission ---------------------------------------------------------------------

Status MediationService::requireWrite(const QString &number) const {
    return m_context.access.require(Permission::FileAlerts, kKind, number);
}

Status MediationService::allowedFor(qint64 caseId) const {
    auto number = MediationRepository(m_context.database).numberOf(caseId);
    if (!number) {
        return number.error().code == ErrorCode::NotFound
                   ? Error::notFound(tr("No mediation case with id %1").arg(caseId))
                   : number.error();
    }
    return requireWrite(*number);
}

// --- Validation -----------------------------------------------------------------------

QList<Error> MediationService::problems(const MediationCase &raw) const {
    const MediationCase mediation = trimmed(raw);
    QList<Error> found;
    if (mediation.source == MediationSource::Alert && !mediation.alertId) {
        found << Error::validation(u"alert"_s, tr("A case from an alert must name the alert."));
    }
    if (mediation.facts.isEmpty()) {
        found << Error::validation(u"facts"_s, tr("Describe the facts of the dispute briefly."));
    }
    if (mediation.openedAt > m_context.clock.nowMs()) {
        found << Error::validation(u"opened_at"_s, tr("The case cannot open in the future."));
    }
    if (mediation.risk != RiskGrade::Low && mediation.riskReason.isEmpty()) {
        found << Error::validation(
            u"risk_reason"_s,
            tr("Give the reason for the %1 risk grade.").arg(displayName(mediation.risk)));
    }
    if (mediation.risk == RiskGrade::High && !mediation.owningLeaderId) {
        found << Error::validation(u"owning_leader"_s,
                                   tr("A high-risk case must name the station leader who "
                                      "personally owns it."));
    }
    bool hasApplicant = false;
    for (qsizetype i = 0; i < mediation.parties.size(); ++i) {
        const MediationParty &party = mediation.parties[i];
        hasApplicant = hasApplicant || party.role == PartyRole::Applicant;
        const QString prefix = u"party.%1."_s.arg(i);
        if (party.name.isEmpty()) {
            found << Error::validation(prefix + u"name"_s,
                                       tr("Party %1: enter the name.").arg(i + 1));
        }
        if (party.documentType == IdDocumentType::ResidentId && !party.documentNumber.isEmpty()) {
            if (auto valid = IdNumber::validate(party.documentNumber); !valid) {
                found << Error::validation(
                    prefix + u"document_number"_s,
                    tr("Party %1: %2").arg(i + 1).arg(valid.error().message));
            }
        }
        if (!party.phone.isEmpty() && !ContactValidator::isValidPhone(party.phone)) {
            found << Error::validation(
                prefix + u"phone"_s,
                tr("Party %1: \"%2\" is not a phone number.").arg(i + 1).arg(party.phone));
        }
    }
    if (mediation.parties.size() < 1 || !hasApplicant) {
        found << Error::validation(u"parties"_s, tr("Add at least the applicant as a party."));
    }
    if (mediation.mediatorIds.isEmpty()) {
        found << Error::validation(u"mediators"_s, tr("Name at least one mediator."));
    }
    return found;
}

// The checks that need the database: the area, the mediators and the owning leader exist
// and may act.
static Status checkReferences(const Database &database, const MediationCase &mediation,
                              const QList<qint64> &leaders) {
    if (mediation.areaId) {
        auto area = UnitRepository(database).areaExists(*mediation.areaId);
        SD_RETURN_IF_ERROR(area);
        if (!*area) {
            return Error::validation(u"area"_s,
                                     MediationService::tr("The community area no longer exists."));
        }
    }
    QSet<qint64> seen;
    for (const qint64 personId : mediation.mediatorIds) {
        if (seen.contains(personId)) {
            return Error::validation(u"mediators"_s,
                                     MediationService::tr("A mediator is named twice."));
        }
        seen.insert(personId);
        auto person = PersonRepository(database).findIfExists(personId);
        SD_RETURN_IF_ERROR(person);
        if (!person->has_value()) {
            return Error::validation(u"mediators"_s,
                                     MediationService::tr("A mediator no longer exists."));
        }
        if (!(*person)->active) {
            return Error::validation(u"mediators"_s,
                                     MediationService::tr("%1 has left the station and cannot "
                                                          "mediate.")
                                         .arg((*person)->name));
        }
    }
    if (mediation.owningLeaderId && !leaders.contains(*mediation.owningLeaderId)) {
        return Error::validation(u"owning_leader"_s,
                                 MediationService::tr("Only a station leader (chief, deputy chief "
                                                      "or instructor) can own a case."));
    }
    return {};
}

// --- The case -------------------------------------------------------------------------

Result<MediationCase> MediationService::forWriting(qint64 caseId, qint64 rowVersion) const {
    auto found = MediationRepository(m_context.database).find(caseId);
    SD_RETURN_IF_ERROR(found);
    // A case is dated by when it was opened: every write to it or its parts (sessions,
    // agreement, follow-ups) comes through here, inside its transaction.
    SD_RETURN_IF_ERROR(
        ClosedPeriodRepository(m_context.database)
            .requireOpen(found->openedAt, found->number, u"opened_at"_s, m_context.clock.nowMs()));
    found->rowVersion = rowVersion;
    return found;
}

Result<MediationCase> MediationService::agreementForWriting(qint64 caseId,
                                                            qint64 rowVersion) const {
    auto found = forWriting(caseId, rowVersion);
    if (found && found->agreementSealed()) {
        return Error::validation(u"agreement"_s,
                                 tr("The agreement of case %1 is sealed and can no longer be "
                                    "changed.")
                                     .arg(found->number));
    }
    return found;
}

Result<MediationCase> MediationService::finish(qint64 caseId, qint64 rowVersion,
                                               const QString &action, const QString &number,
                                               const QString &details) const {
    Q_UNUSED(rowVersion)
    auto stored = MediationRepository(m_context.database).find(caseId);
    return m_context.audit.confirm(stored, {action, kKind, number, u"success"_s, details});
}

Result<MediationCase> MediationService::changeCase(qint64 caseId, qint64 rowVersion,
                                                   const QString &action,
                                                   const CaseChange &change) const {
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        const MediationRepository repository(m_context.database);
        auto details = change(current.value(), repository, m_context.clock.nowMs(),
                              m_context.session.actor().name);
        SD_RETURN_IF_ERROR(details);
        return finish(caseId, rowVersion, action, current->number, details.value());
    });
}

Result<MediationCase> MediationService::createCase(const MediationCase &draft) const {
    MediationCase mediation = trimmed(draft);
    SD_RETURN_IF_ERROR(requireWrite(u"new"_s));
    const qint64 now = m_context.clock.nowMs();
    if (mediation.openedAt == 0) {
        mediation.openedAt = now;
    }
    if (const auto found = problems(mediation); !found.isEmpty()) {
        return found.first();
    }
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto leaders = MediationQueryRepository(m_context.database).leaderIds();
        SD_RETURN_IF_ERROR(leaders);
        SD_RETURN_IF_ERROR(checkReferences(m_context.database, mediation, leaders.value()));
        SD_RETURN_IF_ERROR(ClosedPeriodRepository(m_context.database)
                               .requireOpen(mediation.openedAt, {}, u"opened_at"_s, now));
        MediationRepository repository(m_context.database);
        auto number = repository.nextNumber(
            QDateTime::fromMSecsSinceEpoch(mediation.openedAt, stationZone(m_context.station))
                .date()
                .year());
        SD_RETURN_IF_ERROR(number);
        mediation.number = number.value();
        mediation.status = MediationStatus::Open;
        mediation.outcome.reset();
        mediation.closedAt.reset();
        auto id = repository.insert(mediation, now, m_context.session.actor().name);
        SD_RETURN_IF_ERROR(id);
        return finish(id.value(), 0, u"mediation.create"_s, mediation.number,
                      u"type=%1 risk=%2 source=%3"_s.arg(toKey(mediation.disputeType),
                                                         toKey(mediation.risk),
                                                         toKey(mediation.source)));
    });
}

Result<MediationCase> MediationService::createFromAlert(qint64 alertId, DisputeType type) const {
    AlertRepository alerts(m_context.database);
    auto alert = alerts.find(alertId);
    SD_RETURN_IF_ERROR(alert);
    SD_RETURN_IF_ERROR(requireWrite(alert->number));
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto current = alerts.find(alertId);
        SD_RETURN_IF_ERROR(current);
        MediationRepository repository(m_context.database);
        auto existing = repository.openNumbersForAlert(alertId);
        SD_RETURN_IF_ERROR(existing);
        if (!existing->isEmpty()) {
            return Error::validation(u"alert"_s, tr("Alert %1 already has the open mediation "
                                                    "case %2.")
                                                     .arg(current->number, existing->first()));
        }
        if (current->status != AlertStatus::ReferredToMediation &&
            !alertStatusChangeAllowed(current->status, AlertStatus::ReferredToMediation)) {
            return Error::validation(u"alert"_s,
                                     tr("Alert %1 is %2 and cannot be referred to mediation.")
                                         .arg(current->number, displayName(current->status)));
        }
        const qint64 now = m_context.clock.nowMs();
        const QString actor = m_context.session.actor().name;
        MediationCase mediation;
        mediation.source = MediationSource::Alert;
        mediation.alertId = alertId;
        mediation.disputeType = type;
        mediation.facts = current->summary.trimmed();
        mediation.areaId = current->areaId;
        mediation.location = current->location.trimmed();
        mediation.openedAt = now;
        mediation.mediatorIds = current->officerIds;
        if (!current->callerName.trimmed().isEmpty()) {
            MediationParty caller;
            caller.role = PartyRole::Applicant;
            caller.name = current->callerName.trimmed();
            caller.phone = current->callerPhone.trimmed();
            if (!caller.phone.isEmpty() && !ContactValidator::isValidPhone(caller.phone)) {
                caller.phone.clear();
            }
            mediation.parties << caller;
        }
        auto number =
            repository.nextNumber(stationToday(m_context.clock, m_context.station).year());
        SD_RETURN_IF_ERROR(number);
        mediation.number = number.value();
        auto id = repository.insert(mediation, now, actor);
        SD_RETURN_IF_ERROR(id);
        if (current->status != AlertStatus::ReferredToMediation) {
            SD_RETURN_IF_ERROR(AlertService::moveOn(m_context.database, m_context.audit,
                                                    current.value(),
                                                    AlertStatus::ReferredToMediation, now, actor));
        }
        return finish(id.value(), 0, u"mediation.create"_s, mediation.number,
                      u"alert=%1 type=%2"_s.arg(current->number, toKey(type)));
    });
}

Result<MediationCase> MediationService::updateCase(const MediationCase &raw) const {
    const MediationCase edited = trimmed(raw);
    SD_RETURN_IF_ERROR(requireWrite(edited.number));
    if (const auto found = problems(edited); !found.isEmpty()) {
        return found.first();
    }
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto current = forWriting(edited.id, edited.rowVersion);
        SD_RETURN_IF_ERROR(current);
        MediationCase next = current.value();
        next.source = edited.source;
        next.alertId = edited.source == MediationSource::Alert ? current->alertId : edited.alertId;
        if (edited.source == MediationSource::Alert && !current->alertId) {
            return Error::validation(u"source"_s, tr("Only a case created from an alert can "
                                                     "have the source \"from an alert\"."));
        }
        next.disputeType = edited.disputeType;
        next.facts = edited.facts;
        next.areaId = edited.areaId;
        next.location = edited.location;
        if (edited.openedAt > 0) {
            SD_RETURN_IF_ERROR(ClosedPeriodRepository(m_context.database)
                                   .requireOpen(edited.openedAt, current->number, u"opened_at"_s,
                                                m_context.clock.nowMs()));
            next.openedAt = edited.openedAt;
        }
        next.risk = edited.risk;
        next.riskReason = edited.riskReason;
        next.owningLeaderId = edited.owningLeaderId;
        next.parties = edited.parties;
        next.mediatorIds = edited.mediatorIds;
        const bool partsChanged =
            current->parties != edited.parties || current->mediatorIds != edited.mediatorIds ||
            current->disputeType != edited.disputeType || current->facts != edited.facts;
        if (current->agreementSealed() && partsChanged) {
            return Error::validation(u"agreement"_s,
                                     tr("The agreement of case %1 is sealed: its type, facts, "
                                        "parties and mediators can no longer change.")
                                         .arg(current->number));
        }
        auto leaders = MediationQueryRepository(m_context.database).leaderIds();
        SD_RETURN_IF_ERROR(leaders);
        SD_RETURN_IF_ERROR(checkReferences(m_context.database, next, leaders.value()));
        MediationRepository repository(m_context.database);
        SD_RETURN_IF_ERROR(
            repository.update(next, m_context.clock.nowMs(), m_context.session.actor().name, true));
        int removed = 0;
        if (current->agreement && !current->agreementSealed()) {
            auto reread = repository.find(next.id);
            SD_RETURN_IF_ERROR(reread);
            auto stale = SignatureRepository(m_context.database, kKind)
                             .removeStale(next.id, MediationCanonical::contentSha256(*reread));
            SD_RETURN_IF_ERROR(stale);
            removed = stale.value();
        }
        return finish(next.id, 0, u"mediation.update"_s, next.number,
                      u"risk=%1 signatures_removed=%2"_s.arg(toKey(next.risk)).arg(removed));
    });
}

// --- Sessions -------------------------------------------------------------------------

static Status checkSession(const MediationSession &session, qint64 nowMs) {
    if (session.heldAt <= 0) {
        return Error::validation(u"session.held_at"_s,
                                 MediationService::tr("Enter when the session was held."));
    }
    if (session.heldAt > nowMs + 366LL * 24 * 3600 * 1000) {
        return Error::validation(u"session.held_at"_s,
                                 MediationService::tr("The session date is more than a year "
                                                      "ahead."));
    }
    if (session.place.trimmed().isEmpty()) {
        return Error::validation(u"session.place"_s,
                                 MediationService::tr("Enter where the session was held."));
    }
    return {};
}

Result<MediationCase> MediationService::addSession(qint64 caseId, qint64 rowVersion,
                                                   const MediationSession &session) const {
    SD_RETURN_IF_ERROR(checkSession(session, m_context.clock.nowMs()));
    return changeCase(caseId, rowVersion, u"mediation.session_add"_s,
                      [&](const MediationCase &, const MediationRepository &repository, qint64 now,
                          const QString &actor) -> Result<QString> {
                          SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
                          auto id = repository.insertSession(caseId, session, now, actor);
                          SD_RETURN_IF_ERROR(id);
                          return u"session=%1"_s.arg(id.value());
                      });
}

Result<MediationCase> MediationService::updateSession(qint64 caseId, qint64 rowVersion,
                                                      const MediationSession &session) const {
    SD_RETURN_IF_ERROR(checkSession(session, m_context.clock.nowMs()));
    return changeCase(caseId, rowVersion, u"mediation.session_update"_s,
                      [&](const MediationCase &, const MediationRepository &repository, qint64 now,
                          const QString &actor) -> Result<QString> {
                          SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
                          SD_RETURN_IF_ERROR(repository.updateSession(caseId, session, now, actor));
                          return u"session=%1"_s.arg(session.id);
                      });
}

Result<MediationCase> MediationService::removeSession(qint64 caseId, qint64 rowVersion,
                                                      qint64 sessionId) const {
    return changeCase(caseId, rowVersion, u"mediation.session_remove"_s,
                      [&](const MediationCase &, const MediationRepository &repository, qint64 now,
                          const QString &actor) -> Result<QString> {
                          SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
                          SD_RETURN_IF_ERROR(repository.deleteSession(caseId, sessionId));
                          return u"session=%1"_s.arg(sessionId);
                      });
}

} // namespace sd
