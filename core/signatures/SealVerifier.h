#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/signatures/Signature.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

// A sealed record's seal as stored, whatever its kind.
struct SealedContent {
    QString number;
    QString contentSha256; // over the content as it was sealed
    qint64 sealedAt = 0;
    QString sealedBy;
    QString sealDigest;
    QList<Signature> signatures;
};

// Re-checks sealed records of one kind (on-scene records, mediation agreements) from their
// stored rows: each signature's digest and content, the seal over the signatures, and the
// seal's row in the hash-chained audit log. The kind's own rules (its content hash, who
// must sign) stay with its service.
class SealVerifier {
    Q_DECLARE_TR_FUNCTIONS(sd::SealVerifier)

public:
    // kind: "onscene" or "mediation", as in the signatures' digests and the audit's
    // "<kind>.seal" row.
    SealVerifier(const Database &database, QString kind)
        : m_database(database)
        , m_kind(std::move(kind)) {}

    // Whether one of signatures in role and slot was made over content hash.
    static bool signedOver(const QList<Signature> &signatures, SignatureRole role, int slot,
                           const QString &hash);

    // The problems, in the order a reader checks them: each signature (named by signerName
    // of its role), then missing (the kind's signatures still needed), then the seal.
    QStringList verify(const SealedContent &sealed,
                       const std::function<QString(SignatureRole)> &signerName,
                       const QStringList &missing) const;

    // Every sealed id of repository (sealedIds(), find(id) with a number), each checked by
    // verifyOne, problems named by number; progress(done, total) may return false to stop.
    template <typename Repository, typename Check>
    static Result<QList<RecordProblem>>
    verifyAll(const Repository &repository, const Check &verifyOne,
              const std::function<bool(qint64, qint64)> &progress) {
        auto ids = repository.sealedIds();
        SD_RETURN_IF_ERROR(ids);
        QList<RecordProblem> problems;
        const qint64 total = ids->size();
        for (qint64 done = 0; done < total; ++done) {
            auto sealed = repository.find(ids->at(done));
            SD_RETURN_IF_ERROR(sealed);
            for (const QString &problem : verifyOne(sealed.value())) {
                problems << RecordProblem{sealed->number, problem};
            }
            if (progress && !progress(done + 1, total)) {
                break;
            }
        }
        return problems;
    }

private:
    const Database &m_database;
    QString m_kind;
};

} // namespace sd
