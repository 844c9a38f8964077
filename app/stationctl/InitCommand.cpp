#include "app/stationctl/InitCommand.h"

#include "app/stationctl/ArgumentParser.h"

using namespace Qt::StringLiterals;

namespace sd {

QString InitCommand::name() const {
    return u"init"_s;
}

QString InitCommand::summary() const {
    return tr("Create the station database, or migrate it to this version");
}

QString InitCommand::usage() const {
    return tr("Usage: stationctl [--database URL] init\n"
              "\n"
              "Creates the station database if it does not exist, or brings an older one up\n"
              "to the schema of this version, backing it up first. Running it again changes\n"
              "nothing. Prints \"schema version N\".\n");
}

ExitCode InitCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl init"_s);
    if (auto done = parseArguments(parser, arguments,
                                   tr("unexpected argument \"%1\" for stationctl init"))) {
        return *done;
    }
    auto app = openApplication(url, Application::OpenMode::CreateOrMigrate);
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
