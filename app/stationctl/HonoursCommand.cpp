#include "app/stationctl/HonoursCommand.h"

#include "app/stationctl/ArgumentParser.h"
#include "app/stationctl/TableWriter.h"

using namespace Qt::StringLiterals;

namespace sd {

QString HonoursCommand::name() const {
    return u"honours"_s;
}

QString HonoursCommand::summary() const {
    return tr("List the honours the station and its people received");
}

QString HonoursCommand::usage() const {
    return tr("Usage: stationctl [--database URL] honours list [--year Y] [--format F]\n"
              "\n"
              "Lists the honours register, newest year first.\n"
              "\n"
              "Options:\n"
              "  --year Y                 only honours of year Y\n"
              "  --format table|csv|json  output format (default: table); CSV and JSON use\n"
              "                           the keys year, kind, title, collective, recipient,\n"
              "                           awarding_body, citation\n");
}

ExitCode HonoursCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    const QString action = arguments.value(0);
    if (action == u"--help"_s || action == u"-h"_s) {
        return showUsage();
    }
    if (action.isEmpty()) {
        return fail(Error::usage(tr("missing subcommand for stationctl honours; use: list")));
    }
    if (action == u"list"_s) {
        return list(url, arguments.mid(1));
    }
    return fail(Error::usage(
        tr("unknown subcommand \"%1\" for stationctl honours; use: list").arg(action)));
}

ExitCode HonoursCommand::list(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl honours list"_s);
    parser.addOption(u"format"_s);
    parser.addOption(u"year"_s);
    if (auto done = parseArguments(parser, arguments,
                                   tr("unexpected argument \"%1\" for stationctl honours list"))) {
        return *done;
    }
    auto format = formatOption(parser);
    if (!format) {
        return fail(format.error());
    }
    HonourFilter filter;
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        const int year = parser.value(u"year"_s).toInt(&ok);
        if (!ok || year < 1949 || year > 2999) {
            return fail(Error::usage(
                tr("--year takes a year such as 2025, not \"%1\"").arg(parser.value(u"year"_s))));
        }
        filter.year = year;
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    auto honours = app->honours().honours(filter);
    if (!honours) {
        return fail(honours.error());
    }
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
    console().out() << table.render(format.value());
    return ExitCode::Success;
}

} // namespace sd
