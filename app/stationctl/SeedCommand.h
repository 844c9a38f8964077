#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl seed: generated data for demos and benchmarks (audit rows and alerts).
class SeedCommand : public Command {
    SD_COMMAND(SeedCommand)

    ExitCode execute(Invocation &in);
};

} // namespace sd
