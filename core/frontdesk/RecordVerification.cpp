// RecordService: what an amendment changed, and re-checking sealed records.
#include "core/frontdesk/RecordCanonical.h"
#include "core/frontdesk/RecordRepository.h"
#include "core/frontdesk/RecordService.h"
#include "core/signatures/SealVerifier.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString partyText(const RecordParty &party) {
    QStringList parts{
        party.name,  displayName(party.sex), displayName(party.documentType), party.documentNumber,
        party.phone, party.address};
    if (party.refusedToSign) {
        parts << RecordService::tr("refused to sign: %1").arg(party.refusalReason);
    }
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

QString witnessText(const RecordWitness &witness) {
    return QStringList{witness.name, witness.phone}.join(u' ').trimmed();
}
} // namespace

Result<QList<RecordChange>> RecordService::changes(const OnSceneRecord &amendment) const {
    if (!amendment.amendsId) {
        return QList<RecordChange>();
    }
    auto original = record(*amendment.amendsId);
    SD_RETURN_IF_ERROR(original);
    QList<RecordChange> found;
    auto compare = [&](const QString &field, const QString &before, const QString &after) {
        if (before != after) {
            found << RecordChange{field, before, after};
        }
    };
    auto caseText = [](const OnSceneRecord &record) {
        return record.eligibleCase ? displayName(*record.eligibleCase) : QString();
    };
    compare(tr("Eligible case"), caseText(original.value()), caseText(amendment));
    compare(tr("Facts"), original->facts, amendment.facts);
    compare(tr("Handling"), original->handling, amendment.handling);
    compare(tr("Result"), original->result, amendment.result);
    const qsizetype parties = std::max(original->parties.size(), amendment.parties.size());
    for (qsizetype i = 0; i < parties; ++i) {
        compare(tr("Party %1").arg(i + 1),
                i < original->parties.size() ? partyText(original->parties[i]) : QString(),
                i < amendment.parties.size() ? partyText(amendment.parties[i]) : QString());
    }
    compare(tr("Handling officers"), original->officerNames.join(u", "_s),
            amendment.officerNames.join(u", "_s));
    compare(tr("Witness"), witnessText(original->witness), witnessText(amendment.witness));
    compare(tr("Body-camera clip"), original->bodyCamRef, amendment.bodyCamRef);
    return found;
}

QStringList RecordService::verifyOne(const OnSceneRecord &record) const {
    QStringList found;
    if (RecordCanonical::contentSha256(record) != record.contentSha256) {
        found << tr("its content no longer matches the content that was sealed");
    }
    return found + SealVerifier(m_context.database, u"onscene"_s)
                       .verify(
                           {record.number, record.contentSha256, record.sealedAt, record.sealedBy,
                            record.sealDigest, record.signatures},
                           [](SignatureRole role) { return displayName(role); },
                           missingSignatures(record));
}

Result<QList<RecordProblem>>
RecordService::verifyAll(const std::function<bool(qint64, qint64)> &progress) const {
    return SealVerifier::verifyAll(
        RecordRepository(m_context.database),
        [this](const OnSceneRecord &sealed) { return verifyOne(sealed); }, progress);
}

} // namespace sd
