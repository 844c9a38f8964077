#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl report onscene NUMBER --pdf FILE
// stationctl report mediation NUMBER --pdf FILE [--summary]
// stationctl report month YYYY-MM --pdf FILE
class ReportCommand : public Command {
    SD_COMMAND(ReportCommand)

    // One kind of report (onscene, mediation): its own flags, and how it finds the record,
    // writes the PDF and records the output.
    struct Kind;
    static const QList<Kind> &kinds();
    // One subcommand per kind.
    QList<ActionSpec> actions();
    ExitCode writeReport(Invocation &in, const Kind &kind);
};

} // namespace sd
