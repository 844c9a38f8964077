#include "app/stationctl/PeopleCommand.h"

#include "app/stationctl/TableWriter.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec PeopleCommand::spec() {
    return {
        .name = u"people"_s,
        .summary = tr("List the station's people"),
        .help = tr("Usage: stationctl [--database URL] people list [options]\n"
                   "\n"
                   "Lists the station's people, active people first, by badge number.\n"
                   "\n"
                   "Options:\n"
                   "  --format table|csv|json  output format (default: table); CSV and JSON use\n"
                   "                           the keys badge_no, name, position, category,\n"
                   "                           phone, joined_on, left_on, active\n"
                   "  --search TEXT            only people whose name, badge number, position or\n"
                   "                           phone contains TEXT\n"
                   "  --active                 only people still at the station\n"),
        .actions =
            {
                {.name = u"list"_s,
                 .options = {kFormatOption, {u"search"_s, u"TEXT"_s}, {u"active"_s, {}}},
                 .run = std::bind_front(&PeopleCommand::list, this)},
            },
    };
}

ExitCode PeopleCommand::list(Invocation &in) {
    Application *app = in.app();
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
    filter.text = in.value(u"search"_s);
    filter.includeInactive = !in.isSet(u"active"_s);
    // The service hands out pages, so a station of any size never loads at once.
    for (;;) {
        auto page = app->organisation().people(filter);
        SD_FAIL_IF_ERROR(page);
        for (const Person &person : page.value()) {
            table.addRow({person.badgeNo, person.name, person.position, toKey(person.category),
                          person.phone, person.joinedOn, person.leftOn, person.active});
        }
        if (page->size() < filter.limit) {
            break;
        }
        filter.offset += filter.limit;
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

} // namespace sd
