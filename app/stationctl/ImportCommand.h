#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl import alerts|assets FILE.csv [--update] [--skip-invalid REJECTS.csv]
class ImportCommand : public Command {
    SD_COMMAND(ImportCommand)

    // One kind of import (alerts, assets): its importer and the line summing up its report.
    struct Kind;
    static const QList<Kind> &kinds();
    // One subcommand per kind.
    QList<ActionSpec> actions();
    ExitCode importFile(Invocation &in, const Kind &kind);
};

} // namespace sd
