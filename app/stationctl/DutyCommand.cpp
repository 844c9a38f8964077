#include "app/stationctl/DutyCommand.h"

#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"
#include "core/duty/Shift.h"
#include "core/kernel/settings/StationCalendar.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// A date operand or option value, or the usage error naming what it was for.
Result<QDate> dateFrom(const QString &text, const QString &what) {
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        return Error::usage(
            DutyCommand::tr("%1 \"%2\" is not a date like 2026-12-07").arg(what, text));
    }
    return date;
}

// The shift as this command saw it (row version 0 when not planned): another desk saving in
// between is then a conflict, not silently overwritten.
Result<RosterService::ShiftRef> seenShift(const RosterService &roster, const QDate &date,
                                          const QString &rawKey) {
    const QString key = rawKey.trimmed();
    auto planned = roster.shift(date, key);
    SD_RETURN_IF_ERROR(planned);
    return RosterService::ShiftRef{date, key, planned->has_value() ? (*planned)->rowVersion : 0};
}

QString badges(const QList<CrewMember> &members) {
    QStringList found;
    for (const CrewMember &member : members) {
        found << member.badgeNo;
    }
    return found.join(u' ');
}

QString names(const QList<CrewMember> &members) {
    QStringList found;
    for (const CrewMember &member : members) {
        found << member.name;
    }
    return found.join(u' ');
}
} // namespace

CommandSpec DutyCommand::spec() {
    const OptionSpec reason{u"reason"_s, u"TEXT"_s};
    return {
        .name = u"duty"_s,
        .summary = tr("The shift pattern and the duty roster"),
        .help = tr(
            "Usage: stationctl [--database URL] duty pattern [TEXT]\n"
            "       stationctl [--database URL] duty roster list [--from DATE] [--to DATE]\n"
            "                  [--format table|csv|json]\n"
            "       stationctl [--database URL] duty roster set DATE SHIFT --leader BADGE\n"
            "                  [--officer BADGE]... [--auxiliary BADGE]...\n"
            "       stationctl [--database URL] duty roster copy MONDAY MONDAY [--replace]\n"
            "       stationctl [--database URL] duty roster swap DATE SHIFT OUT IN --reason TEXT\n"
            "       stationctl [--database URL] duty roster exchange DATE SHIFT BADGE\n"
            "                  DATE SHIFT BADGE --reason TEXT\n"
            "       stationctl [--database URL] duty roster next BADGE [--count N]\n"
            "                  [--format table|csv|json]\n"
            "\n"
            "pattern   prints the shift pattern, or sets it to TEXT, e.g. duty=08:30+24:00\n"
            "          (one 24-hour duty from 08:30) or day=08:30+12:00,night=20:30+12:00;\n"
            "          the shifts must cover the 24 hours. Shifts planned before keep their\n"
            "          times\n"
            "list      the shifts dated from..to (both included; today and the 13 days after\n"
            "          unless given); CSV and JSON use the keys date, shift, starts_at,\n"
            "          ends_at, leader, officers, auxiliaries, row_version\n"
            "set       plans the shift SHIFT of DATE with its duty leader, officers and\n"
            "          auxiliaries (badge numbers), or replaces the crew of a planned one\n"
            "copy      copies the week starting on the first MONDAY onto the week starting\n"
            "          on the second; refused where a target shift is planned, unless\n"
            "          --replace\n"
            "swap      IN takes OUT's place on the shift, with the reason\n"
            "exchange  the two people change places between the two shifts\n"
            "next      the person's next shifts that have not ended (5 unless --count)\n"),
        .actions =
            {
                {.name = u"pattern"_s,
                 .operands = u"[TEXT]"_s,
                 .run = std::bind_front(&DutyCommand::pattern, this)},
                {.name = u"roster list"_s,
                 .options = {{u"from"_s, u"DATE"_s}, {u"to"_s, u"DATE"_s}, kFormatOption},
                 .run = std::bind_front(&DutyCommand::list, this)},
                {.name = u"roster set"_s,
                 .options = {{u"leader"_s, u"BADGE"_s},
                             {u"officer"_s, u"BADGE"_s, true},
                             {u"auxiliary"_s, u"BADGE"_s, true}},
                 .operands = u"DATE SHIFT"_s,
                 .run = std::bind_front(&DutyCommand::set, this)},
                {.name = u"roster copy"_s,
                 .options = {{u"replace"_s}},
                 .operands = u"MONDAY MONDAY"_s,
                 .run = std::bind_front(&DutyCommand::copy, this)},
                {.name = u"roster swap"_s,
                 .options = {reason},
                 .operands = u"DATE SHIFT OUT IN"_s,
                 .run = std::bind_front(&DutyCommand::swap, this)},
                {.name = u"roster exchange"_s,
                 .options = {reason},
                 .operands = u"DATE SHIFT BADGE DATE SHIFT BADGE"_s,
                 .run = std::bind_front(&DutyCommand::exchange, this)},
                {.name = u"roster next"_s,
                 .options = {{u"count"_s, u"N"_s}, kFormatOption},
                 .operands = u"BADGE"_s,
                 .run = std::bind_front(&DutyCommand::next, this)},
            },
    };
}

