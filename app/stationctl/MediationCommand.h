#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl mediation list [--open|--overdue|--due-within DAYS] [--format F]
class MediationCommand : public Command {
    SD_COMMAND(MediationCommand)

    ExitCode list(Invocation &in);
};

} // namespace sd
