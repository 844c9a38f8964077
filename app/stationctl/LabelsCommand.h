#pragma once

#include "app/stationctl/Command.h"

namespace sd {

// stationctl labels --pdf FILE [--kind K] [--owner O]: A4 sheets of owner labels with a
// QR code of each tag code. Painting text needs a QGuiApplication, which main() starts
// (on the offscreen platform) for this command only.
class LabelsCommand : public Command {
    SD_COMMAND(LabelsCommand)

    ExitCode execute(Invocation &in);
};

} // namespace sd