void DutyCommand::print(Invocation &in, const QList<PlannedShift> &shifts) {
    TableWriter table({
        {u"date"_s, tr("Date")},
        {u"shift"_s, tr("Shift")},
        {u"starts_at"_s, tr("Starts")},
        {u"ends_at"_s, tr("Ends")},
        {u"leader"_s, tr("Duty leader")},
        {u"officers"_s, tr("Officers")},
        {u"auxiliaries"_s, tr("Auxiliaries")},
        {u"row_version"_s, tr("Version")},
    });
    const bool table_ = in.format() == OutputFormat::Table;
    for (const PlannedShift &shift : shifts) {
        // The table shows names for reading; CSV and JSON keep badges for scripts.
        const auto crew = [&](const QList<CrewMember> &members) {
            return table_ ? names(members) : badges(members);
        };
        table.addRow({shift.date.toString(Qt::ISODate), shift.shiftKey,
                      TimeText::format(shift.startsAt), TimeText::format(shift.endsAt),
                      table_ ? shift.leader.name : shift.leader.badgeNo, crew(shift.officers),
                      crew(shift.auxiliaries), QString::number(shift.rowVersion)});
    }
    console().out() << table.render(in.format());
}

ExitCode DutyCommand::pattern(Invocation &in) {
    if (in.operands().size() > 1) {
        return fail(Error::usage(tr("give the pattern as one argument, e.g. "
                                    "day=08:30+12:00,night=20:30+12:00")));
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    if (!in.operands().isEmpty()) {
        auto parsed = ShiftPattern::parse(in.operands().first());
        SD_FAIL_IF_ERROR(parsed);
        SD_FAIL_IF_ERROR(app->roster().setPattern(parsed.value()));
    }
    console().out() << app->roster().pattern().toText() << u'\n';
    return ExitCode::Success;
}

ExitCode DutyCommand::list(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    const QDate today = stationToday(app->context().clock, app->context().station);
    QDate from = today;
    if (in.isSet(u"from"_s)) {
        auto date = dateFrom(in.value(u"from"_s), u"--from"_s);
        SD_FAIL_IF_ERROR(date);
        from = date.value();
    }
    QDate to = from.addDays(13);
    if (in.isSet(u"to"_s)) {
        auto date = dateFrom(in.value(u"to"_s), u"--to"_s);
        SD_FAIL_IF_ERROR(date);
        to = date.value();
    }
    if (to < from) {
        return fail(Error::usage(tr("--to %1 is before --from %2")
                                     .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))));
    }
    auto shifts = app->roster().list(from, to);
    SD_FAIL_IF_ERROR(shifts);
    print(in, shifts.value());
    return ExitCode::Success;
}

