#pragma once

#include "core/signatures/Signature.h"

#include <QByteArray>
#include <QString>

namespace sd {

// The hashes that signatures and seals are computed over, the same for every kind of signed
// record; each kind hashes its own canonical content (RecordCanonical, MediationCanonical).
// Any change here changes every stored digest: bump the version field and keep the old form
// for verification.
namespace SignatureDigest {

// Over every field of the signature, the strokes and image by their own hashes.
QString signatureDigest(const QString &recordKind, const QString &recordNumber,
                        const Signature &signature);

// Over the content hash, the sealing and every signature digest (in role/slot order).
QString sealDigest(const QString &contentSha256, qint64 sealedAt, const QString &sealedBy,
                   QList<Signature> signatures);

QString sha256Hex(const QByteArray &bytes);
// "3f2a 9c1b …": a hash grouped in fours for people to compare.
QString fingerprint(const QString &sha256Hex);

} // namespace SignatureDigest
} // namespace sd
