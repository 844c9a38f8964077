#pragma once

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/Command.h"
#include "core/kernel/security/Role.h"

#include <optional>

namespace sd {

// stationctl user …: the login accounts of the station's people. add, list, passwd,
// role, lock, unlock, disable and enable, each through AccountService, so the
// command line obeys the same password policy and last-administrator rule as the GUI.
class UserCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::UserCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

    // Parses a --role value: one of the login roles, else a Usage error listing them.
    static Result<Role> parseRole(const QString &text);

private:
    ExitCode add(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode list(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode passwd(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode setRole(const DatabaseUrl &url, const QStringList &arguments);
    // lock, unlock, disable and enable: a badge and nothing else.
    ExitCode changeState(const DatabaseUrl &url, const QString &action,
                         const QStringList &arguments);

    // Parses a subcommand's options. Returns an exit code when the command is done
    // already (--help, or a usage error that was reported), nothing to go on.
    std::optional<ExitCode> parse(ArgumentParser &parser, const QStringList &arguments);
    // The value of a required option, or a Usage error naming it.
    Result<QString> required(const ArgumentParser &parser, const QString &option) const;
    // --role, required and one of the login roles.
    Result<Role> requiredRole(const ArgumentParser &parser) const;
    Status requirePasswordStdin(const ArgumentParser &parser) const;
    Result<Secret> readPassword();
};

} // namespace sd
