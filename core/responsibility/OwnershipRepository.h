#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/Asset.h"
#include "core/responsibility/Owner.h"

#include <QDate>

namespace sd {

// Owners across the asset and task tables: resolving one, what one owns, the orphans,
// moving everything from one owner to another, and the history of every change.
// Callers (services) own the transaction.
class OwnershipRepository {
public:
    OwnershipRepository(const Database &database, const QDate &today)
        : m_database(database)
        , m_today(today) {}

    // NotFound when the person or unit does not exist in this station.
    Result<OwnerInfo> resolve(const OwnerRef &owner) const;

    // Assets (all) and open tasks of this owner, by code.
    Result<QList<OwnedItem>> ownedBy(const OwnerRef &owner) const;
    // Assets and open tasks whose owner has left or whose unit has no active leader.
    Result<QList<OwnedItem>> orphans() const;
    Result<int> orphanCount() const;
    // One line per owner that owns anything, orphaned owners first.
    Result<QList<OwnerLoad>> board(const BoardFilter &filter = {}) const;

    // Moves every asset and open task of from to to, writing a history row for each;
    // returns the items moved (with their former owner).
    Result<QList<OwnedItem>> reassignAll(const OwnerRef &from, const OwnerInfo &fromInfo,
                                         const OwnerInfo &to, qint64 nowMs, const QString &actor,
                                         const QString &reason) const;

    Status addHistory(OwnedItem::Type type, qint64 itemId, const std::optional<OwnerInfo> &from,
                      const OwnerInfo &to, qint64 nowMs, const QString &actor,
                      const QString &reason) const;
    Result<QList<OwnershipChange>> history(OwnedItem::Type type, qint64 itemId) const;

private:
    Result<QList<OwnedItem>> items(const QString &assetWhere, const QString &taskWhere,
                                   const QVariantList &assetValues,
                                   const QVariantList &taskValues) const;

    const Database &m_database;
    QDate m_today;
};

} // namespace sd
