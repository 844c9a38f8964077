#pragma once

#include "domain/OnSceneRecord.h"

#include <QByteArray>
#include <QString>

namespace sd {

// The canonical serializations that signatures and seals are computed over. Any change
// here changes every hash: bump the version field and keep the old form for verification.
namespace RecordCanonical {

// Compact JSON with sorted keys of everything the record says (not its status, times or
// signatures), with officers by badge and name.
QByteArray content(const OnSceneRecord &record);
QString contentSha256(const OnSceneRecord &record);

// Over every field of the signature, the strokes and image by their own hashes.
QString signatureDigest(const QString &recordKind, const QString &recordNumber,
                        const Signature &signature);

// Over the content hash, the sealing and every signature digest (in role/slot order).
QString sealDigest(const QString &contentSha256, qint64 sealedAt, const QString &sealedBy,
                   QList<Signature> signatures);

QString sha256Hex(const QByteArray &bytes);
// "3f2a 9c1b …": a hash grouped in fours for people to compare.
QString fingerprint(const QString &sha256Hex);

} // namespace RecordCanonical
} // namespace sd
