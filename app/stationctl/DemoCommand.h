#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl demo: fills an empty database with the fictional demo station.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;
};

} // namespace sd
