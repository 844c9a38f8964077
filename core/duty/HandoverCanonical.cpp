#include "core/duty/HandoverCanonical.h"

#include "core/signatures/SignatureDigest.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::HandoverCanonical {

QByteArray content(const Handover &h) {
    QJsonArray items;
    for (const HandoverItem &i : h.items) {
        items.append(QJsonObject{
            {u"position"_s, i.position},
            {u"kind"_s, toKey(i.kind)},
            {u"ref"_s, i.ref},
            {u"owner_badge"_s, i.ownerBadge},
            {u"owner_name"_s, i.ownerName},
            {u"title"_s, i.title},
            {u"detail"_s, i.detail},
            {u"input"_s, toKey(i.input)},
            {u"value"_s, i.value},
            {u"state"_s, toKey(i.state)},
            {u"note"_s, i.note},
            {u"carried_times"_s, i.carriedTimes},
            {u"holder"_s, QString::number(i.holderId.value_or(0))},
        });
    }
    const QJsonObject object{
        {u"version"_s, 1},
        {u"number"_s, h.number},
        {u"place"_s, h.place},
        {u"starts_at"_s, QString::number(h.startsAt)},
        {u"outgoing_shift"_s,
         h.outgoingShiftDate.toString(Qt::ISODate) + u' ' + h.outgoingShiftKey},
        {u"incoming_shift"_s,
         h.incomingShiftDate.toString(Qt::ISODate) + u' ' + h.incomingShiftKey},
        {u"outgoing"_s, h.outgoingBadge + u' ' + h.outgoingName},
        {u"incoming"_s, h.incomingBadge + u' ' + h.incomingName},
        {u"outgoing_leader"_s, h.outgoingLeaderName},
        {u"incoming_leader"_s, h.incomingLeaderName},
        {u"notes"_s, h.notes},
        {u"items"_s, items},
    };
    return SignatureDigest::canonicalJson(object);
}

QString contentSha256(const Handover &handover) {
    return SignatureDigest::sha256Hex(content(handover));
}

} // namespace sd::HandoverCanonical
