#include "app/stationctl/CommandSpec.h"

namespace sd {

Invocation::Invocation(const DatabaseUrl &url, const ActionSpec &action,
                       const ArgumentParser &parser, Console &console)
    : m_url(url)
    , m_action(action)
    , m_parser(parser)
    , m_console(console) {}

Invocation::~Invocation() = default;

Application *Invocation::app() {
    if (m_app || m_action.database == DatabaseUse::None) {
        return m_app.get();
    }
    const auto mode = m_action.database == DatabaseUse::CreateOrMigrate
                          ? Application::OpenMode::CreateOrMigrate
                          : Application::OpenMode::ExistingOnly;
    auto opened = Application::open(m_url, mode);
    if (!opened) {
        // Application reports a missing or uninitialised database as a Usage error, but
        // for stationctl the command line was fine: the database is what is wrong.
        m_console.error(opened.error().message);
        return nullptr;
    }
    m_app = std::move(opened.value());
    return m_app.get();
}

} // namespace sd
