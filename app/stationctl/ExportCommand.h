#pragma once

#include "app/stationctl/Command.h"
#include "core/frontdesk/AlertExport.h"

#include <functional>

namespace sd {

// stationctl export alerts [--from DATE] [--to DATE] [--format csv|json] [--output FILE]
// stationctl export assets [--format csv|json] [--output FILE]
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::ExportCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode exportAlerts(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode exportAssets(const DatabaseUrl &url, const QStringList &arguments);
    // Writes the --format/--output export with write, then the "<kind>.export" audit row;
    // returns the rows written.
    Result<qint64>
    writeExport(Application &app, const ArgumentParser &parser, const QString &kind,
                const std::function<Result<qint64>(QIODevice &, ExportFormat)> &write);
};

} // namespace sd
