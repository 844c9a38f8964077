#include "core/mediation/MediationCanonical.h"

#include "core/signatures/SignatureDigest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::MediationCanonical {

QByteArray content(const MediationCase &mediation) {
    QJsonArray parties;
    for (const MediationParty &party : mediation.parties) {
        parties.append(QJsonObject{
            {u"role"_s, toKey(party.role)},
            {u"name"_s, party.name},
            {u"sex"_s, toKey(party.sex)},
            {u"document_type"_s, toKey(party.documentType)},
            {u"document_number"_s, party.documentNumber},
            {u"phone"_s, party.phone},
            {u"address"_s, party.address},
        });
    }
    QJsonArray mediators;
    for (qsizetype i = 0; i < mediation.mediatorIds.size(); ++i) {
        mediators.append(QJsonObject{
            {u"badge"_s, mediation.mediatorBadges.value(i)},
            {u"name"_s, mediation.mediatorNames.value(i)},
        });
    }
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
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString contentSha256(const MediationCase &mediation) {
    return SignatureDigest::sha256Hex(content(mediation));
}

} // namespace sd::MediationCanonical
