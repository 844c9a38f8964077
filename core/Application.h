#pragma once

#include "core/accounts/AccountService.h"
#include "core/assessment/AssessmentAnalytics.h"
#include "core/assessment/AssessmentService.h"
#include "core/assessment/HonourService.h"
#include "core/duty/HandoverService.h"
#include "core/duty/MonthCloseService.h"
#include "core/duty/RosterService.h"
#include "core/frontdesk/AlertImporter.h"
#include "core/frontdesk/AlertService.h"
#include "core/frontdesk/RecordService.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/settings/StationSettings.h"
#include "core/kernel/storage/Database.h"
#include "core/mediation/MediationService.h"
#include "core/organisation/OrganisationService.h"
#include "core/responsibility/AssetImporter.h"
#include "core/responsibility/OwnershipService.h"
#include "core/responsibility/ResponsibilityService.h"
#include "core/statistics/AlertStatistics.h"
#include "core/statistics/StatisticsDefinitionService.h"

#include <memory>

namespace sd {

// The one object that opens the station database and creates and owns every
// service. Both executables build exactly one and hand its services to their
// front ends; nothing reaches for singletons or global connections.
class Application {
    Q_DECLARE_TR_FUNCTIONS(sd::Application)

public:
    enum class OpenMode {
        CreateOrMigrate, // create the database if missing, migrate it if older
        ExistingOnly,    // refuse a missing or uninitialised database (and still migrate older)
    };

    struct OpenInfo {
        int fromVersion = 0;
        int schemaVersion = 0;
        QString backupPath; // set when an existing database was backed up before migrating
    };

    static Result<std::unique_ptr<Application>> open(const DatabaseUrl &url, OpenMode mode,
                                                     std::unique_ptr<Clock> clock = nullptr);
    ~Application();

    const Database &database() const { return *m_database; }
    Session &session() { return m_session; }
    const Clock &clock() const { return *m_clock; }
    const OpenInfo &openInfo() const { return m_openInfo; }
    const Station &station() const { return m_station; }
    // What every service is built with, for a test or a tool that builds one of its own.
    const ServiceContext &context() const { return m_context; }

    const AuditLog &audit() const { return m_audit; }
    const AccessControl &access() const { return m_access; }
    const StationSettings &settings() const { return m_settings; }
    AccountService &accounts() { return m_accounts; }
    OrganisationService &organisation() { return m_organisation; }
    AlertService &alerts() { return m_alerts; }
    RecordService &records() { return m_records; }
    AlertImporter alertImporter() const { return AlertImporter(m_context); }
    AssessmentService &assessments() { return m_assessments; }
    const AssessmentAnalytics &assessmentViews() const { return m_assessmentViews; }
    HonourService &honours() { return m_honours; }
    ResponsibilityService &responsibility() { return m_responsibility; }
    OwnershipService &ownership() { return m_ownership; }
    AssetImporter assetImporter() const {
        return AssetImporter(m_context, m_responsibility, m_ownership);
    }
    MediationService &mediation() { return m_mediation; }
    MonthCloseService &monthClose() { return m_monthClose; }
    const AlertStatistics &statistics() const { return m_statistics; }
    const StatisticsDefinitionService &statisticsDefinitions() const {
        return m_statisticsDefinitions;
    }
    RosterService &roster() { return m_roster; }
    HandoverService &handovers() { return m_handovers; }

private:
    Application(std::unique_ptr<Database> database, std::unique_ptr<Clock> clock);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<Clock> m_clock;
    Session m_session;
    OpenInfo m_openInfo;
    Station m_station;
    AuditLog m_audit;
    AccessControl m_access;
    StationSettings m_settings;
    ServiceContext m_context; // refers to the members above, so it comes after them
    AccountService m_accounts;
    OrganisationService m_organisation;
    AlertService m_alerts;
    RecordService m_records;
    AssessmentService m_assessments;
    AssessmentAnalytics m_assessmentViews;
    HonourService m_honours;
    ResponsibilityService m_responsibility;
    OwnershipService m_ownership;
    MediationService m_mediation;
    AlertStatistics m_statistics;
    StatisticsDefinitionService m_statisticsDefinitions;
    RosterService m_roster;
    HandoverService m_handovers;
    MonthCloseService m_monthClose;
};

} // namespace sd
