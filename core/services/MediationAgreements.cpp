// MediationService: outcome, the agreement, its signatures and seal, verification.
#include "domain/MediationCanonical.h"
#include "domain/RecordCanonical.h"
#include "domain/SignatureStrokes.h"
#include "services/MediationService.h"
#include "services/StationCalendar.h"
#include "storage/MediationRepository.h"
#include "storage/SignatureRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QImage>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"mediation"_s;

bool signedOver(const MediationCase &mediation, SignatureRole role, int slot, const QString &hash) {
    if (!mediation.agreement) {
        return false;
    }
    for (const Signature &signature : mediation.agreement->signatures) {
        if (signature.role == role && signature.slot == slot && signature.contentSha256 == hash) {
            return true;
        }
    }
    return false;
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
    if (Status allowed = allowedFor(caseId); !allowed) {
        return allowed.error();
    }
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = forWriting(caseId, rowVersion);
        if (!current) {
            return current.error();
        }
        if (current->agreementSealed() && outcome != MediationOutcome::AgreementReached) {
            return Error::validation(u"outcome"_s,
                                     tr("Case %1 has a sealed agreement: its outcome is "
                                        "\"agreement reached\".")
                                         .arg(current->number));
        }
        MediationCase next = current.value();
        next.outcome = outcome;
        next.legalChannel =
            outcome == MediationOutcome::LegalChannels ? channel : std::optional<LegalChannel>();
        next.referredTo =
            outcome == MediationOutcome::FailedReferred ? referredTo.trimmed() : QString();
        next.outcomeNote = note.trimmed();
        if (Status updated = MediationRepository(m_database)
                                 .update(next, m_clock.nowMs(), m_session.actor().name, false);
            !updated) {
            return updated.error();
        }
        return finish(caseId, rowVersion, u"mediation.outcome"_s, current->number,
                      u"outcome=%1"_s.arg(toKey(outcome)));
    });
}

