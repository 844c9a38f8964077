#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl demo: fills an empty database with the fictional demo station.
class DemoCommand : public Command {
    SD_COMMAND(DemoCommand)

    ExitCode execute(Invocation &in);
};

} // namespace sd
