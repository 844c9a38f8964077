#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/organisation/OwnerRef.h"

#include <functional>

namespace sd {

// What the organisation asks, inside its own transaction, before a person leaves or a unit
// loses its leader: do they still answer for something? A Validation error on field naming
// what they own, or success. Responsibility answers (OwnershipGuard::refuseIfOwning) and
// Application wires the two together, so organisation names no feature above it.
using OwnershipCheck = std::function<Status(const Database &database, const OwnerRef &owner,
                                            const QString &who, const QString &field)>;

} // namespace sd