Result<MediationCase> MediationService::saveAgreement(qint64 caseId, qint64 rowVersion,
                                                      const MediationAgreement &agreement) const {
    if (Status allowed = allowedFor(caseId); !allowed) {
        return allowed.error();
    }
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = agreementForWriting(caseId, rowVersion);
        if (!current) {
            return current.error();
        }
        if (current->outcome && *current->outcome != MediationOutcome::AgreementReached) {
            return Error::validation(u"outcome"_s,
                                     tr("Case %1's outcome is \"%2\"; set it to \"agreement "
                                        "reached\" to write an agreement.")
                                         .arg(current->number, displayName(*current->outcome)));
        }
        MediationRepository repository(m_database);
        const qint64 now = m_clock.nowMs();
        const QString actor = m_session.actor().name;
        MediationCase next = current.value();
        next.outcome = MediationOutcome::AgreementReached;
        next.legalChannel.reset();
        next.referredTo.clear();
        if (Status updated = repository.update(next, now, actor, false); !updated) {
            return updated.error();
        }
        if (Status saved = repository.saveAgreement(caseId, agreement, now, actor); !saved) {
            return saved.error();
        }
        auto reread = repository.find(caseId);
        if (!reread) {
            return reread.error();
        }
        auto removed = SignatureRepository(m_database, kKind)
                           .removeStale(caseId, MediationCanonical::contentSha256(*reread));
        if (!removed) {
            return removed.error();
        }
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
    const QString hash = MediationCanonical::contentSha256(mediation);
    QStringList missing;
    for (qsizetype i = 0; i < mediation.parties.size(); ++i) {
        if (!signedOver(mediation, SignatureRole::Party, int(i), hash)) {
            missing
                << tr("Party %1 (%2) has not signed.").arg(i + 1).arg(mediation.parties[i].name);
        }
    }
    bool mediatorSigned = false;
    for (qsizetype i = 0; i < mediation.mediatorIds.size(); ++i) {
        mediatorSigned =
            mediatorSigned || signedOver(mediation, SignatureRole::Officer, int(i), hash);
    }
    if (!mediatorSigned) {
        missing << tr("No mediator has signed.");
    }
    return missing;
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
        const qsizetype index = mediation.mediatorBadges.indexOf(m_session.actor().badgeNo);
        if (m_session.actor().badgeNo.isEmpty() || index < 0) {
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
    if (input.strokes.isEmpty() || input.imagePng.isEmpty()) {
        return Error::validation(u"signature"_s, tr("Sign on the pad first."));
    }
    auto strokes = SignatureStrokes::fromJson(input.strokes);
    if (!strokes) {
        return strokes.error();
    }
    if (!strokes->looksSigned()) {
        return Error::validation(u"signature"_s,
                                 tr("That is too little to be a signature; sign again."));
    }
    if (QImage image; !image.loadFromData(input.imagePng, "PNG")) {
        return Error::validation(u"signature"_s, tr("The signature image is damaged."));
    }
    signature.strokes = input.strokes;
    signature.imagePng = input.imagePng;
    signature.meaning =
        input.meaning.trimmed().isEmpty() ? defaultMeaning(input.role) : input.meaning.trimmed();
    signature.signedAt = m_clock.nowMs();
    signature.contentSha256 = MediationCanonical::contentSha256(mediation);
    signature.digest = RecordCanonical::signatureDigest(kKind, mediation.number, signature);
    return signature;
}

Result<Signature> MediationService::sign(qint64 caseId, qint64 rowVersion,
                                         const SignatureInput &input,
                                         const std::optional<Secret> &mediatorPassword) const {
    auto current = agreementForWriting(caseId, rowVersion);
    if (!current) {
        return current.error();
    }
    if (Status allowed = requireWrite(current->number); !allowed) {
        return allowed.error();
    }
    if (const auto found = agreementProblems(current.value()); !found.isEmpty()) {
        return found.first();
    }
    if (input.role == SignatureRole::Officer) {
        if (!mediatorPassword) {
            return Error::validation(u"password"_s,
                                     tr("Enter your password to sign as the mediator."));
        }
        if (Status confirmed = m_accounts.confirmPassword(*mediatorPassword); !confirmed) {
            Error error = confirmed.error();
            error.field = u"password"_s;
            return error;
        }
    }
    return inTransaction(m_database, [&]() -> Result<Signature> {
        auto mediation = agreementForWriting(caseId, rowVersion);
        if (!mediation) {
            return mediation.error();
        }
        auto signature = prepareSignature(mediation.value(), input);
        if (!signature) {
            return signature.error();
        }
        SignatureRepository signatures(m_database, kKind);
        if (Status replaced = signatures.remove(caseId, signature->role, signature->slot);
            !replaced) {
            return replaced.error();
        }
        auto stored = signatures.insert(signature.value());
        if (!stored) {
            return stored.error();
        }
        if (Status touched =
                MediationRepository(m_database)
                    .touch(caseId, rowVersion, m_clock.nowMs(), m_session.actor().name);
            !touched) {
            return touched.error();
        }
        return m_audit.confirm(stored, {u"mediation.sign"_s, kKind, mediation->number, u"success"_s,
                                        u"role=%1 slot=%2 name=%3"_s.arg(toKey(stored->role))
                                            .arg(stored->slot)
                                            .arg(stored->printedName)});
    });
}

Result<MediationCase> MediationService::removeSignature(qint64 caseId, qint64 rowVersion,
                                                        SignatureRole role, int slot) const {
    if (Status allowed = allowedFor(caseId); !allowed) {
        return allowed.error();
    }
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto current = agreementForWriting(caseId, rowVersion);
        if (!current) {
            return current.error();
        }
        if (Status removed = SignatureRepository(m_database, kKind).remove(caseId, role, slot);
            !removed) {
            return removed.error();
        }
        if (Status touched =
                MediationRepository(m_database)
                    .touch(caseId, rowVersion, m_clock.nowMs(), m_session.actor().name);
            !touched) {
            return touched.error();
        }
        return finish(caseId, rowVersion, u"mediation.unsign"_s, current->number,
                      u"role=%1 slot=%2"_s.arg(toKey(role)).arg(slot));
    });
}

