#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl records list [--sealed|--drafts] [--format …] | records verify
class RecordsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::RecordsCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode list(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode verify(const DatabaseUrl &url, const QStringList &arguments);
};

} // namespace sd
