#include "core/frontdesk/RecordCanonical.h"

#include "core/signatures/SignatureDigest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::RecordCanonical {

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
    return SignatureDigest::sha256Hex(content(record));
}

} // namespace sd::RecordCanonical
