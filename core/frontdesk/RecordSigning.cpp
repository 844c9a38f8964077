// RecordService: signatures, sealing, amendments and verification.
#include "core/frontdesk/AlertRepository.h"
#include "core/frontdesk/AlertService.h"
#include "core/frontdesk/RecordCanonical.h"
#include "core/frontdesk/RecordRepository.h"
#include "core/frontdesk/RecordService.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"
#include "core/signatures/SignatureCapture.h"
#include "core/signatures/SignatureDigest.h"
#include "core/signatures/SignatureRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"onscene"_s;

QString defaultMeaning(SignatureRole role) {
    switch (role) {
    case SignatureRole::Party:
        return RecordService::tr("I confirm that the facts, handling and result above are true.");
    case SignatureRole::Officer:
        return RecordService::tr("I handled this alert and filed this record.");
    case SignatureRole::Witness:
        return RecordService::tr("I witnessed the handling and the signing of this record.");
    }
    return {};
}
} // namespace

Result<Signature> RecordService::prepareSignature(const OnSceneRecord &record,
                                                  const SignatureInput &input) const {
    Signature signature;
    signature.recordId = record.id;
    signature.role = input.role;
    signature.slot = input.role == SignatureRole::Party ? input.slot : 0;
    switch (input.role) {
    case SignatureRole::Party: {
        if (input.slot < 0 || input.slot >= record.parties.size()) {
            return Error::validation(u"signature"_s,
                                     tr("There is no party %1.").arg(input.slot + 1));
        }
        const RecordParty &party = record.parties[input.slot];
        if (party.refusedToSign) {
            return Error::validation(
                u"signature"_s, tr("%1 refused to sign; clear the refusal first.").arg(party.name));
        }
        signature.printedName = party.name;
        break;
    }
    case SignatureRole::Officer: {
        // By the account's person, not its badge: a badge corrected at another desk while
        // the officer is logged in must not lock them out or let someone else sign.
        const qint64 me = m_context.session.actor().personId;
        const qsizetype index = record.officerIds.indexOf(me);
        if (me == 0 || index < 0) {
            return Error::validation(u"signature"_s,
                                     tr("Only one of the record's handling officers can sign as "
                                        "the handling officer; log in as that officer."));
        }
        signature.printedName = record.officerNames[index];
        signature.personId = record.officerIds[index];
        break;
    }
    case SignatureRole::Witness:
        if (record.witness.isEmpty()) {
            return Error::validation(u"witness"_s, tr("Name the witness before they sign."));
        }
        signature.printedName = record.witness.name;
        signature.personId = record.witness.personId;
        break;
    }
    return SignatureCapture(m_context.database, m_context.clock, m_context.audit, kKind)
        .complete(signature, input, defaultMeaning(input.role), record.number,
                  RecordCanonical::contentSha256(record));
}

Result<Signature> RecordService::sign(qint64 recordId, qint64 rowVersion,
                                      const SignatureInput &input,
                                      const std::optional<Secret> &officerPassword) const {
    auto current = draftForWriting(recordId, rowVersion);
    SD_RETURN_IF_ERROR(current);
    SD_RETURN_IF_ERROR(requireFile(current->number));
    if (const auto found = problems(current.value()); !found.isEmpty()) {
        return found.first();
    }
    SD_RETURN_IF_ERROR(SignatureCapture::confirmOfficer(
        m_accounts, input, officerPassword,
        tr("Enter your password to sign as the handling officer.")));
    return inTransaction(m_context.database, [&]() -> Result<Signature> {
        auto record = draftForWriting(recordId, rowVersion);
        SD_RETURN_IF_ERROR(record);
        auto signature = prepareSignature(record.value(), input);
        SD_RETURN_IF_ERROR(signature);
        return SignatureCapture(m_context.database, m_context.clock, m_context.audit, kKind)
            .store(signature.value(), record->number, [&] {
                return RecordRepository(m_context.database)
                    .touch(recordId, rowVersion, m_context.clock.nowMs(),
                           m_context.session.actor().name);
            });
    });
}

