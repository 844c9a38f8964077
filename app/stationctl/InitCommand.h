#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl init: creates the station database or migrates it to this version.
class InitCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::InitCommand)

public:
    using Command::Command;

    CommandSpec spec() override;

private:
    ExitCode execute(Invocation &in);
};

} // namespace sd
