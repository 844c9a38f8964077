#include "domain/RecordCanonical.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::RecordCanonical {

QString sha256Hex(const QByteArray &bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fingerprint(const QString &hex) {
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(u' ');
}

QByteArray content(const OnSceneRecord &record) {
    QJsonArray parties;
    for (const RecordParty &party : record.parties) {
        parties.append(QJsonObject{
            {u"name"_s, party.name},
            {u"sex"_s, toKey(party.sex)},
            {u"document_type"_s, toKey(party.documentType)},
            {u"document_number"_s, party.documentNumber},
            {u"phone"_s, party.phone},
            {u"address"_s, party.address},
            {u"refused_to_sign"_s, party.refusedToSign},
            {u"refusal_reason"_s, party.refusalReason},
        });
    }
    QJsonArray officers;
    for (qsizetype i = 0; i < record.officerIds.size(); ++i) {
        officers.append(QJsonObject{
            {u"badge"_s, record.officerBadges.value(i)},
            {u"name"_s, record.officerNames.value(i)},
        });
    }
    const QJsonObject object{
        {u"v"_s, 1},
        {u"kind"_s, u"onscene"_s},
        {u"number"_s, record.number},
        {u"alert_number"_s, record.alertNumber},
        {u"eligible_case"_s, record.eligibleCase ? toKey(*record.eligibleCase) : QString()},
        {u"facts"_s, record.facts},
        {u"handling"_s, record.handling},
        {u"result"_s, record.result},
        {u"parties"_s, parties},
        {u"officers"_s, officers},
        {u"witness"_s, QJsonObject{{u"officer"_s, record.witness.personId.has_value()},
                                   {u"name"_s, record.witness.name},
                                   {u"phone"_s, record.witness.phone}}},
        {u"body_cam_ref"_s, record.bodyCamRef},
        {u"amends_number"_s, record.amendsNumber},
        {u"amendment_reason"_s, record.amendmentReason},
    };
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString contentSha256(const OnSceneRecord &record) {
    return sha256Hex(content(record));
}

QString signatureDigest(const QString &recordKind, const QString &recordNumber,
                        const Signature &signature) {
    const QJsonObject object{
        {u"v"_s, 1},
        {u"record_kind"_s, recordKind},
        {u"record_number"_s, recordNumber},
        {u"role"_s, toKey(signature.role)},
        {u"slot"_s, signature.slot},
        {u"person_id"_s, signature.personId ? QString::number(*signature.personId) : QString()},
        {u"printed_name"_s, signature.printedName},
        {u"signed_at"_s, QString::number(signature.signedAt)},
        {u"meaning"_s, signature.meaning},
        {u"strokes_sha256"_s, sha256Hex(signature.strokes)},
        {u"image_sha256"_s, sha256Hex(signature.imagePng)},
        {u"content_sha256"_s, signature.contentSha256},
    };
    return sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString sealDigest(const QString &contentSha256, qint64 sealedAt, const QString &sealedBy,
                   QList<Signature> signatures) {
    std::sort(signatures.begin(), signatures.end(), [](const Signature &a, const Signature &b) {
        return std::pair(int(a.role), a.slot) < std::pair(int(b.role), b.slot);
    });
    QStringList parts{contentSha256, QString::number(sealedAt), sealedBy};
    for (const Signature &signature : signatures) {
        parts << signature.digest;
    }
    return sha256Hex(parts.join(u'\n').toUtf8());
}

} // namespace sd::RecordCanonical
