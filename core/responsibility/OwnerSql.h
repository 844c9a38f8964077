#pragma once

#include "core/kernel/storage/SqlWhere.h"
#include "core/responsibility/Owner.h"

#include <QSqlQuery>
#include <QVariantList>

namespace sd::ownersql {

// SQL pieces shared by the asset and task tables, which both carry owner_person_id /
// owner_unit_id: the joins that resolve the owner and the unit's leader (aliases op,
// ou, ol), the columns infoFrom() reads, and the orphan rule in one place.
QString joins(const QString &alias);
QString columns(const QString &alias);
constexpr int kColumnCount = 9;
OwnerInfo infoFrom(const QSqlQuery &query, int firstColumn);

// True (as SQL) when the owner is a person who has left, or a unit without an active
// leader.
QString orphaned(const QString &alias);

// "(alias.owner_person_id = ? AND alias.owner_unit_id IS NULL)" style match, with values.
QString matches(const QString &alias, const OwnerRef &owner, QVariantList &values);
// Owned by the unit, or by one of its members, or led through it.
QString accountableTo(const QString &alias, qint64 unitId, QVariantList &values);

QVariant personColumn(const OwnerRef &owner);
QVariant unitColumn(const OwnerRef &owner);

// The owner conditions an asset or task list shares: whose it is, which unit answers for
// it, and whether it has no owner at all.
template <class Filter>
void addOwnerFilters(SqlWhere &where, const QString &alias, const Filter &filter) {
    QVariantList values;
    if (filter.owner) {
        const QString condition = matches(alias, *filter.owner, values);
        where.add(condition, values);
        values.clear();
    }
    if (filter.accountableUnitId) {
        const QString condition = accountableTo(alias, *filter.accountableUnitId, values);
        where.add(condition, values);
    }
    if (filter.orphanedOnly) {
        where.add(orphaned(alias));
    }
}

} // namespace sd::ownersql
