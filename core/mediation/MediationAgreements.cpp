// MediationService: outcome, the agreement, its signatures and seal, verification.
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/mediation/MediationCanonical.h"
#include "core/mediation/MediationRepository.h"
#include "core/mediation/MediationService.h"
#include "core/signatures/SealVerifier.h"
#include "core/signatures/SignatureCapture.h"
#include "core/signatures/SignatureDigest.h"
#include "core/signatures/SignatureRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"mediation"_s;

// Every party and at least one mediator must have signed over the content hash.
QStringList missingOver(const MediationCase &mediation, const QString &hash) {
    const QList<Signature> signatures =
        mediation.agreement ? mediation.agreement->signatures : QList<Signature>();
    QStringList missing;
    for (qsizetype i = 0; i < mediation.parties.size(); ++i) {
        if (!SealVerifier::signedOver(signatures, SignatureRole::Party, int(i), hash)) {
            missing << MediationService::tr("Party %1 (%2) has not signed.")
                           .arg(i + 1)
                           .arg(mediation.parties[i].name);
        }
    }
    bool mediatorSigned = false;
    for (qsizetype i = 0; i < mediation.mediatorIds.size(); ++i) {
        mediatorSigned = mediatorSigned ||
                         SealVerifier::signedOver(signatures, SignatureRole::Officer, int(i), hash);
    }
    if (!mediatorSigned) {
        missing << MediationService::tr("No mediator has signed.");
    }
    return missing;
}

QString defaultMeaning(SignatureRole role) {
    return role == SignatureRole::Officer
               ? MediationService::tr("I mediated this dispute and witnessed the parties agree.")
               : MediationService::tr("I agree to the terms above and will carry them out.");
}
} // namespace

Result<MediationCase> MediationService::setOutcome(qint64 caseId, qint64 rowVersion,
                                                   MediationOutcome outcome,
                                                   std::optional<LegalChannel> channel,
                                                   const QString &referredTo,
                                                   const QString &note) const {
    if (outcome == MediationOutcome::LegalChannels && !channel) {
        return Error::validation(u"legal_channel"_s,
                                 tr("Choose the legal channel the parties agree to use."));
    }
    if (outcome == MediationOutcome::FailedReferred && referredTo.trimmed().isEmpty()) {
        return Error::validation(u"referred_to"_s, tr("Name where the case was referred to."));
    }
    return changeCase(
        caseId, rowVersion, u"mediation.outcome"_s,
        [&](const MediationCase &current, const MediationRepository &repository, qint64 now,
            const QString &actor) -> Result<QString> {
            if (current.agreementSealed() && outcome != MediationOutcome::AgreementReached) {
                return Error::validation(u"outcome"_s,
                                         tr("Case %1 has a sealed agreement: its outcome is "
                                            "\"agreement reached\".")
                                             .arg(current.number));
            }
            MediationCase next = current;
            next.outcome = outcome;
            next.legalChannel = outcome == MediationOutcome::LegalChannels
                                    ? channel
                                    : std::optional<LegalChannel>();
            next.referredTo =
                outcome == MediationOutcome::FailedReferred ? referredTo.trimmed() : QString();
            next.outcomeNote = note.trimmed();
            SD_RETURN_IF_ERROR(repository.update(next, now, actor, false));
            return u"outcome=%1"_s.arg(toKey(outcome));
        });
}

Result<MediationCase> MediationService::saveAgreement(qint64 caseId, qint64 rowVersion,
                                                      const MediationAgreement &agreement) const {
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto current = agreementForWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        if (current->outcome && *current->outcome != MediationOutcome::AgreementReached) {
            return Error::validation(u"outcome"_s,
                                     tr("Case %1's outcome is \"%2\"; set it to \"agreement "
                                        "reached\" to write an agreement.")
                                         .arg(current->number, displayName(*current->outcome)));
        }
        MediationRepository repository(m_context.database);
        const qint64 now = m_context.clock.nowMs();
        const QString actor = m_context.session.actor().name;
        MediationCase next = current.value();
        next.outcome = MediationOutcome::AgreementReached;
        next.legalChannel.reset();
        next.referredTo.clear();
        SD_RETURN_IF_ERROR(repository.update(next, now, actor, false));
        SD_RETURN_IF_ERROR(repository.saveAgreement(caseId, agreement, now, actor));
        auto reread = repository.find(caseId);
        SD_RETURN_IF_ERROR(reread);
        auto removed = SignatureRepository(m_context.database, kKind)
                           .removeStale(caseId, MediationCanonical::contentSha256(*reread));
        SD_RETURN_IF_ERROR(removed);
        return finish(caseId, rowVersion, u"mediation.agreement_save"_s, current->number,
                      u"signatures_removed=%1"_s.arg(removed.value()));
    });
}

