#include "app/stationctl/UnitsCommand.h"

#include "app/stationctl/ArgumentParser.h"
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

QString UnitsCommand::name() const {
    return u"units"_s;
}

QString UnitsCommand::summary() const {
    return tr("List the station's units with their leaders");
}

QString UnitsCommand::usage() const {
    return tr("Usage: stationctl [--database URL] units list [options]\n"
              "\n"
              "Lists the units: the leadership, party groups, squads, action teams and\n"
              "community police offices, each with its leader, parent unit, number of\n"
              "members and, for offices, the community areas it serves.\n"
              "\n"
              "Options:\n"
              "  --format table|csv|json  output format (default: table); CSV and JSON use\n"
              "                           the keys kind, name, leader_badge, leader_name,\n"
              "                           parent, members, areas\n");
}

ExitCode UnitsCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    const QString action = arguments.value(0);
    if (action == u"--help"_s || action == u"-h"_s) {
        return showUsage();
    }
    if (action.isEmpty()) {
        return fail(Error::usage(tr("missing subcommand for stationctl units; use: list")));
    }
    if (action == u"list"_s) {
        return list(url, arguments.mid(1));
    }
    return fail(
        Error::usage(tr("unknown subcommand \"%1\" for stationctl units; use: list").arg(action)));
}

ExitCode UnitsCommand::list(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl units list"_s);
    parser.addOption(u"format"_s);
    if (auto done = parseArguments(parser, arguments,
                                   tr("unexpected argument \"%1\" for stationctl units list"))) {
        return *done;
    }
    auto format = formatOption(parser);
    if (!format) {
        return fail(format.error());
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    auto units = app->organisation().units();
    if (!units) {
        return fail(units.error());
    }
    auto areas = app->organisation().areas();
    if (!areas) {
        return fail(areas.error());
    }
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
    console().out() << table.render(format.value());
    return ExitCode::Success;
}

} // namespace sd
