#include "app/stationctl/CloseCommand.h"

#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec CloseCommand::spec() {
    const OptionSpec reason{u"reason"_s, u"TEXT"_s};
    return {
        .name = u"close"_s,
        .summary = tr("Close a month and seal its figures, reopen or amend it"),
        .help = tr("Usage: stationctl [--database URL] close month YYYY-MM --reason TEXT\n"
                   "       stationctl [--database URL] close list [--format table|csv|json]\n"
                   "       stationctl [--database URL] close reopen YYYY-MM --reason TEXT\n"
                   "       stationctl [--database URL] close amend YYYY-MM NUMBER --reason TEXT\n"
                   "       stationctl [--database URL] close verify\n"
                   "\n"
                   "month   closes a month that has ended (in the station's time zone) and has no\n"
                   "        open alert without a handling officer and no record without an\n"
                   "        officer; its figures are sealed with the audit head. From then on no\n"
                   "        alert, on-scene record or mediation case dated in it can be added or\n"
                   "        changed, by the desk, the command line or an import\n"
                   "list    the closes; CSV and JSON use the keys period, closed_at, closed_by,\n"
                   "        status\n"
                   "reopen  reopens a closed month\n"
                   "amend   lets the one alert or mediation case NUMBER of a closed month be\n"
                   "        edited until the end of today; the next month's report lists it\n"
                   "verify  re-checks every closed month's seal, and exits 1 naming each month\n"
                   "        whose figures no longer match\n"),
        .actions =
            {
                {.name = u"month"_s,
                 .options = {reason},
                 .operands = u"YYYY-MM"_s,
                 .run = std::bind_front(&CloseCommand::month, this)},
                {.name = u"list"_s,
                 .options = {kFormatOption},
                 .run = std::bind_front(&CloseCommand::list, this)},
                {.name = u"reopen"_s,
                 .options = {reason},
                 .operands = u"YYYY-MM"_s,
                 .run = std::bind_front(&CloseCommand::reopen, this)},
                {.name = u"amend"_s,
                 .options = {reason},
                 .operands = u"YYYY-MM NUMBER"_s,
                 .run = std::bind_front(&CloseCommand::amend, this)},
                {.name = u"verify"_s, .run = std::bind_front(&CloseCommand::verify, this)},
            },
    };
}

std::optional<ExitCode> CloseCommand::refuseWithoutReason(const Invocation &in) {
    if (in.value(u"reason"_s).trimmed().isEmpty()) {
        return fail(Error::usage(tr("give the reason with --reason TEXT")));
    }
    return std::nullopt;
}

ExitCode CloseCommand::month(Invocation &in) {
    if (in.operands().size() != 1) {
        return fail(Error::usage(tr("give exactly one month, as YYYY-MM")));
    }
    if (auto refused = refuseWithoutReason(in)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto closed = app->monthClose().close(in.operands().first(), in.value(u"reason"_s));
    SD_FAIL_IF_ERROR(closed);
    console().out() << tr("%1 closed; seal %2").arg(closed->period, closed->digest) << u'\n';
    return ExitCode::Success;
}

ExitCode CloseCommand::list(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto closes = app->monthClose().list();
    SD_FAIL_IF_ERROR(closes);
    TableWriter table({
        {u"period"_s, tr("Month")},
        {u"closed_at"_s, tr("Closed")},
        {u"closed_by"_s, tr("Closed by")},
        {u"status"_s, tr("Status")},
    });
    for (const MonthClose &close : closes.value()) {
        table.addRow(
            {close.period, TimeText::format(close.closedAt), close.closedBy, close.status});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode CloseCommand::reopen(Invocation &in) {
    if (in.operands().size() != 1) {
        return fail(Error::usage(tr("give exactly one month, as YYYY-MM")));
    }
    if (auto refused = refuseWithoutReason(in)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto reopened = app->monthClose().reopen(in.operands().first(), in.value(u"reason"_s));
    SD_FAIL_IF_ERROR(reopened);
    console().out() << tr("%1 reopened").arg(reopened->period) << u'\n';
    return ExitCode::Success;
}

ExitCode CloseCommand::amend(Invocation &in) {
    if (in.operands().size() != 2) {
        return fail(Error::usage(tr("give the month (YYYY-MM) and the number of the alert or "
                                    "mediation case")));
    }
    if (auto refused = refuseWithoutReason(in)) {
        return *refused;
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto amended =
        app->monthClose().amend(in.operands().at(0), in.operands().at(1), in.value(u"reason"_s));
    SD_FAIL_IF_ERROR(amended);
    console().out() << tr("%1 of %2 may be edited until %3")
                           .arg(amended->ref, amended->period,
                                TimeText::format(amended->validUntil))
                    << u'\n';
    return ExitCode::Success;
}

ExitCode CloseCommand::verify(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto problems = app->monthClose().verifyAll();
    SD_FAIL_IF_ERROR(problems);
    for (const RecordProblem &problem : problems.value()) {
        console().out() << tr("%1: %2").arg(problem.number, problem.problem) << u'\n';
    }
    if (!problems->isEmpty()) {
        console().error(
            tr("%n closed month(s) no longer match their seal", nullptr, int(problems->size())));
        return ExitCode::Failure;
    }
    console().out() << tr("every closed month matches its seal") << u'\n';
    return ExitCode::Success;
}

} // namespace sd
