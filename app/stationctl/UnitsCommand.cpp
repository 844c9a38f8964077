#include "app/stationctl/UnitsCommand.h"

#include "app/stationctl/TableWriter.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Empty text becomes an absent value: null in JSON, an empty field in CSV.
QVariant orNull(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

CommandSpec UnitsCommand::spec() {
    return {
        .name = u"units"_s,
        .summary = tr("List the station's units with their leaders"),
        .help = tr("Usage: stationctl [--database URL] units list [options]\n"
                   "\n"
                   "Lists the units: the leadership, party groups, squads, action teams and\n"
                   "community police offices, each with its leader, parent unit, number of\n"
                   "members and, for offices, the community areas it serves.\n"
                   "\n"
                   "Options:\n"
                   "  --format table|csv|json  output format (default: table); CSV and JSON use\n"
                   "                           the keys kind, name, leader_badge, leader_name,\n"
                   "                           parent, members, areas\n"),
        .actions =
            {
                {.name = u"list"_s,
                 .options = {kFormatOption},
                 .run = std::bind_front(&UnitsCommand::list, this)},
            },
    };
}

ExitCode UnitsCommand::list(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto units = app->organisation().units();
    SD_FAIL_IF_ERROR(units);
    auto areas = app->organisation().areas();
    SD_FAIL_IF_ERROR(areas);
    QHash<qint64, QStringList> areasByOffice;
    for (const CommunityArea &area : areas.value()) {
        areasByOffice[area.officeId] << area.name;
    }

    TableWriter table({
        {u"kind"_s, tr("Kind"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto kind = unitKindFromKey(key.toString());
             return kind ? displayName(*kind) : key.toString();
         }},
        {u"name"_s, tr("Name")},
        {u"leader_badge"_s, tr("Leader badge")},
        {u"leader_name"_s, tr("Leader")},
        {u"parent"_s, tr("Parent unit")},
        {u"members"_s, tr("Members"), Qt::AlignRight},
        {u"areas"_s, tr("Community areas")},
    });
    for (const UnitSummary &summary : units.value()) {
        table.addRow({toKey(summary.unit.kind), summary.unit.name, orNull(summary.leaderBadge),
                      orNull(summary.leaderName), orNull(summary.parentName), summary.memberCount,
                      areasByOffice.value(summary.unit.id)});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

} // namespace sd