Result<MediationCase> MediationService::sealAgreement(qint64 caseId, qint64 rowVersion) const {
    if (Status allowed = allowedFor(caseId); !allowed) {
        return allowed.error();
    }
    return inTransaction(m_database, [&]() -> Result<MediationCase> {
        auto mediation = agreementForWriting(caseId, rowVersion);
        if (!mediation) {
            return mediation.error();
        }
        if (const auto found = agreementProblems(mediation.value()); !found.isEmpty()) {
            return found.first();
        }
        if (const QStringList missing = missingSignatures(mediation.value()); !missing.isEmpty()) {
            return Error::validation(u"signatures"_s, missing.join(u' '));
        }
        const QString content = MediationCanonical::contentSha256(mediation.value());
        const qint64 now = m_clock.nowMs();
        const QString actor = m_session.actor().name;
        const QString digest =
            RecordCanonical::sealDigest(content, now, actor, mediation->agreement->signatures);
        MediationRepository repository(m_database);
        if (Status touched = repository.touch(caseId, rowVersion, now, actor); !touched) {
            return touched.error();
        }
        if (Status sealed = repository.sealAgreement(caseId, now, actor, content, digest);
            !sealed) {
            return sealed.error();
        }
        // The first follow-up visit, a setting's days after the agreement.
        const QDate sealedOn = QDateTime::fromMSecsSinceEpoch(now, stationZone(m_station)).date();
        const QDate firstVisit = sealedOn.addDays(m_settings.value(SettingKey::FirstFollowUpDays));
        auto followUp =
            repository.insertFollowUp(caseId, firstVisit, tr("First follow-up visit"), now, actor);
        if (!followUp) {
            return followUp.error();
        }
        if (Status audited = m_audit.append({u"mediation.follow_up_schedule"_s, kKind,
                                             mediation->number, u"success"_s,
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
    for (const Signature &signature : agreement.signatures) {
        const QString who =
            u"%1 %2"_s.arg(mediationSignerName(signature.role), signature.printedName);
        if (RecordCanonical::signatureDigest(kKind, mediation.number, signature) !=
            signature.digest) {
            found << tr("the signature of %1 has been altered").arg(who);
        }
        if (signature.contentSha256 != agreement.contentSha256) {
            found << tr("the signature of %1 was made on other content").arg(who);
        }
    }
    // Checked against the content as sealed, so a changed text is not reported twice.
    const QString sealedHash = agreement.contentSha256;
    for (qsizetype i = 0; i < mediation.parties.size(); ++i) {
        if (!signedOver(mediation, SignatureRole::Party, int(i), sealedHash)) {
            found << tr("Party %1 (%2) has not signed.").arg(i + 1).arg(mediation.parties[i].name);
        }
    }
    bool mediatorSigned = false;
    for (qsizetype i = 0; i < mediation.mediatorIds.size(); ++i) {
        mediatorSigned =
            mediatorSigned || signedOver(mediation, SignatureRole::Officer, int(i), sealedHash);
    }
    if (!mediatorSigned) {
        found << tr("No mediator has signed.");
    }
    if (RecordCanonical::sealDigest(agreement.contentSha256, agreement.sealedAt, agreement.sealedBy,
                                    agreement.signatures) != agreement.sealDigest) {
        found << tr("its seal does not match its signatures");
    }
    // The seal's digest also went into the hash-chained audit log when it was made.
    auto anchored =
        scalarSql(m_database.connection(),
                  u"SELECT COUNT(*) FROM audit_log WHERE station_id = ? AND action = "
                  u"'mediation.seal' AND object_id = ? AND details = ?"_s,
                  {m_database.stationId(), mediation.number,
                   u"content=%1 seal=%2"_s.arg(agreement.contentSha256, agreement.sealDigest)});
    if (!anchored || anchored->toInt() == 0) {
        found << tr("its seal is not the one recorded in the audit log");
    }
    return found;
}

Result<QList<RecordProblem>>
MediationService::verifyAll(const std::function<bool(qint64, qint64)> &progress) const {
    MediationRepository repository(m_database);
    auto ids = repository.sealedIds();
    if (!ids) {
        return ids.error();
    }
    QList<RecordProblem> problems;
    const qint64 total = ids->size();
    for (qint64 done = 0; done < total; ++done) {
        auto sealed = repository.find(ids->at(done));
        if (!sealed) {
            return sealed.error();
        }
        for (const QString &problem : verifyOne(sealed.value())) {
            problems << RecordProblem{sealed->number, problem};
        }
        if (progress && !progress(done + 1, total)) {
            break;
        }
    }
    return problems;
}

Status MediationService::recordOutput(qint64 caseId, const QString &action) const {
    static const QStringList kActions{u"print"_s, u"pdf"_s, u"print_preview"_s, u"summary_pdf"_s,
                                      u"summary_print"_s};
    if (!kActions.contains(action)) {
        return Error::validation(u"action"_s, u"unknown output action %1"_s.arg(action));
    }
    auto found = mediationCase(caseId);
    if (!found) {
        return found.error();
    }
    return m_audit.record({u"mediation."_s + action, kKind, found->number, u"success"_s, {}});
}

} // namespace sd
