#include "app/stationctl/RecordsCommand.h"

#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"
#include "core/kernel/storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec RecordsCommand::spec() {
    return {
        .name = u"records"_s,
        .summary = tr("List signed records, or verify that none has changed"),
        .help =
            tr("Usage: stationctl [--database URL] records list [--sealed|--drafts] [--format F]\n"
               "       stationctl [--database URL] records verify\n"
               "\n"
               "list    the on-scene records; CSV and JSON use the keys number, kind,\n"
               "        alert_number, status, sealed_at, amends, signatures\n"
               "verify  re-checks every sealed record's content hash, signatures and seal\n"
               "        (on-scene records, mediation agreements and shift handovers), and\n"
               "        exits 1 naming each record that no longer matches\n"),
        .actions =
            {
                {.name = u"list"_s,
                 .options = {kFormatOption, {u"sealed"_s, {}}, {u"drafts"_s, {}}},
                 .run = std::bind_front(&RecordsCommand::list, this)},
                {.name = u"verify"_s, .run = std::bind_front(&RecordsCommand::verify, this)},
            },
    };
}

ExitCode RecordsCommand::list(Invocation &in) {
    if (in.isSet(u"sealed"_s) && in.isSet(u"drafts"_s)) {
        return fail(Error::usage(tr("choose --sealed or --drafts, not both")));
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    RecordListFilter filter;
    filter.limit = 1000000;
    if (in.isSet(u"sealed"_s)) {
        filter.status = RecordStatus::Sealed;
    } else if (in.isSet(u"drafts"_s)) {
        filter.status = RecordStatus::Draft;
    }
    auto records = app->records().list(filter);
    SD_FAIL_IF_ERROR(records);
    TableWriter table({
        {u"number"_s, tr("Number")},
        {u"kind"_s, tr("Kind")},
        {u"alert_number"_s, tr("Alert")},
        {u"status"_s, tr("Status")},
        {u"sealed_at"_s, tr("Sealed")},
        {u"amends"_s, tr("Amends")},
        {u"signatures"_s, tr("Signatures"), Qt::AlignRight},
    });
    for (const RecordSummary &record : records.value()) {
        table.addRow(
            {record.number, record.kind, record.alertNumber, toKey(record.status),
             record.sealedAt > 0 ? QVariant(TimeText::format(record.sealedAt)) : QVariant(),
             record.amendsNumber.isEmpty() ? QVariant() : QVariant(record.amendsNumber),
             record.signatureCount});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode RecordsCommand::verify(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    // Both kinds are read in one snapshot: a record sealed by another desk meanwhile is
    // either checked whole, with its seal's audit row, or not at all.
    qint64 checked = 0;
    qint64 agreements = 0;
    qint64 handovers = 0;
    auto problems = inSnapshot(app->database(), [&]() -> Result<QList<RecordProblem>> {
        auto found = app->records().verifyAll([&](qint64 done, qint64) {
            checked = done;
            return true;
        });
        SD_RETURN_IF_ERROR(found);
        // Sealed mediation agreements are signed records too (named by their TJ number).
        auto agreementProblems = app->mediation().verifyAll([&](qint64 done, qint64) {
            agreements = done;
            return true;
        });
        SD_RETURN_IF_ERROR(agreementProblems);
        found->append(agreementProblems.value());
        // So are sealed shift handovers (named by their JJ number).
        auto handoverProblems = app->handovers().verifyAll([&](qint64 done, qint64) {
            handovers = done;
            return true;
        });
        SD_RETURN_IF_ERROR(handoverProblems);
        found->append(handoverProblems.value());
        return found;
    });
    SD_FAIL_IF_ERROR(problems);
    if (Status audited =
            app->audit().record({u"records.verify"_s, u"onscene"_s, QString(),
                                 problems->isEmpty() ? u"success"_s : u"failure"_s,
                                 u"checked=%1 agreements=%2 handovers=%3 problems=%4"_s.arg(checked)
                                     .arg(agreements)
                                     .arg(handovers)
                                     .arg(problems->size())});
        !audited) {
        return fail(audited.error());
    }
    for (const RecordProblem &problem : problems.value()) {
        console().out() << tr("%1: %2").arg(problem.number, problem.problem) << u'\n';
    }
    if (!problems->isEmpty()) {
        QSet<QString> numbers;
        for (const RecordProblem &problem : problems.value()) {
            numbers.insert(problem.number);
        }
        console().error(
            tr("%n record(s) no longer match what was signed", nullptr, int(numbers.size())));
        return ExitCode::Failure;
    }
    console().out() << tr("%n sealed record(s) verified", nullptr, int(checked)) << u'\n';
    console().out() << tr("%n sealed mediation agreement(s) verified", nullptr, int(agreements))
                    << u'\n';
    console().out() << tr("%n sealed handover(s) verified", nullptr, int(handovers)) << u'\n';
    return ExitCode::Success;
}

} // namespace sd
