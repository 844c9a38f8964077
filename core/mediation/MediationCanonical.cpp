#include "core/mediation/MediationCanonical.h"

#include "core/signatures/SignatureDigest.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::MediationCanonical {

QByteArray content(const MediationCase &mediation) {
    QJsonArray parties;
    for (const MediationParty &party : mediation.parties) {
        QJsonObject object = SignatureDigest::partyContent(party);
        object.insert(u"role"_s, toKey(party.role));
        parties.append(object);
    }
    const QJsonArray mediators = SignatureDigest::officersContent(
        mediation.mediatorIds.size(), mediation.mediatorBadges, mediation.mediatorNames);
    const MediationAgreement agreement = mediation.agreement.value_or(MediationAgreement{});
    const QJsonObject object{
        {u"v"_s, 1},
        {u"kind"_s, u"mediation"_s},
        {u"number"_s, mediation.number},
        {u"dispute_type"_s, toKey(mediation.disputeType)},
        {u"facts"_s, mediation.facts},
        {u"parties"_s, parties},
        {u"mediators"_s, mediators},
        {u"liability"_s, agreement.liability},
        {u"terms"_s, agreement.terms},
        {u"performance_method"_s, agreement.performanceMethod},
        {u"performance_place"_s, agreement.performancePlace},
        {u"performance_deadline"_s, agreement.performanceDeadline.isValid()
                                        ? agreement.performanceDeadline.toString(Qt::ISODate)
                                        : QString()},
    };
    return SignatureDigest::canonicalJson(object);
}

QString contentSha256(const MediationCase &mediation) {
    return SignatureDigest::sha256Hex(content(mediation));
}

} // namespace sd::MediationCanonical
