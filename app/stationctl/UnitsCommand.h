#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl units …: the leadership, party groups, squads, action teams and
// community police offices. For now "list".
class UnitsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::UnitsCommand)

public:
    using Command::Command;

    CommandSpec spec() override;

private:
    ExitCode list(Invocation &in);
};

} // namespace sd
