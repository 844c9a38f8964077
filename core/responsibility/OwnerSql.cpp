#include "core/responsibility/OwnerSql.h"

#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd::ownersql {

QString joins(const QString &alias) {
    return u" LEFT JOIN person op ON op.id = %1.owner_person_id"
           u" LEFT JOIN unit ou ON ou.id = %1.owner_unit_id"
           u" LEFT JOIN person ol ON ol.id = ou.leader_id"_s.arg(alias);
}

QString columns(const QString &alias) {
    return u"%1.owner_person_id, %1.owner_unit_id, op.name, op.badge_no, op.active, ou.name, "
           u"ol.name, ol.badge_no, ol.active"_s.arg(alias);
}

OwnerInfo infoFrom(const QSqlQuery &query, int first) {
    OwnerInfo info;
    const auto personId = optionalId(query.value(first));
    if (personId) {
        info.ref = OwnerRef::person(*personId);
        info.name = query.value(first + 2).toString();
        info.badge = query.value(first + 3).toString();
        info.accountableName = info.name;
        info.accountableBadge = info.badge;
        info.orphaned = query.value(first + 4).toInt() != 1;
    } else {
        info.ref = OwnerRef::unit(query.value(first + 1).toLongLong());
        info.name = query.value(first + 5).toString();
        const bool leaderActive = query.value(first + 8).toInt() == 1;
        if (leaderActive) {
            info.accountableName = query.value(first + 6).toString();
            info.accountableBadge = query.value(first + 7).toString();
        }
        info.orphaned = !leaderActive;
    }
    return info;
}

QString orphaned(const QString &alias) {
    return u"(CASE WHEN %1.owner_person_id IS NOT NULL "
           u"THEN (CASE WHEN op.active = 1 THEN 0 ELSE 1 END) "
           u"ELSE (CASE WHEN ol.active = 1 THEN 0 ELSE 1 END) END) = 1"_s.arg(alias);
}

QString matches(const QString &alias, const OwnerRef &owner, QVariantList &values) {
    values << owner.id;
    return owner.isUnit() ? u"%1.owner_unit_id = ?"_s.arg(alias)
                          : u"%1.owner_person_id = ?"_s.arg(alias);
}

QString accountableTo(const QString &alias, qint64 unitId, QVariantList &values) {
    values << unitId << unitId;
    return u"(%1.owner_unit_id = ? OR %1.owner_person_id IN "
           u"(SELECT person_id FROM unit_member WHERE unit_id = ?))"_s.arg(alias);
}

QVariant personColumn(const OwnerRef &owner) {
    return nullableId(owner.personId());
}

QVariant unitColumn(const OwnerRef &owner) {
    return nullableId(owner.unitId());
}

} // namespace sd::ownersql
