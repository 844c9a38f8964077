#include "app/stationctl/SeedCommand.h"

#include "core/demo/AlertSeeder.h"
#include "core/demo/AuditSeeder.h"
#include "core/kernel/settings/StationCalendar.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// A positive whole number, or nullopt.
std::optional<qint64> positive(const QString &text) {
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}
} // namespace

CommandSpec SeedCommand::spec() {
    return {
        .name = u"seed"_s,
        .summary = tr("Generate realistic, repeatable data for demos and benchmarks"),
        .help =
            tr("Usage: stationctl [--database URL] seed [--audit-rows N] [--alerts N]\n"
               "                  [--alerts-csv FILE] [--years Y] [--until YYYY-MM-DD] [--seed S]\n"
               "\n"
               "Meant for demo and benchmark databases, never for a station's real one.\n"
               "The same seed S (default 1) gives the same data.\n"
               "\n"
               "  --audit-rows N      append N synthetic audit rows spread over the past year,\n"
               "                      after a row that marks them as synthetic\n"
               "  --alerts N          add N generated alerts (seasons, times of day, categories,\n"
               "                      Chinese and English callers and summaries) for the\n"
               "                      station's community areas and active officers, in one\n"
               "                      transaction\n"
               "  --alerts-csv FILE   write the N alerts as an import CSV instead of adding them\n"
               "  --years Y           spread the alerts over Y years (default 3)\n"
               "  --until DATE        the last day of alerts, station time (default: up to now);\n"
               "                      give it for the same alerts on another day\n"),
        .actions =
            {
                {.options = {{u"audit-rows"_s, u"N"_s},
                             {u"alerts"_s, u"N"_s},
                             {u"alerts-csv"_s, u"FILE"_s},
                             {u"years"_s, u"Y"_s},
                             {u"until"_s, u"DATE"_s},
                             {u"seed"_s, u"S"_s}},
                 .run = std::bind_front(&SeedCommand::execute, this)},
            },
    };
}

ExitCode SeedCommand::execute(Invocation &in) {
    const bool seedAudit = in.isSet(u"audit-rows"_s);
    const bool seedAlerts = in.isSet(u"alerts"_s);
    if (!seedAudit && !seedAlerts) {
        return fail(Error::usage(tr("say what to seed: --audit-rows N and/or --alerts N")));
    }
    const auto auditRows = positive(in.value(u"audit-rows"_s));
    if (seedAudit && !auditRows) {
        return fail(Error::usage(tr("--audit-rows needs a positive whole number, not \"%1\"")
                                     .arg(in.value(u"audit-rows"_s))));
    }
    const auto alertCount = positive(in.value(u"alerts"_s));
    if (seedAlerts && !alertCount) {
        return fail(Error::usage(
            tr("--alerts needs a positive whole number, not \"%1\"").arg(in.value(u"alerts"_s))));
    }
    if (in.isSet(u"alerts-csv"_s) && !seedAlerts) {
        return fail(Error::usage(tr("--alerts-csv needs --alerts N")));
    }
    const QString yearsText = in.value(u"years"_s);
    const auto years = yearsText.isEmpty() ? std::optional<qint64>(3) : positive(yearsText);
    if (!years || *years > 20) {
        return fail(Error::usage(
            tr("--years needs a whole number from 1 to 20, not \"%1\"").arg(yearsText)));
    }
    const QString untilText = in.value(u"until"_s);
    const QDate until = QDate::fromString(untilText, Qt::ISODate);
    if (!untilText.isEmpty() && !until.isValid()) {
        return fail(
            Error::usage(tr("--until needs a date like 2026-06-30, not \"%1\"").arg(untilText)));
    }
    bool seedOk = true;
    const QString seedText = in.value(u"seed"_s);
    const uint seed = seedText.isEmpty() ? 1U : seedText.toUInt(&seedOk);
    if (!seedOk) {
        return fail(Error::usage(tr("--seed needs a whole number, not \"%1\"").arg(seedText)));
    }
    if (auto refused = refuseUnsafeOutput(in.url(), in.value(u"alerts-csv"_s))) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    if (seedAudit) {
        const AuditSeeder seeder(app->database(), app->session());
        auto seeded =
            seeder.seed(*auditRows, seed, app->clock().nowMs(), [this](qint64 done, qint64 total) {
                if (done % 100000 == 0 || done == total) {
                    console().error(tr("seeded %1 of %2 audit rows").arg(done).arg(total));
                }
            });
        SD_FAIL_IF_ERROR(seeded);
        console().out() << tr("%1 audit rows added").arg(seeded.value()) << u'\n';
    }
    if (seedAlerts) {
        AlertSeedOptions options;
        options.count = *alertCount;
        options.seed = seed;
        options.years = static_cast<int>(*years);
        const qint64 now = app->clock().nowMs();
        options.endMs = now - now % 1000;
        if (until.isValid()) {
            options.endMs = QDateTime(until.addDays(1), QTime(0, 0), stationZone(app->station()))
                                .toMSecsSinceEpoch();
            if (options.endMs > now) {
                return fail(Error::usage(tr("--until %1 has not ended yet").arg(untilText)));
            }
        }
        const AlertSeeder seeder(app->database(), app->audit(), app->station());
        const QString csvPath = in.value(u"alerts-csv"_s);
        auto report = [this](qint64 done, qint64 total) {
            if (done % 100000 == 0 || done == total) {
                console().error(tr("generated %1 of %2 alerts").arg(done).arg(total));
            }
        };
        auto seeded = csvPath.isEmpty() ? seeder.seed(options, report)
                                        : seeder.writeCsv(options, csvPath, report);
        SD_FAIL_IF_ERROR(seeded);
        console().out() << (csvPath.isEmpty()
                                ? tr("%1 alerts added").arg(seeded.value())
                                : tr("%1 alerts written to %2").arg(seeded.value()).arg(csvPath))
                        << u'\n';
    }
    return ExitCode::Success;
}

} // namespace sd
