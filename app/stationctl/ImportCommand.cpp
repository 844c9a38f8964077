#include "app/stationctl/ImportCommand.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec ImportCommand::spec() {
    return {
        .name = u"import"_s,
        .summary = tr("Import alerts or assets from a CSV file"),
        .help =
            tr("Usage: stationctl [--database URL] import alerts FILE.csv [options]\n"
               "       stationctl [--database URL] import assets FILE.csv [options]\n"
               "\n"
               "Imports alerts from CSV with the header\n"
               "  number,received_at,source,category,preventable,area,location,caller_name,\n"
               "  caller_phone,summary,status\n"
               "received_at is ISO 8601, in the station's time zone unless it has an offset;\n"
               "an empty number is generated. A file with any bad row imports nothing and\n"
               "lists the bad rows as LINE:COLUMN: problem.\n"
               "\n"
               "The file is UTF-8, with or without a BOM; one that is not UTF-8 but is valid\n"
               "GB18030 throughout (Excel's or WPS's \"CSV\" on a Chinese Windows) is read as\n"
               "GB18030, and anything else is refused with \"save it as CSV UTF-8\". A value\n"
               "that an export guarded against spreadsheet formulas ('=..., '+..., '-..., '@...)\n"
               "loses exactly one leading apostrophe, so export, import, export gives the same\n"
               "bytes.\n"
               "\n"
               "Assets come with the header\n"
               "  tag,name,kind,location,status,acquired_on,next_check_on,owner,notes\n"
               "owner is a badge number or a unit name; location is a room or area's tag or\n"
               "name (stored, or on an earlier line), or free text; dates are YYYY-MM-DD;\n"
               "an empty tag is generated.\n"
               "\n"
               "Options:\n"
               "  --update                  an existing number or tag updates that row\n"
               "  --skip-invalid FILE       import the good rows; write the bad ones to FILE\n"),
        .actions = actions(),
    };
}

namespace {
using Progress = std::function<bool(qint64, qint64)>;
} // namespace

struct ImportCommand::Kind {
    QString name;
    std::function<Result<CsvImportReport>(Application &, const QString &, const CsvImportOptions &,
                                          const Progress &)>
        importFile;
    std::function<QString(const CsvImportReport &)> summary;
};

const QList<ImportCommand::Kind> &ImportCommand::kinds() {
    static const QList<Kind> kinds{
        {u"alerts"_s,
         [](Application &app, const QString &path, const CsvImportOptions &options,
            const Progress &progress) {
             return app.alertImporter().importFile(path, options, progress);
         },
         [](const CsvImportReport &report) {
             return tr("%1 rows: %2 added, %3 updated, %4 rejected")
                 .arg(report.rows)
                 .arg(report.inserted)
                 .arg(report.updated)
                 .arg(report.rejected);
         }},
        {u"assets"_s,
         [](Application &app, const QString &path, const CsvImportOptions &options,
            const Progress &progress) {
             return app.assetImporter().importFile(path, options, progress);
         },
         [](const CsvImportReport &report) {
             return tr("%1 rows: %2 added, %3 updated, %4 unchanged, %5 rejected")
                 .arg(report.rows)
                 .arg(report.inserted)
                 .arg(report.updated)
                 .arg(report.unchanged)
                 .arg(report.rejected);
         }},
    };
    return kinds;
}

QList<ActionSpec> ImportCommand::actions() {
    QList<ActionSpec> actions;
    for (const Kind &kind : kinds()) {
        actions.append({.name = kind.name,
                        .options = {{u"update"_s, {}}, {u"skip-invalid"_s, u"FILE"_s}},
                        .operands = u"FILE.csv"_s,
                        .run = [this, &kind](Invocation &in) {
                            return importFile(in, kind);
                        }});
    }
    return actions;
}

ExitCode ImportCommand::importFile(Invocation &in, const Kind &kind) {
    const QStringList files = in.operands();
    if (files.size() != 1) {
        return fail(Error::usage(tr("give exactly one CSV file to import")));
    }
    CsvImportOptions options;
    options.update = in.isSet(u"update"_s);
    options.skipInvalid = in.isSet(u"skip-invalid"_s);
    options.rejectsPath = in.value(u"skip-invalid"_s);
    if (options.skipInvalid && options.rejectsPath.isEmpty()) {
        return fail(Error::usage(tr("--skip-invalid needs the file for the rejected rows")));
    }
    if (auto refused = refuseUnsafeOutput(in.url(), options.rejectsPath, files)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    QElapsedTimer sinceReport;
    sinceReport.start();
    auto report = kind.importFile(*app, files.first(), options, [&](qint64 done, qint64 total) {
        if (sinceReport.elapsed() >= 1000) {
            console().error(
                tr("read %1 of %2 MB").arg(done / 1e6, 0, 'f', 1).arg(total / 1e6, 0, 'f', 1));
            sinceReport.restart();
        }
        return true;
    });
    SD_FAIL_IF_ERROR(report);
    if (!report->problems.isEmpty()) {
        console().error(report->problems.report());
    }
    if (report->nothingImported()) {
        // Rows and problems apart: one row can have several problems.
        const int rows = int(report->rejected);
        const qint64 problems = report->problems.total();
        console().error(problems == report->rejected
                            ? tr("%n bad row(s); nothing was imported", nullptr, rows)
                            : tr("%n bad row(s) (%1 problems); nothing was imported", nullptr, rows)
                                  .arg(problems));
        return ExitCode::Failure;
    }
    console().out() << kind.summary(report.value()) << u'\n';
    return ExitCode::Success;
}

} // namespace sd