QList<Error> MediationService::agreementProblems(const MediationCase &mediation) const {
    QList<Error> found;
    if (!mediation.agreement) {
        found << Error::validation(u"agreement"_s, tr("Write the agreement first."));
        return found;
    }
    if (mediation.agreement->liability.trimmed().isEmpty()) {
        found << Error::validation(u"liability"_s, tr("State who is responsible for what."));
    }
    if (mediation.agreement->terms.trimmed().isEmpty()) {
        found << Error::validation(u"terms"_s, tr("An agreement needs its terms."));
    }
    if (mediation.parties.size() < 2) {
        found << Error::validation(u"parties"_s, tr("An agreement needs at least two parties."));
    }
    if (mediation.mediatorIds.isEmpty()) {
        found << Error::validation(u"mediators"_s, tr("Name at least one mediator."));
    }
    return found;
}

QStringList MediationService::missingSignatures(const MediationCase &mediation) const {
    return missingOver(mediation, MediationCanonical::contentSha256(mediation));
}

Result<Signature> MediationService::prepareSignature(const MediationCase &mediation,
                                                     const SignatureInput &input) const {
    Signature signature;
    signature.recordId = mediation.id;
    signature.role = input.role;
    switch (input.role) {
    case SignatureRole::Party: {
        if (input.slot < 0 || input.slot >= mediation.parties.size()) {
            return Error::validation(u"signature"_s,
                                     tr("There is no party %1.").arg(input.slot + 1));
        }
        signature.slot = input.slot;
        signature.printedName = mediation.parties[input.slot].name;
        break;
    }
    case SignatureRole::Officer: {
        // By the account's person, not the badge typed at login: a badge can be corrected
        // while the mediator is logged in.
        const qint64 me = m_context.session.actor().personId;
        const qsizetype index = me == 0 ? -1 : mediation.mediatorIds.indexOf(me);
        if (index < 0) {
            return Error::validation(u"signature"_s,
                                     tr("Only one of the case's mediators can sign as the "
                                        "mediator; log in as that mediator."));
        }
        signature.slot = int(index);
        signature.printedName = mediation.mediatorNames[index];
        signature.personId = mediation.mediatorIds[index];
        break;
    }
    case SignatureRole::Witness:
        return Error::validation(u"signature"_s,
                                 tr("A mediation agreement is signed by the parties and the "
                                    "mediator only."));
    }
    return SignatureCapture(m_context.database, m_context.clock, m_context.audit, kKind)
        .complete(signature, input, defaultMeaning(input.role), mediation.number,
                  MediationCanonical::contentSha256(mediation));
}

Result<Signature> MediationService::sign(qint64 caseId, qint64 rowVersion,
                                         const SignatureInput &input,
                                         const std::optional<Secret> &mediatorPassword) const {
    auto current = agreementForWriting(caseId, rowVersion);
    SD_RETURN_IF_ERROR(current);
    SD_RETURN_IF_ERROR(requireWrite(current->number));
    if (const auto found = agreementProblems(current.value()); !found.isEmpty()) {
        return found.first();
    }
    SD_RETURN_IF_ERROR(SignatureCapture::confirmOfficer(
        m_accounts, input, mediatorPassword, tr("Enter your password to sign as the mediator.")));
    return inTransaction(m_context.database, [&]() -> Result<Signature> {
        auto mediation = agreementForWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(mediation);
        auto signature = prepareSignature(mediation.value(), input);
        SD_RETURN_IF_ERROR(signature);
        return SignatureCapture(m_context.database, m_context.clock, m_context.audit, kKind)
            .store(signature.value(), mediation->number, [&] {
                return MediationRepository(m_context.database)
                    .touch(caseId, rowVersion, m_context.clock.nowMs(),
                           m_context.session.actor().name);
            });
    });
}

