#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl owners check|list|board|transfer: the responsibility register's owners.
// "check" exits 1 while anything is orphaned, so a cron job or CI can watch the goal of
// zero.
class OwnersCommand : public Command {
    SD_COMMAND(OwnersCommand)

    ExitCode check(Invocation &in);
    ExitCode list(Invocation &in);
    ExitCode board(Invocation &in);
    ExitCode transfer(Invocation &in);
};

} // namespace sd
