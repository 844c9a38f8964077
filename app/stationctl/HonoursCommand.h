#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl honours list: the honours register, newest year first.
class HonoursCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::HonoursCommand)

public:
    using Command::Command;

    CommandSpec spec() override;

private:
    ExitCode list(Invocation &in);
};

} // namespace sd
