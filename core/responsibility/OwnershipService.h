#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/Asset.h"
#include "core/responsibility/Owner.h"

#include <QCoreApplication>

namespace sd {

// Who answers for what: resolving owners (a badge number or a unit name), the orphan
// check, the accountability board, each item's history, and the hand-over that moves
// everything from one owner to another in one transaction (ReassignOwners).
class OwnershipService {
    Q_DECLARE_TR_FUNCTIONS(sd::OwnershipService)

public:
    struct Transfer {
        OwnerInfo from;
        OwnerInfo to;
        QList<OwnedItem> moved;
    };

    explicit OwnershipService(const ServiceContext &context)
        : m_context(context) {}

    Result<OwnerInfo> resolve(const OwnerRef &owner) const;
    // A badge number names a person, anything else a unit by its name; field names the
    // input for the Validation error when neither matches.
    Result<OwnerInfo> findOwner(const QString &badgeOrUnit, const QString &field) const;
    // Active people and every unit, for owner pickers.
    Result<QList<OwnerInfo>> candidates() const;

    Result<QList<OwnedItem>> ownedBy(const OwnerRef &owner) const;
    Result<QList<OwnedItem>> orphans() const;
    Result<int> orphanCount() const;
    Result<QList<OwnerLoad>> board(const BoardFilter &filter = {}) const;
    Result<QList<OwnershipChange>> history(OwnedItem::Type type, qint64 itemId) const;

    // Moves every asset and open task of from to to; one history row per item and one
    // audit row. Refused (Validation) without a reason, to the same owner, or to an owner
    // who cannot answer for them (a person who left, a unit without a leader).
    Result<Transfer> transfer(const OwnerRef &from, const OwnerRef &to,
                              const QString &reason) const;

private:
    QDate today() const;

    const ServiceContext m_context;
};

} // namespace sd
