#include "core/signatures/SealVerifier.h"

#include "core/kernel/security/AuditLog.h"
#include "core/signatures/SignatureDigest.h"

using namespace Qt::StringLiterals;

namespace sd {

bool SealVerifier::signedOver(const QList<Signature> &signatures, SignatureRole role, int slot,
                              const QString &hash) {
    for (const Signature &signature : signatures) {
        if (signature.role == role && signature.slot == slot && signature.contentSha256 == hash) {
            return true;
        }
    }
    return false;
}

QStringList SealVerifier::verify(const SealedContent &sealed,
                                 const std::function<QString(SignatureRole)> &signerName,
                                 const QStringList &missing) const {
    QStringList found;
    for (const Signature &signature : sealed.signatures) {
        const QString who = u"%1 %2"_s.arg(signerName(signature.role), signature.printedName);
        if (SignatureDigest::signatureDigest(m_kind, sealed.number, signature) !=
            signature.digest) {
            found << tr("the signature of %1 has been altered").arg(who);
        }
        if (signature.contentSha256 != sealed.contentSha256) {
            found << tr("the signature of %1 was made on other content").arg(who);
        }
    }
    found << missing;
    if (SignatureDigest::sealDigest(sealed.contentSha256, sealed.sealedAt, sealed.sealedBy,
                                    sealed.signatures) != sealed.sealDigest) {
        found << tr("its seal does not match its signatures");
    }
    // The seal's digest also went into the hash-chained audit log when it was made.
    auto anchored =
        AuditLog::contains(m_database, m_kind + u".seal"_s, sealed.number,
                           u"content=%1 seal=%2"_s.arg(sealed.contentSha256, sealed.sealDigest));
    if (!anchored || !*anchored) {
        found << tr("its seal is not the one recorded in the audit log");
    }
    return found;
}

} // namespace sd
