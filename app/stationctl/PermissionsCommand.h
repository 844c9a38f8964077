#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl permissions: prints the permission matrix (which login role may do what)
// straight from the core's table, so the documentation can be generated from the code
// rather than kept in step by hand. docs/permissions.md is its markdown output.
class PermissionsCommand : public Command {
    SD_COMMAND(PermissionsCommand)

    ExitCode execute(Invocation &in);

    // The matrix as a GitHub-style markdown table: one row per permission, one column
    // per login role, "✓" where the role has the permission.
    static QString markdown();
};

} // namespace sd
