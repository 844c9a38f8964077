#include "Command.h"

namespace sd {

std::unique_ptr<Application> Command::openApplication(const DatabaseUrl &url,
                                                      Application::OpenMode mode) {
    auto app = Application::open(url, mode);
    if (!app) {
        // Application reports a missing or uninitialised database as a Usage error, but
        // for stationctl the command line was fine: the database is what is wrong.
        m_console.error(app.error().message);
        return nullptr;
    }
    return std::move(app.value());
}

ExitCode Command::fail(const Error &error) {
    m_console.error(error.message);
    return error.code == ErrorCode::Usage ? ExitCode::Usage : ExitCode::Failure;
}

ExitCode Command::showUsage() {
    console().out() << usage();
    return ExitCode::Success;
}

} // namespace sd
