#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl units …: the leadership, party groups, squads, action teams and
// community police offices. For now "list".
class UnitsCommand : public Command {
    SD_COMMAND(UnitsCommand)

    ExitCode list(Invocation &in);
};

} // namespace sd
