#pragma once

#include "core/duty/Shift.h"
#include "core/kernel/common/Result.h"

namespace sd {

// What other parts of the station (the shift handover, the duty leader's page) ask of the
// roster, without depending on how it is planned: the shift in force at an instant and the
// one that follows it, each with its crew.
class RosterLookup {
public:
    virtual ~RosterLookup() = default;
    virtual Result<ShiftsAt> shiftsAt(qint64 instant) const = 0;
};

} // namespace sd
