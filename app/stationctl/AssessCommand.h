#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl assess …: the assessment schemes, a period's ranking and the streaks the
// approved sheets show.
class AssessCommand : public Command {
    SD_COMMAND(AssessCommand)

    ExitCode schemes(Invocation &in);
    ExitCode ranking(Invocation &in);
    ExitCode streaks(Invocation &in);
};

} // namespace sd
