#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl assess …: the assessment schemes, a period's ranking and the streaks the
// approved sheets show.
class AssessCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessCommand)

public:
    using Command::Command;

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode schemes(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode ranking(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode streaks(const DatabaseUrl &url, const QStringList &arguments);
};

} // namespace sd
