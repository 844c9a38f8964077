#include "app/stationctl/HonoursCommand.h"

#include "app/stationctl/TableWriter.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec HonoursCommand::spec() {
    return {
        .name = u"honours"_s,
        .summary = tr("List the honours the station and its people received"),
        .help = tr("Usage: stationctl [--database URL] honours list [--year Y] [--format F]\n"
                   "\n"
                   "Lists the honours register, newest year first.\n"
                   "\n"
                   "Options:\n"
                   "  --year Y                 only honours of year Y\n"
                   "  --format table|csv|json  output format (default: table); CSV and JSON use\n"
                   "                           the keys year, kind, title, collective, recipient,\n"
                   "                           awarding_body, citation\n"),
        .actions =
            {
                {.name = u"list"_s,
                 .options = {kFormatOption, {u"year"_s, u"Y"_s}},
                 .run = std::bind_front(&HonoursCommand::list, this)},
            },
    };
}

ExitCode HonoursCommand::list(Invocation &in) {
    HonourFilter filter;
    if (in.isSet(u"year"_s)) {
        bool ok = false;
        const int year = in.value(u"year"_s).toInt(&ok);
        if (!ok || year < 1949 || year > 2999) {
            return fail(Error::usage(
                tr("--year takes a year such as 2025, not \"%1\"").arg(in.value(u"year"_s))));
        }
        filter.year = year;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto honours = app->honours().honours(filter);
    SD_FAIL_IF_ERROR(honours);
    TableWriter table({
        {u"year"_s, tr("Year"), Qt::AlignRight},
        {u"kind"_s, tr("Kind"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto kind = honourKindFromKey(key.toString());
             return kind ? displayName(*kind) : key.toString();
         }},
        {u"title"_s, tr("Honour")},
        {u"collective"_s, tr("Collective")},
        {u"recipient"_s, tr("Recipient")},
        {u"awarding_body"_s, tr("Awarded by")},
        {u"citation"_s, tr("Citation")},
    });
    for (const Honour &honour : honours.value()) {
        table.addRow({honour.year, toKey(honour.kind), honour.title, honour.collective,
                      honour.recipientName, honour.awardingBody, honour.citation});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

} // namespace sd
