#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl init: creates the station database or migrates it to this version.
class InitCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::InitCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;
};

} // namespace sd
