#pragma once

#include "Command.h"

namespace sd {

// stationctl report onscene NUMBER --pdf FILE
// stationctl report mediation NUMBER --pdf FILE [--summary]
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(sd::ReportCommand)

public:
    using Command::Command;
    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    ExitCode run(const DatabaseUrl &url, const QStringList &arguments) override;

private:
    ExitCode onScene(const DatabaseUrl &url, const QStringList &arguments);
    ExitCode mediation(const DatabaseUrl &url, const QStringList &arguments);
};

} // namespace sd
