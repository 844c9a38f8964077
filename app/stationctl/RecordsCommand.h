#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl records list [--sealed|--drafts] [--format …] | records verify
class RecordsCommand : public Command {
    SD_COMMAND(RecordsCommand)

    ExitCode list(Invocation &in);
    ExitCode verify(Invocation &in);
};

} // namespace sd