Status RecordService::removeSignature(qint64 recordId, qint64 rowVersion, SignatureRole role,
                                      int slot) const {
    auto current = draftForWriting(recordId, rowVersion);
    SD_RETURN_IF_ERROR(current);
    if (Status allowed = requireFile(current->number); !allowed) {
        return allowed;
    }
    return inTransaction(m_context.database, [&]() -> Status {
        if (Status removed =
                SignatureRepository(m_context.database, kKind).remove(recordId, role, slot);
            !removed) {
            return removed;
        }
        if (Status touched = RecordRepository(m_context.database)
                                 .touch(recordId, rowVersion, m_context.clock.nowMs(),
                                        m_context.session.actor().name);
            !touched) {
            return touched;
        }
        return m_context.audit.append({u"onscene.unsign"_s, kKind, current->number, u"success"_s,
                                       u"role=%1 slot=%2"_s.arg(toKey(role)).arg(slot)});
    });
}

Result<OnSceneRecord> RecordService::seal(qint64 recordId, qint64 rowVersion) const {
    auto current = draftForWriting(recordId, rowVersion);
    SD_RETURN_IF_ERROR(current);
    SD_RETURN_IF_ERROR(requireFile(current->number));
    return inTransaction(m_context.database, [&]() -> Result<OnSceneRecord> {
        auto record = draftForWriting(recordId, rowVersion);
        SD_RETURN_IF_ERROR(record);
        if (const auto found = problems(record.value()); !found.isEmpty()) {
            return found.first();
        }
        if (const QStringList missing = missingSignatures(record.value()); !missing.isEmpty()) {
            return Error::validation(u"signatures"_s, missing.join(u' '));
        }
        const QString content = RecordCanonical::contentSha256(record.value());
        const qint64 now = m_context.clock.nowMs();
        const QString actor = m_context.session.actor().name;
        const QString digest = SignatureDigest::sealDigest(content, now, actor, record->signatures);
        RecordRepository repository(m_context.database);
        SD_RETURN_IF_ERROR(repository.seal(recordId, rowVersion, now, actor, content, digest));
        // The alert is now resolved on the scene, unless it had already moved on.
        AlertRepository alerts(m_context.database);
        auto alert = alerts.find(record->alertId);
        SD_RETURN_IF_ERROR(alert);
        if (alert->status == AlertStatus::Open || alert->status == AlertStatus::OnScene) {
            SD_RETURN_IF_ERROR(AlertService::moveOn(m_context.database, m_context.audit,
                                                    alert.value(), AlertStatus::ResolvedOnScene,
                                                    now, actor));
        }
        auto stored = repository.find(recordId);
        return m_context.audit.confirm(stored,
                                       {u"onscene.seal"_s, kKind, record->number, u"success"_s,
                                        u"content=%1 seal=%2"_s.arg(content, digest)});
    });
}

Result<OnSceneRecord> RecordService::amend(qint64 sealedId, const QString &reason) const {
    auto original = record(sealedId);
    SD_RETURN_IF_ERROR(original);
    SD_RETURN_IF_ERROR(requireFile(original->number));
    if (original->status != RecordStatus::Sealed) {
        return Error::validation(u"status"_s, tr("Record %1 is still a draft: edit it instead of "
                                                 "amending it.")
                                                  .arg(original->number));
    }
    if (reason.trimmed().isEmpty()) {
        return Error::validation(u"amendment_reason"_s, tr("Give the reason for the amendment."));
    }
    return inTransaction(m_context.database, [&]() -> Result<OnSceneRecord> {
        SD_RETURN_IF_ERROR(requireOpenMonth(original->alertId));
        RecordRepository repository(m_context.database);
        OnSceneRecord draft = original.value();
        draft.amendsId = original->id;
        draft.amendsNumber = original->number;
        draft.amendmentReason = reason.trimmed();
        draft.signatures.clear();
        const qint64 now = m_context.clock.nowMs();
        auto number = repository.nextNumber(original->number.mid(3, 4).toInt());
        SD_RETURN_IF_ERROR(number);
        draft.number = number.value();
        auto id = repository.insert(draft, now, m_context.session.actor().name);
        SD_RETURN_IF_ERROR(id);
        auto stored = repository.find(id.value());
        return m_context.audit.confirm(stored,
                                       {u"onscene.amend"_s, kKind, draft.number, u"success"_s,
                                        u"amends=%1"_s.arg(original->number)});
    });
}

Status RecordService::recordOutput(qint64 recordId, const QString &action) const {
    static const QStringList kActions{u"print"_s, u"pdf"_s, u"print_preview"_s};
    if (!kActions.contains(action)) {
        return Error::validation(u"action"_s, u"unknown output action %1"_s.arg(action));
    }
    auto found = record(recordId);
    SD_RETURN_IF_ERROR(found);
    return m_context.audit.record({u"onscene."_s + action, kKind, found->number, u"success"_s, {}});
}

} // namespace sd