ExitCode DutyCommand::set(Invocation &in) {
    if (in.operands().size() != 2) {
        return fail(Error::usage(tr("give the date and the shift, e.g. 2026-12-07 duty")));
    }
    auto date = dateFrom(in.operands().at(0), tr("the date"));
    SD_FAIL_IF_ERROR(date);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto seen = seenShift(app->roster(), date.value(), in.operands().at(1));
    SD_FAIL_IF_ERROR(seen);
    ShiftPlan plan{seen->date,
                   seen->shiftKey,
                   {in.value(u"leader"_s), in.values(u"officer"_s), in.values(u"auxiliary"_s)},
                   seen->rowVersion};
    auto stored = app->roster().setShift(plan);
    SD_FAIL_IF_ERROR(stored);
    print(in, {stored.value()});
    return ExitCode::Success;
}

ExitCode DutyCommand::copy(Invocation &in) {
    if (in.operands().size() != 2) {
        return fail(Error::usage(tr("give the Monday to copy from and the Monday to copy to")));
    }
    auto from = dateFrom(in.operands().at(0), tr("the week to copy"));
    SD_FAIL_IF_ERROR(from);
    auto to = dateFrom(in.operands().at(1), tr("the week to copy to"));
    SD_FAIL_IF_ERROR(to);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto copied = app->roster().copyWeek(from.value(), to.value(), in.isSet(u"replace"_s));
    SD_FAIL_IF_ERROR(copied);
    print(in, copied.value());
    return ExitCode::Success;
}

ExitCode DutyCommand::swap(Invocation &in) {
    if (in.operands().size() != 4) {
        return fail(Error::usage(tr("give the date, the shift, the badge leaving it and the "
                                    "badge taking the place")));
    }
    auto date = dateFrom(in.operands().at(0), tr("the date"));
    SD_FAIL_IF_ERROR(date);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto seen = seenShift(app->roster(), date.value(), in.operands().at(1));
    SD_FAIL_IF_ERROR(seen);
    auto stored = app->roster().replacePerson(seen.value(), in.operands().at(2),
                                              in.operands().at(3), in.value(u"reason"_s));
    SD_FAIL_IF_ERROR(stored);
    print(in, {stored.value()});
    return ExitCode::Success;
}

ExitCode DutyCommand::exchange(Invocation &in) {
    if (in.operands().size() != 6) {
        return fail(Error::usage(
            tr("give the date, shift and badge of each side: DATE SHIFT BADGE DATE SHIFT BADGE")));
    }
    auto dateA = dateFrom(in.operands().at(0), tr("the date"));
    SD_FAIL_IF_ERROR(dateA);
    auto dateB = dateFrom(in.operands().at(3), tr("the date"));
    SD_FAIL_IF_ERROR(dateB);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto a = seenShift(app->roster(), dateA.value(), in.operands().at(1));
    SD_FAIL_IF_ERROR(a);
    auto b = seenShift(app->roster(), dateB.value(), in.operands().at(4));
    SD_FAIL_IF_ERROR(b);
    auto stored = app->roster().exchange(a.value(), in.operands().at(2), b.value(),
                                         in.operands().at(5), in.value(u"reason"_s));
    SD_FAIL_IF_ERROR(stored);
    print(in, stored.value());
    return ExitCode::Success;
}

ExitCode DutyCommand::next(Invocation &in) {
    if (in.operands().size() != 1) {
        return fail(Error::usage(tr("give one badge number")));
    }
    int count = 5;
    if (in.isSet(u"count"_s)) {
        bool ok = false;
        count = in.value(u"count"_s).toInt(&ok);
        if (!ok || count < 1 || count > 100) {
            return fail(Error::usage(
                tr("--count \"%1\" is not a number from 1 to 100").arg(in.value(u"count"_s))));
        }
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto shifts = app->roster().nextDuties(in.operands().first(), count);
    SD_FAIL_IF_ERROR(shifts);
    print(in, shifts.value());
    return ExitCode::Success;
}

} // namespace sd
