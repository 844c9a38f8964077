#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl assess …: the assessment schemes, a period's ranking and the streaks the
// approved sheets show.
class AssessCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessCommand)

public:
    using Command::Command;

    CommandSpec spec() override;

private:
    ExitCode schemes(Invocation &in);
    ExitCode ranking(Invocation &in);
    ExitCode streaks(Invocation &in);
};

} // namespace sd
