#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl stats …: alert counts with their change and its significance (over a range or
// a rolling window), the two-down-one-up summary, the definitions it is worked out under and
// their history, and the check of the kept counts against the alerts.
class StatsCommand : public Command {
    SD_COMMAND(StatsCommand)

    ExitCode alerts(Invocation &in);
    ExitCode summary(Invocation &in);
    ExitCode definitions(Invocation &in);
    ExitCode define(Invocation &in);
    ExitCode verify(Invocation &in);
};

} // namespace sd
