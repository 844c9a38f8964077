#pragma once

#include "app/stationctl/Command.h"
#include "app/stationctl/OutputFormat.h"

namespace sd {

// stationctl settings list | set NAME VALUE: the station-wide settings (lockout, idle
// lock, password length…) that every desk reads from the database.
class SettingsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::SettingsCommand)

public:
    using Command::Command;
    CommandSpec spec() override;

private:
    ExitCode list(Invocation &in);
    ExitCode set(Invocation &in);
};

} // namespace sd
