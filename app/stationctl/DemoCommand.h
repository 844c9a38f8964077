#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl demo: fills an empty database with the fictional demo station.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoCommand)

public:
    using Command::Command;

    CommandSpec spec() override;

private:
    ExitCode execute(Invocation &in);
};

} // namespace sd
