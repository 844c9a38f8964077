#pragma once

#include "app/stationctl/Command.h"
#include "app/stationctl/OutputFormat.h"

namespace sd {

// stationctl settings list | set NAME VALUE: the station-wide settings (lockout, idle
// lock, password length…) that every desk reads from the database.
class SettingsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::SettingsCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode list(Application &app, OutputFormat format);
    ExitCode set(Application &app, const QString &name, const QString &value);
};

} // namespace sd
