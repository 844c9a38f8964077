#pragma once

#include "app/stationctl/Command.h"
#include "app/stationctl/OutputFormat.h"

namespace sd {

// stationctl settings list | set NAME VALUE: the station-wide settings (lockout, idle
// lock, password length…) that every desk reads from the database.
class SettingsCommand : public Command {
    SD_COMMAND(SettingsCommand)

    ExitCode list(Invocation &in);
    ExitCode set(Invocation &in);
};

} // namespace sd
