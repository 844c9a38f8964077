#pragma once

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/Command.h"
#include "core/kernel/security/Role.h"

#include <optional>

namespace sd {

// stationctl user …: the login accounts of the station's people. add, list, passwd,
// role, lock, unlock, disable and enable, each through AccountService, so the
// command line obeys the same password policy and last-administrator rule as the GUI.
class UserCommand : public Command {
    SD_COMMAND(UserCommand)

    // Parses a --role value: one of the login roles, else a Usage error listing them.
    static Result<Role> parseRole(const QString &text);

private:
    QList<ActionSpec> actions();
    ExitCode add(Invocation &in);
    ExitCode list(Invocation &in);
    ExitCode passwd(Invocation &in);
    ExitCode setRole(Invocation &in);
    // lock, unlock, disable and enable: a badge and nothing else.
    ExitCode changeState(Invocation &in, const QString &action);

    // The value of a required option, or a Usage error naming it.
    Result<QString> required(const Invocation &in, const QString &option) const;
    // --role, required and one of the login roles.
    Result<Role> requiredRole(const Invocation &in) const;
    Status requirePasswordStdin(const Invocation &in) const;
    Result<Secret> readPassword();
};

} // namespace sd
