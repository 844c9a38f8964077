#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl people …: the station's staff. For now "list"; adding, editing and
// deactivating people follow as further subcommands.
class PeopleCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::PeopleCommand)

public:
    using Command::Command;

    CommandSpec spec() override;

private:
    ExitCode list(Invocation &in);
};

} // namespace sd
