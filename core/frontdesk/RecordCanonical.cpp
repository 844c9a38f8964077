#include "core/frontdesk/RecordCanonical.h"

#include "core/signatures/SignatureDigest.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::RecordCanonical {

QByteArray content(const OnSceneRecord &record) {
    QJsonArray parties;
    for (const RecordParty &party : record.parties) {
        QJsonObject object = SignatureDigest::partyContent(party);
        object.insert(u"refused_to_sign"_s, party.refusedToSign);
        object.insert(u"refusal_reason"_s, party.refusalReason);
        parties.append(object);
    }
    const QJsonArray officers = SignatureDigest::officersContent(
        record.officerIds.size(), record.officerBadges, record.officerNames);
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
    return SignatureDigest::canonicalJson(object);
}

QString contentSha256(const OnSceneRecord &record) {
    return SignatureDigest::sha256Hex(content(record));
}

} // namespace sd::RecordCanonical
