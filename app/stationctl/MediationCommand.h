#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl mediation list [--open|--overdue|--due-within DAYS] [--format F]
class MediationCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationCommand)

public:
    using Command::Command;
    CommandSpec spec() override;

private:
    ExitCode list(Invocation &in);
};

} // namespace sd
