#pragma once

#include "Command.h"

namespace sd {

// stationctl import alerts|assets FILE.csv [--update] [--skip-invalid REJECTS.csv]
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::ImportCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode importAlerts(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode importAssets(const DatabaseUrl &url, const QStringList &arguments);
};

} // namespace sd
