#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl people …: the station's staff. For now "list"; adding, editing and
// deactivating people follow as further subcommands.
class PeopleCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::PeopleCommand)

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
