#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl owners check|list|board|transfer: the responsibility register's owners.
// "check" exits 1 while anything is orphaned, so a cron job or CI can watch the goal of
// zero.
class OwnersCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::OwnersCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode check(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode list(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode board(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode transfer(const DatabaseUrl &url, const QStringList &arguments);
};

} // namespace sd
