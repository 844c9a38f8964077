#include "core/signatures/SignatureDigest.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd::SignatureDigest {

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

QJsonArray officersContent(qsizetype count, const QStringList &badges, const QStringList &names) {
    QJsonArray officers;
    for (qsizetype i = 0; i < count; ++i) {
        officers.append(QJsonObject{
            {u"badge"_s, badges.value(i)},
            {u"name"_s, names.value(i)},
        });
    }
    return officers;
}

QByteArray canonicalJson(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace sd::SignatureDigest
