#include "app/stationctl/DemoCommand.h"

#include "app/stationctl/TableWriter.h"
#include "core/demo/DemoStation.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec DemoCommand::spec() {
    return {
        .name = u"demo"_s,
        .summary = tr("Fill an empty database with a fictional demo station"),
        .help =
            tr("Usage: stationctl [--database URL] demo\n"
               "\n"
               "Adds a fictional station to an empty database (creating it if needed): its\n"
               "people, leadership, party groups, squads, the ambush action team and the\n"
               "community police offices with their areas, and one login for each role\n"
               "(officer, squad_leader, instructor, chief, admin), printed at the end with its\n"
               "published demo password. The data is the same on every run.\n"
               "Refuses a database that already has people.\n"),
        .actions =
            {
                {.database = DatabaseUse::CreateOrMigrate,
                 .run = std::bind_front(&DemoCommand::execute, this)},
            },
    };
}

ExitCode DemoCommand::execute(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto built = DemoStation(*app).build();
    SD_FAIL_IF_ERROR(built);
    console().out() << tr("Added the demo station %1: %2 people, %3 units, %4 community areas.\n")
                           .arg(built->stationName)
                           .arg(built->people)
                           .arg(built->units)
                           .arg(built->areas);
    // The logins to try each role with; the same passwords are listed in the README.
    TableWriter accounts({
        {u"badge_no"_s, tr("Badge no.")},
        {u"name"_s, tr("Name")},
        {u"role"_s, tr("Role")},
        {u"password"_s, tr("Password")},
    });
    for (const DemoStation::DemoAccount &account : built->accounts) {
        accounts.addRow({account.badgeNo, account.name, toKey(account.role), account.password});
    }
    console().out() << tr("\nDemo logins, one per role:\n") << accounts.toTable();
    return ExitCode::Success;
}

} // namespace sd
