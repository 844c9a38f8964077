#pragma once

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/Command.h"

#include <optional>

namespace sd {

// stationctl audit …: checks and reads the hash-chained audit log. verify walks the
// whole chain (and, given a head written down earlier, proves nothing was cut off the
// end); head prints the value to write down; list shows rows by time, user and action.
class AuditCommand : public Command {
    SD_COMMAND(AuditCommand)

    ExitCode verify(Invocation &in);
    ExitCode head(Invocation &in);
    ExitCode list(Invocation &in);

    // The database, once the audit permission is checked; null after reporting why not.
    Application *openForAudit(Invocation &in);
};

} // namespace sd
