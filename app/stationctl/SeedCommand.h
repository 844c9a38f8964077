#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl seed: generated data for demos and benchmarks (audit rows and alerts).
class SeedCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::SeedCommand)

public:
    using Command::Command;
    CommandSpec spec() override;

private:
    ExitCode execute(Invocation &in);
};

} // namespace sd
