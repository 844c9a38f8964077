#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl mediation list [--open|--overdue|--due-within DAYS] [--format F]
class MediationCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::MediationCommand)

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
