#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl units …: the leadership, party groups, squads, action teams and
// community police offices. For now "list".
class UnitsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::UnitsCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode list(const DatabaseUrl &url, const QStringList &arguments);
};

} // namespace sd
