#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl init: creates the station database or migrates it to this version.
class InitCommand : public Command {
    SD_COMMAND(InitCommand)

    ExitCode execute(Invocation &in);
};

} // namespace sd
