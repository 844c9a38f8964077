#include "app/stationctl/MediationCommand.h"

#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec MediationCommand::spec() {
    return {
        .name = u"mediation"_s,
        .summary = tr("List mediation cases: open, overdue, follow-ups due"),
        .help =
            tr("Usage: stationctl [--database URL] mediation list [--open|--overdue|--due-within "
               "DAYS] [--format table|csv|json]\n"
               "\n"
               "list          every mediation case, newest first\n"
               "--open        only cases still open\n"
               "--overdue     only open cases past their deadline (the mediation_overdue_days\n"
               "              setting after opening, in the station's time zone)\n"
               "--due-within  only cases with a follow-up visit due within DAYS days from today\n"
               "              (visits already past due included)\n"
               "\n"
               "CSV and JSON use the keys number, type, risk, status, outcome, opened_at,\n"
               "deadline, overdue, mediators, owning_leader, area, parties, next_follow_up.\n"),
        .actions =
            {
                {.name = u"list"_s,
                 .options = {kFormatOption,
                             {u"due-within"_s, u"DAYS"_s},
                             {u"open"_s, {}},
                             {u"overdue"_s, {}}},
                 .run = std::bind_front(&MediationCommand::list, this)},
            },
    };
}

ExitCode MediationCommand::list(Invocation &in) {
    const int chosen =
        int(in.isSet(u"open"_s)) + int(in.isSet(u"overdue"_s)) + int(in.isSet(u"due-within"_s));
    if (chosen > 1) {
        return fail(Error::usage(tr("choose one of --open, --overdue and --due-within")));
    }
    MediationFilter filter;
    if (in.isSet(u"due-within"_s)) {
        bool ok = false;
        const int days = in.value(u"due-within"_s).toInt(&ok);
        if (!ok || days < 0 || days > 3660) {
            return fail(Error::usage(tr("--due-within needs a number of days from 0 to 3660, not "
                                        "\"%1\"")
                                         .arg(in.value(u"due-within"_s))));
        }
        filter.dueWithinDays = days;
    }
    if (in.isSet(u"open"_s)) {
        filter.status = MediationStatus::Open;
    }
    filter.overdueOnly = in.isSet(u"overdue"_s);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto cases = app->mediation().list(filter);
    SD_FAIL_IF_ERROR(cases);
    const auto typeName = [](const QVariant &value) {
        const auto type = disputeTypeFromKey(value.toString());
        return type ? displayName(*type) : value.toString();
    };
    const auto riskName = [](const QVariant &value) {
        const auto risk = riskGradeFromKey(value.toString());
        return risk ? displayName(*risk) : value.toString();
    };
    const auto statusName = [](const QVariant &value) {
        const auto status = mediationStatusFromKey(value.toString());
        return status ? displayName(*status) : value.toString();
    };
    const auto outcomeName = [](const QVariant &value) {
        const auto outcome = mediationOutcomeFromKey(value.toString());
        return outcome ? displayName(*outcome) : value.toString();
    };
    TableWriter table({
        {u"number"_s, tr("Number")},
        {u"type"_s, tr("Type"), Qt::AlignLeft, typeName},
        {u"risk"_s, tr("Risk"), Qt::AlignLeft, riskName},
        {u"status"_s, tr("Status"), Qt::AlignLeft, statusName},
        {u"outcome"_s, tr("Outcome"), Qt::AlignLeft, outcomeName},
        {u"opened_at"_s, tr("Opened")},
        {u"deadline"_s, tr("Deadline")},
        {u"overdue"_s, tr("Overdue")},
        {u"mediators"_s, tr("Mediators")},
        {u"owning_leader"_s, tr("Owning leader")},
        {u"area"_s, tr("Area")},
        {u"parties"_s, tr("Parties")},
        {u"next_follow_up"_s, tr("Next follow-up")},
    });
    for (const MediationSummary &c : cases.value()) {
        table.addRow({c.number, toKey(c.disputeType), toKey(c.risk), toKey(c.status),
                      c.outcome ? QVariant(toKey(*c.outcome)) : QVariant(),
                      TimeText::format(c.openedAt), c.deadline, c.overdue, c.mediatorNames,
                      c.owningLeaderName.isEmpty() ? QVariant() : QVariant(c.owningLeaderName),
                      c.areaName.isEmpty() ? QVariant() : QVariant(c.areaName), c.partyNames,
                      c.nextFollowUp ? QVariant(*c.nextFollowUp) : QVariant()});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

} // namespace sd
