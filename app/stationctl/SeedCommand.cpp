#include "SeedCommand.h"

#include "ArgumentParser.h"
#include "services/AuditSeeder.h"

using namespace Qt::StringLiterals;

namespace sd {

QString SeedCommand::name() const {
    return u"seed"_s;
}

QString SeedCommand::summary() const {
    return tr("Generate realistic, repeatable data for demos and benchmarks");
}

QString SeedCommand::usage() const {
    return tr("Usage: stationctl [--database URL] seed --audit-rows N [--seed S]\n"
              "\n"
              "Appends N synthetic audit rows spread over the past year, after a row that\n"
              "marks them as synthetic. The same seed S (default 1) gives the same rows.\n"
              "Meant for demo and benchmark databases, never for a station's real one.\n");
}

ExitCode SeedCommand::run(const DatabaseUrl &url, const QStringList &arguments) {
    ArgumentParser parser(u"stationctl seed"_s);
    parser.addOption(u"audit-rows"_s);
    parser.addOption(u"seed"_s);
    if (Status parsed = parser.parse(arguments); !parsed) {
        return fail(parsed.error());
    }
    if (parser.isSet(u"help"_s)) {
        return showUsage();
    }
    bool countOk = false;
    const qint64 count = parser.value(u"audit-rows"_s).toLongLong(&countOk);
    if (!countOk || count <= 0) {
        return fail(Error::usage(tr("--audit-rows needs a positive whole number, not \"%1\"")
                                     .arg(parser.value(u"audit-rows"_s))));
    }
    bool seedOk = true;
    const QString seedText = parser.value(u"seed"_s);
    const uint seed = seedText.isEmpty() ? 1U : seedText.toUInt(&seedOk);
    if (!seedOk) {
        return fail(Error::usage(tr("--seed needs a whole number, not \"%1\"").arg(seedText)));
    }
    auto app = openApplication(url, Application::OpenMode::ExistingOnly);
    if (!app) {
        return ExitCode::Failure;
    }
    const AuditSeeder seeder(app->database(), app->session());
    auto seeded = seeder.seed(count, seed, app->clock().nowMs(), [this](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total) {
            console().error(tr("seeded %1 of %2 audit rows").arg(done).arg(total));
        }
    });
    if (!seeded) {
        return fail(seeded.error());
    }
    console().out() << tr("%1 audit rows added").arg(seeded.value()) << u'\n';
    return ExitCode::Success;
}

} // namespace sd
