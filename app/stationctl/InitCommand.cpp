#include "app/stationctl/InitCommand.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec InitCommand::spec() {
    return {
        .name = u"init"_s,
        .summary = tr("Create the station database, or migrate it to this version"),
        .help = tr("Usage: stationctl [--database URL] init\n"
                   "\n"
                   "Creates the station database if it does not exist, or brings an older one up\n"
                   "to the schema of this version, backing it up first. Running it again changes\n"
                   "nothing. Prints \"schema version N\".\n"),
        .actions =
            {
                {.database = DatabaseUse::CreateOrMigrate,
                 .run = std::bind_front(&InitCommand::execute, this)},
            },
    };
}

ExitCode InitCommand::execute(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    const Application::OpenInfo &info = app->openInfo();
    if (!info.backupPath.isEmpty()) {
        console().error(tr("backed up schema version %1 to %2 before migrating")
                            .arg(info.fromVersion)
                            .arg(info.backupPath));
    }
    // Machine-readable on purpose (scripts check it), so not translated.
    console().out() << u"schema version %1\n"_s.arg(info.schemaVersion);
    return ExitCode::Success;
}

} // namespace sd
