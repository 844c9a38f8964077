// HandoverService: the incoming officer's check of each item, the two signatures, the seal
// and its verification.
#include "core/duty/HandoverCanonical.h"
#include "core/duty/HandoverRepository.h"
#include "core/duty/HandoverService.h"
#include "core/kernel/storage/Transaction.h"
#include "core/signatures/SealVerifier.h"
#include "core/signatures/SignatureCapture.h"
#include "core/signatures/SignatureDigest.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"handover"_s;

QStringList missingOver(const Handover &handover, const QString &hash) {
    QStringList missing;
    for (const int slot : {kOutgoingSlot, kIncomingSlot}) {
        if (!SealVerifier::signedOver(handover.signatures, SignatureRole::Officer, slot, hash)) {
            missing << HandoverService::tr("%1 has not signed.").arg(handoverSignerName(slot));
        }
    }
    return missing;
}
} // namespace

Result<Handover> HandoverService::decide(qint64 id, qint64 rowVersion, int position,
                                         HandoverItemState state, const QString &note) const {
    const QString text = note.trimmed();
    if (state == HandoverItemState::Queried && text.isEmpty()) {
        return Error::validation(u"reason"_s, tr("A query needs its reason."));
    }
    return change(
        id, rowVersion,
        state == HandoverItemState::Accepted ? u"handover.accept"_s : u"handover.query"_s,
        [&](const Handover &current, const HandoverRepository &repository) -> Result<QString> {
            if (m_context.session.actor().personId != current.incomingId) {
                return Error::validation(u"item"_s, tr("Only the incoming officer %1 accepts or "
                                                       "queries the items.")
                                                        .arg(current.incomingName));
            }
            auto item = itemAt(current, position);
            SD_RETURN_IF_ERROR(item);
            if (item->decided()) {
                return Error::validation(u"item"_s, tr("Item %1 (%2) is already %3.")
                                                        .arg(position)
                                                        .arg(item->ref, displayName(item->state)));
            }
            HandoverItem next = item.value();
            next.state = state;
            next.note = text;
            // Accepted, it passes to the incoming officer; queried, it stays with the
            // outgoing one. The record's owner is not changed either way.
            next.holderId =
                state == HandoverItemState::Accepted ? current.incomingId : current.outgoingId;
            next.decidedAt = m_context.clock.nowMs();
            next.decidedBy = m_context.session.actor().name;
            SD_RETURN_IF_ERROR(repository.decideItem(next));
            return u"item=%1 ref=%2 state=%3"_s.arg(position).arg(next.ref, toKey(state));
        });
}

Result<Handover> HandoverService::accept(qint64 id, qint64 rowVersion, int position,
                                         const QString &note) const {
    return decide(id, rowVersion, position, HandoverItemState::Accepted, note);
}

Result<Handover> HandoverService::query(qint64 id, qint64 rowVersion, int position,
                                        const QString &reason) const {
    return decide(id, rowVersion, position, HandoverItemState::Queried, reason);
}

Status HandoverService::signable(const Handover &handover) const {
    for (const HandoverItem &item : handover.items) {
        if (!item.decided()) {
            return Error::validation(u"item"_s, tr("Item %1 (%2) is not yet accepted or queried.")
                                                    .arg(item.position)
                                                    .arg(item.ref));
        }
        if (item.input != ChecklistInput::None && item.value.isEmpty()) {
            return Error::validation(u"value"_s, tr("Item %1 (%2) needs its value.")
                                                     .arg(item.position)
                                                     .arg(checklistLabel(item.ref, item.title)));
        }
    }
    return {};
}

