#pragma once

#include "core/Application.h"
#include "core/kernel/common/Result.h"
#include "core/organisation/Person.h"
#include "core/organisation/Unit.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

// A fictional station for demonstrations, training and screenshots: people, the
// leadership, the three party groups with their squads and the ambush action team,
// and three community police offices with their areas. Everything is written through
// the services, so the demo obeys the same rules as real data, and it is fixed data,
// so every run produces the same station. Both stationctl (demo) and the GUI use it.
//
// Built in named steps so later features (accounts, alerts, mediations…) add a step
// instead of growing one long function.
class DemoStation {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoStation)

public:
    // A login of the demo. The passwords are published (README, the demo's output) on
    // purpose: the demo is for trying every role, never for real records.
    struct DemoAccount {
        QString badgeNo;
        QString name;
        Role role = Role::Officer;
        QString password;
    };

    struct Summary {
        QString stationName;
        int people = 0;
        int units = 0;
        int areas = 0;
        int assessmentSheets = 0;
        int honours = 0;
        int assets = 0;
        int tasks = 0;
        int alerts = 0;
        int onSceneRecords = 0;
        int mediationCases = 0;
        int shifts = 0;
        QList<DemoAccount> accounts;
    };

    explicit DemoStation(Application &app)
        : m_app(app) {}

    static QString stationName();

    // Refuses (Validation, field "people") a database that already has people: the demo
    // never mixes with real records. The steps are not one transaction, because each
    // service call commits on its own; a storage failure midway leaves a partial demo
    // that a rerun refuses, so start again from a fresh database then.
    Result<Summary> build();

private:
    struct Step {
        const char *name; // for error messages: which step failed
        Status (DemoStation::*run)();
    };

    // One unit of the demo data; parent and members are referred to by name and badge.
    struct UnitSpec {
        UnitKind kind;
        QString name;
        QString parent;
        QString leaderBadge;
        QStringList memberBadges;
        QStringList areas; // community offices only
    };

    static QList<Step> steps();

    Status checkEmpty();
    Status renameStation();
    Status addPeople();
    Status addLeadership();
    Status addPartyGroups();
    Status addSquads();
    Status addCommunityOffices();
    Status addResponsibility();
    Status addAccounts();
    Status addDutyRoster();
    Status addFrontDesk();
    Status addMediation();
    Status addAssessments();

    Status addUnits(const QList<UnitSpec> &specs);
    Result<qint64> personId(const QString &badge) const;

    Application &m_app;
    QHash<QString, qint64> m_peopleByBadge;
    QHash<QString, qint64> m_unitsByName;
    Summary m_summary;
};

} // namespace sd
