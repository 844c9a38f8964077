#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl honours list: the honours register, newest year first.
class HonoursCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::HonoursCommand)

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