Result<Handover> HandoverService::sign(qint64 id, qint64 rowVersion, qint64 signerId,
                                       const SignatureInput &raw,
                                       const std::optional<Secret> &password) const {
    const qint64 me = m_context.session.actor().personId;
    if (signerId != me) {
        return Error::validation(u"signer"_s, tr("You can sign only for yourself: log in as the "
                                                 "officer who signs."));
    }
    auto found = handover(id);
    SD_RETURN_IF_ERROR(found);
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::FileAlerts, kKind, found->number));
    SignatureInput input = raw;
    input.role = SignatureRole::Officer;
    SD_RETURN_IF_ERROR(SignatureCapture::confirmOfficer(
        m_accounts, input, password, tr("Enter your password to sign the handover.")));
    return inTransaction(m_context.database, [&]() -> Result<Handover> {
        const HandoverRepository repository(m_context.database);
        auto current = repository.find(id);
        SD_RETURN_IF_ERROR(current);
        int slot = -1;
        if (me == current->outgoingId) {
            slot = kOutgoingSlot;
        } else if (me == current->incomingId) {
            slot = kIncomingSlot;
        } else {
            return Error::validation(
                u"signer"_s,
                tr("Only the outgoing officer %1 and the incoming "
                   "officer %2 sign handover %3.")
                    .arg(current->outgoingName, current->incomingName, current->number));
        }
        if (current->sealed()) {
            return Error::validation(u"status"_s, tr("Handover %1 is sealed and can no longer be "
                                                     "changed.")
                                                      .arg(current->number));
        }
        const HandoverStatus needed =
            slot == kOutgoingSlot ? HandoverStatus::Open : HandoverStatus::SignedOutgoing;
        if (current->status != needed) {
            return Error::validation(
                u"status"_s,
                slot == kOutgoingSlot
                    ? tr("Handover %1 is already signed by the outgoing "
                         "officer.")
                          .arg(current->number)
                    : tr("The outgoing officer signs handover %1 first.").arg(current->number));
        }
        SD_RETURN_IF_ERROR(signable(current.value()));
        Signature signature;
        signature.recordId = id;
        signature.role = SignatureRole::Officer;
        signature.slot = slot;
        signature.personId = me;
        signature.printedName =
            slot == kOutgoingSlot ? current->outgoingName : current->incomingName;
        const SignatureCapture capture(m_context.database, m_context.clock, m_context.audit, kKind);
        auto completed = capture.complete(
            signature, input,
            slot == kOutgoingSlot ? tr("I handed over the items above as stated.")
                                  : tr("I took over the items above as accepted; the queried "
                                       "items stay with the outgoing shift."),
            current->number, HandoverCanonical::contentSha256(current.value()));
        SD_RETURN_IF_ERROR(completed);
        auto stored = capture.store(completed.value(), current->number, [&] {
            return repository.touch(id, rowVersion, m_context.clock.nowMs(),
                                    m_context.session.actor().name);
        });
        SD_RETURN_IF_ERROR(stored);
        if (slot == kOutgoingSlot) {
            SD_RETURN_IF_ERROR(repository.setStatus(id, HandoverStatus::SignedOutgoing));
            return repository.find(id);
        }
        return seal(current.value(), stored.value());
    });
}

Result<Handover> HandoverService::seal(const Handover &current, const Signature &incoming) const {
    const HandoverRepository repository(m_context.database);
    auto signedHandover = repository.find(current.id);
    SD_RETURN_IF_ERROR(signedHandover);
    const QString content = HandoverCanonical::contentSha256(current);
    if (const QStringList missing = missingOver(signedHandover.value(), content);
        !missing.isEmpty()) {
        return Error::validation(u"signature"_s, missing.join(u' '));
    }
    auto head = m_context.audit.head();
    SD_RETURN_IF_ERROR(head);
    const qint64 now = m_context.clock.nowMs();
    const QString actor = m_context.session.actor().name;
    const QString digest =
        SignatureDigest::sealDigest(content, now, actor, signedHandover->signatures);
    SD_RETURN_IF_ERROR(repository.seal(current.id, now, actor, content, digest, head->toString(),
                                       incoming.signedAt));
    return m_context.audit.confirm(repository.find(current.id),
                                   {u"handover.seal"_s, kKind, current.number, u"success"_s,
                                    u"content=%1 seal=%2"_s.arg(content, digest)});
}

QStringList HandoverService::verifyOne(const Handover &handover) const {
    QStringList found;
    if (HandoverCanonical::contentSha256(handover) != handover.contentSha256) {
        found << tr("its content no longer matches the content that was sealed");
    }
    return found + SealVerifier(m_context.database, kKind)
                       .verify(
                           {handover.number, handover.contentSha256, handover.sealedAt,
                            handover.sealedBy, handover.sealDigest, handover.signatures},
                           [&](SignatureRole) { return tr("Officer"); },
                           missingOver(handover, handover.contentSha256));
}

Result<QList<RecordProblem>>
HandoverService::verifyAll(const std::function<bool(qint64, qint64)> &progress) const {
    return SealVerifier::verifyAll(
        HandoverRepository(m_context.database),
        [this](const Handover &sealed) { return verifyOne(sealed); }, progress);
}

} // namespace sd
