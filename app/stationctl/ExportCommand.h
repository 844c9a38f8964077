#pragma once

#include "app/stationctl/Command.h"
#include "core/frontdesk/AlertExport.h"

#include <functional>

namespace sd {

// stationctl export alerts [--from DATE] [--to DATE] [--format csv|json] [--output FILE]
// stationctl export assets [--format csv|json] [--output FILE]
class ExportCommand : public Command {
    SD_COMMAND(ExportCommand)

    ExitCode exportAlerts(Invocation &in);
    ExitCode exportAssets(Invocation &in);
    // --format (csv or json) and --output (not the database): an exit code when wrong.
    std::optional<ExitCode> checkOutputOptions(const Invocation &in);
    // Writes the --format/--output export with write, then the "<kind>.export" audit row;
    // returns the rows written.
    Result<qint64>
    writeExport(Application &app, const Invocation &in, const QString &kind,
                const std::function<Result<qint64>(QIODevice &, ExportFormat)> &write);
};

} // namespace sd
