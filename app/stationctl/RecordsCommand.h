#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl records list [--sealed|--drafts] [--format …] | records verify
class RecordsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::RecordsCommand)

public:
    using Command::Command;
    CommandSpec spec() override;

private:
    ExitCode list(Invocation &in);
    ExitCode verify(Invocation &in);
};

} // namespace sd
