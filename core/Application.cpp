#include "core/Application.h"

#include "core/frontdesk/AlertTallyRepository.h"
#include "core/frontdesk/ChecklistRepository.h"
#include "core/kernel/documents/OutputPath.h"
#include "core/kernel/storage/Migrator.h"
#include "core/responsibility/OwnershipGuard.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kDefaultStationCode = u"main"_s;
} // namespace

Application::Application(std::unique_ptr<Database> database, std::unique_ptr<Clock> clock)
    : m_database(std::move(database))
    , m_clock(std::move(clock))
    , m_session(Session::localUser())
    , m_audit(*m_database, m_session, *m_clock)
    , m_access(m_session, m_audit)
    , m_settings(*m_database, m_access, m_audit, m_session, *m_clock)
    , m_context{*m_database, m_session, *m_clock, m_audit, m_access, m_station}
    , m_accounts(m_context, m_session, m_settings)
    , m_organisation(m_context, &OwnershipGuard::refuseIfOwning)
    , m_alerts(m_context)
    , m_records(m_context, m_accounts)
    , m_assessments(m_context)
    , m_assessmentViews(*m_database)
    , m_honours(m_context)
    , m_responsibility(m_context)
    , m_ownership(m_context)
    , m_mediation(m_context, m_accounts, m_settings)
    , m_statistics(m_context)
    , m_statisticsDefinitions(m_context)
    , m_roster(m_context)
    , m_handovers(m_context, m_accounts, m_roster)
    , m_monthClose(m_context) {
    OutputPath::protect(m_database->url());
}

Application::~Application() {
    OutputPath::release(m_database->url());
}

Result<std::unique_ptr<Application>> Application::open(const DatabaseUrl &url, OpenMode mode,
                                                       std::unique_ptr<Clock> clock) {
    if (mode == OpenMode::ExistingOnly && url.engine == Engine::Sqlite &&
        !QFileInfo::exists(url.path)) {
        return Error::usage(
            tr("There is no database at %1. Create it first with: stationctl --database %1 init")
                .arg(url.displayName()));
    }
    auto database = Database::open(url);
    SD_RETURN_IF_ERROR(database);
    const Migrator migrator(*database.value());
    auto current = migrator.currentVersion();
    SD_RETURN_IF_ERROR(current);
    if (mode == OpenMode::ExistingOnly && current.value() == 0) {
        return Error::usage(
            tr("%1 is not initialised. Create it first with: stationctl --database %1 init")
                .arg(url.displayName()));
    }
    auto migrated = migrator.migrate();
    SD_RETURN_IF_ERROR(migrated);
    if (!clock) {
        clock = std::make_unique<Clock>();
    }
    std::unique_ptr<Application> app(
        new Application(std::move(database.value()), std::move(clock)));
    app->m_openInfo = {migrated->fromVersion, migrated->toVersion, migrated->backupPath};
    const qint64 now = app->m_clock->nowMs();
    const Database &opened = *app->m_database;
    auto station = StationRepository(opened).ensure(
        kDefaultStationCode, tr("Police station"), now, [&opened, now](qint64 stationId) {
            return ChecklistRepository(opened).insertDefaults(stationId, now);
        });
    SD_RETURN_IF_ERROR(station);
    app->m_station = station.value();
    app->m_database->setStationId(station->id);
    SD_RETURN_IF_ERROR(AlertTallyRepository(opened).ensureBuilt(now));
    return app;
}

} // namespace sd
