#pragma once

#include "app/stationctl/Command.h"

namespace sd {

struct PlannedShift;

// stationctl duty …: the station's shift pattern and the duty roster (值班表), planned and
// changed from the command line as the chief's desk would: a shift's crew by badge, a week
// copied, one person swapped for another with a reason, someone's next duties.
class DutyCommand : public Command {
    SD_COMMAND(DutyCommand)

    ExitCode pattern(Invocation &in);
    ExitCode list(Invocation &in);
    ExitCode set(Invocation &in);
    ExitCode copy(Invocation &in);
    ExitCode swap(Invocation &in);
    ExitCode exchange(Invocation &in);
    ExitCode next(Invocation &in);
    // Prints shifts as a table, CSV or JSON.
    void print(Invocation &in, const QList<PlannedShift> &shifts);
};

} // namespace sd
