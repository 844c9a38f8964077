#include "app/stationctl/PeopleCommand.h"

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/TableWriter.h"

using namespace Qt::StringLiterals;

namespace sd {

QString PeopleCommand::name() const {
    return u"people"_s;
}

QString PeopleCommand::summary() const {
    return tr("List the station's people");
}

QString PeopleCommand::usage() const {
    return tr("Usage: stationctl [--database URL] people list [options]\n"
              "\n"
              "Lists the station's people, active people first, by badge number.\n"
              "\n"
              "Options:\n"
              "  --format table|csv|json  output format (default: table); CSV and JSON use\n"
              "                           the keys badge_no, name, position, category,\n"
              "                           phone, joined_on, left_on, active\n"
              "  --search TEXT            only people whose name, badge number, position or\n"
              "                           phone contains TEXT\n"
              "  --active                 only people still at the station\n");
}

ExitCode PeopleCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    const QString action = arguments.value(0);
    if (action == u"--help"_s || action == u"-h"_s) {
        return showUsage();
    }
    if (action.isEmpty()) {
        return fail(Error::usage(tr("missing subcommand for stationctl people; use: list")));
    }
    if (action == u"list"_s) {
        return list(url, arguments.mid(1));
    }
    return fail(
        Error::usage(tr("unknown subcommand \"%1\" for stationctl people; use: list").arg(action)));
}

ExitCode PeopleCommand::list(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl people list"_s);
    parser.addOption(u"format"_s);
    parser.addOption(u"search"_s);
    parser.addFlag(u"active"_s);
    if (auto done = parseArguments(parser, arguments,
                                   tr("unexpected argument \"%1\" for stationctl people list"))) {
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

    TableWriter table({
        {u"badge_no"_s, tr("Badge no.")},
        {u"name"_s, tr("Name")},
        {u"position"_s, tr("Position")},
        {u"category"_s, tr("Category"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto category = personCategoryFromKey(key.toString());
             return category ? displayName(*category) : key.toString();
         }},
        {u"phone"_s, tr("Phone")},
        {u"joined_on"_s, tr("Joined")},
        {u"left_on"_s, tr("Left")},
        {u"active"_s, tr("Active")},
    });

    PersonFilter filter;
    filter.text = parser.value(u"search"_s);
    filter.includeInactive = !parser.isSet(u"active"_s);
    // The service hands out pages, so a station of any size never loads at once.
    for (;;) {
        auto page = app->organisation().people(filter);
        if (!page) {
            return fail(page.error());
        }
        for (const Person &person : page.value()) {
            table.addRow({person.badgeNo, person.name, person.position, toKey(person.category),
                          person.phone, person.joinedOn, person.leftOn, person.active});
        }
        if (page->size() < filter.limit) {
            break;
        }
        filter.offset += filter.limit;
    }
    console().out() << table.render(format.value());
    return ExitCode::Success;
}

} // namespace sd
