#include "app/stationctl/ExportCommand.h"

#include "core/frontdesk/AlertExport.h"
#include "core/kernel/documents/OutputFile.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/responsibility/AssetExport.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// Midnight at the start of a YYYY-MM-DD day in the station's time zone.
std::optional<qint64> dayStart(const QString &text, const Station &station) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return std::nullopt;
    }
    return QDateTime(date, QTime(0, 0), stationZone(station)).toMSecsSinceEpoch();
}
} // namespace

CommandSpec ExportCommand::spec() {
    return {
        .name = u"export"_s,
        .summary = tr("Export alerts or assets as CSV or JSON"),
        .help =
            tr("Usage: stationctl [--database URL] export alerts [options]\n"
               "       stationctl [--database URL] export assets [options]\n"
               "\n"
               "Writes the alerts in received order, or the assets (rooms and areas first,\n"
               "then by tag), in the import format (an export imports back to the same data).\n"
               "CSV starts with a UTF-8 BOM, so that Excel and WPS show the Chinese; a value a\n"
               "spreadsheet would run as a formula (starting with = + - @) is written with a\n"
               "leading ' (plain numbers such as -24 are not), which import takes off again.\n"
               "\n"
               "Options:\n"
               "  --from YYYY-MM-DD   alerts received on or after this day (station time)\n"
               "  --to YYYY-MM-DD     alerts received before this day (station time)\n"
               "  --format csv|json   output format (default: csv)\n"
               "  --output FILE       write to FILE instead of standard output\n"),
        .actions =
            {
                {.name = u"alerts"_s,
                 .options = {{u"from"_s, u"YYYY-MM-DD"_s},
                             {u"to"_s, u"YYYY-MM-DD"_s},
                             {u"format"_s, u"csv|json"_s},
                             {u"output"_s, u"FILE"_s}},
                 .run = std::bind_front(&ExportCommand::exportAlerts, this)},
                {.name = u"assets"_s,
                 .options = {{u"format"_s, u"csv|json"_s}, {u"output"_s, u"FILE"_s}},
                 .run = std::bind_front(&ExportCommand::exportAssets, this)},
            },
    };
}

Result<qint64>
ExportCommand::writeExport(Application &app, const Invocation &in, const QString &kind,
                           const std::function<Result<qint64>(QIODevice &, ExportFormat)> &write) {
    const ExportFormat format =
        in.value(u"format"_s) == u"json"_s ? ExportFormat::Json : ExportFormat::Csv;
    const QString outputPath = in.value(u"output"_s);
    OutputFile output;
    SD_RETURN_IF_ERROR(output.open(outputPath, console().rawOut()));
    auto exported = write(output.device(), format);
    SD_RETURN_IF_ERROR(exported);
    // Audited only once every byte is where it was asked to go.
    SD_RETURN_IF_ERROR(output.commit());
    if (Status audited = app.audit().record({kind + u".export"_s, kind + u"_export"_s,
                                             outputPath.isEmpty() ? u"-"_s : QString(outputPath),
                                             u"success"_s, u"rows=%1"_s.arg(exported.value())});
        !audited) {
        return audited.error();
    }
    return exported;
}

std::optional<ExitCode> ExportCommand::checkOutputOptions(const Invocation &in) {
    const QString formatText = in.value(u"format"_s);
    if (!formatText.isEmpty() && formatText != u"csv"_s && formatText != u"json"_s) {
        return fail(Error::usage(tr("unknown format \"%1\"; use csv or json").arg(formatText)));
    }
    if (auto refused = refuseUnsafeOutput(in.url(), in.value(u"output"_s))) {
        return *refused;
    }
    return std::nullopt;
}

ExitCode ExportCommand::exportAssets(Invocation &in) {
    if (auto refused = checkOutputOptions(in)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto exported = writeExport(*app, in, u"asset"_s, [&](QIODevice &device, ExportFormat format) {
        return sd::exportAssets(app->database(), app->responsibility().today(), device, format);
    });
    SD_FAIL_IF_ERROR(exported);
    console().error(tr("%n asset(s) exported", nullptr, int(exported.value())));
    return ExitCode::Success;
}

ExitCode ExportCommand::exportAlerts(Invocation &in) {
    if (auto refused = checkOutputOptions(in)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    std::optional<qint64> bounds[2];
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (const QString text = in.value(names[i]); !text.isEmpty()) {
            bounds[i] = dayStart(text, app->station());
            if (!bounds[i]) {
                return fail(Error::usage(
                    tr("--%1 needs a date like 2026-03-15, not \"%2\"").arg(names[i], text)));
            }
        }
    }
    auto exported = writeExport(*app, in, u"alert"_s, [&](QIODevice &device, ExportFormat format) {
        return sd::exportAlerts(app->database(), app->station(), device, format, bounds[0],
                                bounds[1]);
    });
    SD_FAIL_IF_ERROR(exported);
    console().error(tr("%n alert(s) exported", nullptr, int(exported.value())));
    return ExitCode::Success;
}

} // namespace sd
