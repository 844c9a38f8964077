#pragma once

#include "core/signatures/Signature.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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

// The pieces of a record's canonical content that every kind writes alike.
// A party as its canonical content names them (the record's own fields are added to it).
template <typename Party> QJsonObject partyContent(const Party &party) {
    using namespace Qt::StringLiterals;
    return QJsonObject{
        {u"name"_s, party.name},
        {u"sex"_s, toKey(party.sex)},
        {u"document_type"_s, toKey(party.documentType)},
        {u"document_number"_s, party.documentNumber},
        {u"phone"_s, party.phone},
        {u"address"_s, party.address},
    };
}
// The officers (or mediators) of a record, count of them, by badge and name.
QJsonArray officersContent(qsizetype count, const QStringList &badges, const QStringList &names);
// The compact JSON of object: QJsonObject keeps keys sorted, so it is canonical.
QByteArray canonicalJson(const QJsonObject &object);
// "3f2a 9c1b …": a hash grouped in fours for people to compare.
QString fingerprint(const QString &sha256Hex);

} // namespace SignatureDigest
} // namespace sd
