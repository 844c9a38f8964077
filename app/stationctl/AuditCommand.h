#pragma once

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/Command.h"

#include <optional>

namespace sd {

// stationctl audit …: checks and reads the hash-chained audit log. verify walks the
// whole chain (and, given a head written down earlier, proves nothing was cut off the
// end); head prints the value to write down; list shows rows by time, user and action.
class AuditCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::AuditCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode verify(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode head(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode list(const DatabaseUrl &url, const QStringList &arguments);

    // As UserCommand::parse: an exit code when the command is already done.
    std::optional<ExitCode> parse(ArgumentParser &parser, const QStringList &arguments);
    std::unique_ptr<Application> openForAudit(const DatabaseUrl &url);
};

} // namespace sd
