#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl honours list: the honours register, newest year first.
class HonoursCommand : public Command {
    SD_COMMAND(HonoursCommand)

    ExitCode list(Invocation &in);
};

} // namespace sd
