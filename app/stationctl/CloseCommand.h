#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl close month YYYY-MM --reason TEXT
// stationctl close list [--format F]
// stationctl close reopen YYYY-MM --reason TEXT
// stationctl close amend YYYY-MM NUMBER --reason TEXT
// stationctl close verify
class CloseCommand : public Command {
    SD_COMMAND(CloseCommand)

    ExitCode month(Invocation &in);
    ExitCode list(Invocation &in);
    ExitCode reopen(Invocation &in);
    ExitCode amend(Invocation &in);
    ExitCode verify(Invocation &in);
    // The --reason every change of a close needs, or the usage error.
    std::optional<ExitCode> refuseWithoutReason(const Invocation &in);
};

} // namespace sd
