#pragma once

#include "app/stationctl/Command.h"

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
    // One kind of report (onscene, mediation): its own flags, and how it finds the record,
    // writes the PDF and records the output.
    struct Kind;
    static const QList<Kind> &kinds();
    ExitCode writeReport(const DatabaseUrl &url, const Kind &kind, const QStringList &arguments);
};

} // namespace sd
