#include "app/stationctl/ReportCommand.h"

#include "core/duty/MonthCloseReport.h"
#include "core/frontdesk/Alert.h"
#include "core/frontdesk/OnSceneRecordReport.h"
#include "core/frontdesk/RecordCanonical.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/mediation/MediationAgreementReport.h"
#include "core/mediation/MediationSummaryReport.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec ReportCommand::spec() {
    return {
        .name = u"report"_s,
        .summary = tr("Print a record to PDF"),
        .help =
            tr("Usage: stationctl [--database URL] [--lang zh_CN|en] report onscene NUMBER "
               "--pdf FILE\n"
               "       stationctl [--database URL] [--lang zh_CN|en] report mediation NUMBER "
               "--pdf FILE [--summary]\n"
               "       stationctl [--database URL] [--lang zh_CN|en] report month YYYY-MM "
               "--pdf FILE\n"
               "\n"
               "Writes the on-scene resolution record NUMBER (e.g. CJ-2026-000012) as an A4 PDF\n"
               "in the official layout, in the language chosen with --lang; mediation writes the\n"
               "mediation agreement of case NUMBER (e.g. TJ-2026-0003) with its signatures, or\n"
               "with --summary the case summary; month writes a closed month's sealed figures\n"
               "and the revisions of the month before. Every export is recorded in the audit\n"
               "log.\n"),
        .actions = actions(),
    };
}

struct ReportCommand::Kind {
    QString name;
    QStringList flags;
    std::function<QString()> wrongCount; // the usage error for other than one number
    // Finds the record numbered number, writes it to path and audits the output; a missing
    // record is NotFound.
    std::function<Status(Application &, const QString &number, const QString &path,
                         const Invocation &)>
        write;
    QString operand = QStringLiteral("NUMBER"); // as the reference shows it
};

const QList<ReportCommand::Kind> &ReportCommand::kinds() {
    static const QList<Kind> kinds{
        {u"onscene"_s,
         {},
         [] { return tr("give exactly one record number"); },
         [](Application &app, const QString &number, const QString &path,
            const Invocation &) -> Status {
             auto record = app.records().recordByNumber(number);
             SD_RETURN_IF_ERROR(record);
             if (!record.value()) {
                 return Error::notFound(tr("There is no on-scene record %1.").arg(number));
             }
             auto alert = app.alerts().alert(record.value()->alertId);
             SD_RETURN_IF_ERROR(alert);
             OnSceneRecordReport report(app.station().name, *record.value(), alert.value(),
                                        stationZone(app.station()));
             report.setDraftFingerprint(RecordCanonical::contentSha256(*record.value()));
             if (Status written = report.writePdf(path); !written) {
                 return written;
             }
             return app.records().recordOutput(record.value()->id, u"pdf"_s);
         }},
        {u"mediation"_s,
         {u"summary"_s},
         [] { return tr("give exactly one mediation case number"); },
         [](Application &app, const QString &number, const QString &path,
            const Invocation &in) -> Status {
             auto found = app.mediation().caseByNumber(number);
             SD_RETURN_IF_ERROR(found);
             if (!found.value()) {
                 return Error::notFound(tr("There is no mediation case %1.").arg(number));
             }
             const MediationCase &mediation = *found.value();
             const bool summary = in.isSet(u"summary"_s);
             Status written;
             if (summary) {
                 written = MediationSummaryReport(app.station().name, mediation,
                                                  stationZone(app.station()),
                                                  app.mediation().deadline(mediation))
                               .writePdf(path);
             } else {
                 written = MediationAgreementReport(app.station().name, mediation,
                                                    stationZone(app.station()))
                               .writePdf(path);
             }
             if (!written) {
                 return written;
             }
             return app.mediation().recordOutput(mediation.id,
                                                 summary ? u"summary_pdf"_s : u"pdf"_s);
         }},
        {u"month"_s,
         {},
         [] { return tr("give exactly one month, as YYYY-MM"); },
         [](Application &app, const QString &period, const QString &path,
            const Invocation &) -> Status {
             auto found = app.monthClose().find(period);
             SD_RETURN_IF_ERROR(found);
             if (!found.value()) {
                 return Error::notFound(tr("%1 has not been closed.").arg(period));
             }
             auto revisions = app.monthClose().revisionsShownIn(period);
             SD_RETURN_IF_ERROR(revisions);
             // Figures are stored by key; the report shows each key's name on screen.
             const auto nameOf = [](const QString &key) {
                 if (const auto category = alertCategoryFromKey(key)) {
                     return displayName(*category);
                 }
                 if (const auto status = alertStatusFromKey(key)) {
                     return displayName(*status);
                 }
                 return key;
             };
             if (Status written =
                     MonthCloseReport(app.station().name, *found.value(), revisions.value(),
                                      stationZone(app.station()), nameOf)
                         .writePdf(path);
                 !written) {
                 return written;
             }
             return app.monthClose().recordOutput(period);
         },
         QStringLiteral("YYYY-MM")},
    };
    return kinds;
}

QList<ActionSpec> ReportCommand::actions() {
    QList<ActionSpec> actions;
    for (const Kind &kind : kinds()) {
        QList<OptionSpec> options{{u"pdf"_s, u"FILE"_s}};
        for (const QString &flag : kind.flags) {
            options.append({flag, {}});
        }
        actions.append({.name = kind.name,
                        .options = options,
                        .operands = kind.operand,
                        .run = [this, &kind](Invocation &in) {
                            return writeReport(in, kind);
                        }});
    }
    return actions;
}

ExitCode ReportCommand::writeReport(Invocation &in, const Kind &kind) {
    if (in.operands().size() != 1) {
        return fail(Error::usage(kind.wrongCount()));
    }
    const QString path = in.value(u"pdf"_s);
    if (path.isEmpty()) {
        return fail(Error::usage(tr("say where to write the PDF with --pdf FILE")));
    }
    if (auto refused = refuseUnsafeOutput(in.url(), path)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    const QString number = in.operands().first();
    SD_FAIL_IF_ERROR(kind.write(*app, number, path, in));
    console().out() << tr("%1 written to %2").arg(number, path) << u'\n';
    return ExitCode::Success;
}

} // namespace sd
