#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/Owner.h"

#include <QCoreApplication>

namespace sd {

// The organisation's side of the responsibility invariant: a person who still owns
// assets or open tasks cannot leave, and a unit that owns any cannot lose its leader,
// until a hand-over moves them. Runs inside the caller's transaction.
class OwnershipGuard {
    Q_DECLARE_TR_FUNCTIONS(sd::OwnershipGuard)

public:
    // A Validation error on field naming what `who` still owns (the first ten items by
    // code, then a count), or success when they own nothing.
    static Status refuseIfOwning(const Database &database, const OwnerRef &owner,
                                 const QString &who, const QString &field);
};

} // namespace sd
