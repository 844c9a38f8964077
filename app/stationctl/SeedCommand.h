#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl seed: generated data for demos and benchmarks (audit rows and alerts).
class SeedCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::SeedCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;
};

} // namespace sd
