// RecordService: what an amendment changed, and re-checking sealed records.
#include "domain/RecordCanonical.h"
#include "services/RecordService.h"
#include "storage/RecordRepository.h"
#include "storage/Sql.h"

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
    if (!original) {
        return original.error();
    }
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
    const QString content = RecordCanonical::contentSha256(record);
    if (content != record.contentSha256) {
        found << tr("its content no longer matches the content that was sealed");
    }
    for (const Signature &signature : record.signatures) {
        const QString who = u"%1 %2"_s.arg(displayName(signature.role), signature.printedName);
        if (RecordCanonical::signatureDigest(u"onscene"_s, record.number, signature) !=
            signature.digest) {
            found << tr("the signature of %1 has been altered").arg(who);
        }
        if (signature.contentSha256 != record.contentSha256) {
            found << tr("the signature of %1 was made on other content").arg(who);
        }
    }
    OnSceneRecord asSealed = record;
    for (const QString &missing : missingSignatures(asSealed)) {
        found << missing;
    }
    if (RecordCanonical::sealDigest(record.contentSha256, record.sealedAt, record.sealedBy,
                                    record.signatures) != record.sealDigest) {
        found << tr("its seal does not match its signatures");
    }
    // The seal's digest also went into the hash-chained audit log when it was made.
    auto anchored =
        scalarSql(m_database.connection(),
                  u"SELECT COUNT(*) FROM audit_log WHERE station_id = ? AND action = "
                  u"'onscene.seal' AND object_id = ? AND details = ?"_s,
                  {m_database.stationId(), record.number,
                   u"content=%1 seal=%2"_s.arg(record.contentSha256, record.sealDigest)});
    if (!anchored || anchored->toInt() == 0) {
        found << tr("its seal is not the one recorded in the audit log");
    }
    return found;
}

Result<QList<RecordProblem>>
RecordService::verifyAll(const std::function<bool(qint64, qint64)> &progress) const {
    RecordRepository repository(m_database);
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

} // namespace sd
