#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl people …: the station's staff. For now "list"; adding, editing and
// deactivating people follow as further subcommands.
class PeopleCommand : public Command {
    SD_COMMAND(PeopleCommand)

    ExitCode list(Invocation &in);
};

} // namespace sd