Result<MediationCase> MediationService::removeSignature(qint64 caseId, qint64 rowVersion,
                                                        SignatureRole role, int slot) const {
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto current = agreementForWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(current);
        SD_RETURN_IF_ERROR(
            SignatureRepository(m_context.database, kKind).remove(caseId, role, slot));
        SD_RETURN_IF_ERROR(MediationRepository(m_context.database)
                               .touch(caseId, rowVersion, m_context.clock.nowMs(),
                                      m_context.session.actor().name));
        return finish(caseId, rowVersion, u"mediation.unsign"_s, current->number,
                      u"role=%1 slot=%2"_s.arg(toKey(role)).arg(slot));
    });
}

Result<MediationCase> MediationService::sealAgreement(qint64 caseId, qint64 rowVersion) const {
    SD_RETURN_IF_ERROR(allowedFor(caseId));
    return inTransaction(m_context.database, [&]() -> Result<MediationCase> {
        auto mediation = agreementForWriting(caseId, rowVersion);
        SD_RETURN_IF_ERROR(mediation);
        if (const auto found = agreementProblems(mediation.value()); !found.isEmpty()) {
            return found.first();
        }
        if (const QStringList missing = missingSignatures(mediation.value()); !missing.isEmpty()) {
            return Error::validation(u"signatures"_s, missing.join(u' '));
        }
        const QString content = MediationCanonical::contentSha256(mediation.value());
        const qint64 now = m_context.clock.nowMs();
        const QString actor = m_context.session.actor().name;
        const QString digest =
            SignatureDigest::sealDigest(content, now, actor, mediation->agreement->signatures);
        MediationRepository repository(m_context.database);
        SD_RETURN_IF_ERROR(repository.touch(caseId, rowVersion, now, actor));
        SD_RETURN_IF_ERROR(repository.sealAgreement(caseId, now, actor, content, digest));
        // The first follow-up visit, a setting's days after the agreement. No plan is stored:
        // each reader sees followUpPlanText()'s default in their own language.
        const QDate sealedOn =
            QDateTime::fromMSecsSinceEpoch(now, stationZone(m_context.station)).date();
        const QDate firstVisit = sealedOn.addDays(m_settings.value(SettingKey::FirstFollowUpDays));
        auto followUp = repository.insertFollowUp(caseId, firstVisit, QString(), now, actor);
        SD_RETURN_IF_ERROR(followUp);
        if (Status audited = m_context.audit.append(
                {u"mediation.follow_up_schedule"_s, kKind, mediation->number, u"success"_s,
                 u"due_on=%1"_s.arg(firstVisit.toString(Qt::ISODate))});
            !audited) {
            return audited.error();
        }
        return finish(caseId, rowVersion, u"mediation.seal"_s, mediation->number,
                      u"content=%1 seal=%2"_s.arg(content, digest));
    });
}

QStringList MediationService::verifyOne(const MediationCase &mediation) const {
    QStringList found;
    const MediationAgreement &agreement = *mediation.agreement;
    if (MediationCanonical::contentSha256(mediation) != agreement.contentSha256) {
        found << tr("its content no longer matches the content that was sealed");
    }
    // Missing signatures are checked against the content as sealed, so a changed text is not
    // reported twice.
    return found + SealVerifier(m_context.database, kKind)
                       .verify({mediation.number, agreement.contentSha256, agreement.sealedAt,
                                agreement.sealedBy, agreement.sealDigest, agreement.signatures},
                               &mediationSignerName,
                               missingOver(mediation, agreement.contentSha256));
}

Result<QList<RecordProblem>>
MediationService::verifyAll(const std::function<bool(qint64, qint64)> &progress) const {
    return SealVerifier::verifyAll(
        MediationRepository(m_context.database),
        [this](const MediationCase &sealed) { return verifyOne(sealed); }, progress);
}

Status MediationService::recordOutput(qint64 caseId, const QString &action) const {
    static const QStringList kActions{u"print"_s,         u"pdf"_s,         u"print_preview"_s,
                                      u"summary_print"_s, u"summary_pdf"_s, u"summary_preview"_s};
    if (!kActions.contains(action)) {
        return Error::validation(u"action"_s, u"unknown output action %1"_s.arg(action));
    }
    auto found = mediationCase(caseId);
    SD_RETURN_IF_ERROR(found);
    return m_context.audit.record(
        {u"mediation."_s + action, kKind, found->number, u"success"_s, {}});
}

} // namespace sd
