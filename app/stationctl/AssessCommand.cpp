#include "app/stationctl/AssessCommand.h"

#include "app/stationctl/TableWriter.h"
#include "core/assessment/AssessmentAnalytics.h"

using namespace Qt::StringLiterals;

namespace sd {

CommandSpec AssessCommand::spec() {
    return {
        .name = u"assess"_s,
        .summary = tr("Assessment schemes, rankings and streaks"),
        .help = tr("Usage: stationctl [--database URL] assess schemes [--format F]\n"
                   "       stationctl [--database URL] assess ranking --scheme CODE --period P "
                   "[--format F]\n"
                   "       stationctl [--database URL] assess streaks --scheme CODE [--format F]\n"
                   "\n"
                   "schemes   lists the assessment schemes (keys code, name, subject_kind,\n"
                   "          period_kind, base_score, excellent_min, good_min, pass_min)\n"
                   "ranking   ranks the approved score sheets of a scheme for one period,\n"
                   "          best first; drafts and sheets under review are not ranked (keys\n"
                   "          rank, subject, score, grade, status, deductions). P is a month\n"
                   "          (2026-07), a quarter (2026-Q3) or a year (2026), as the scheme\n"
                   "          is assessed\n"
                   "streaks   each subject's longest run of excellent periods and of periods\n"
                   "          without deductions, from approved sheets (keys subject, kind,\n"
                   "          length, from, to, current, text)\n"
                   "\n"
                   "Options:\n"
                   "  --format table|csv|json  output format (default: table)\n"),
        .actions =
            {
                {.name = u"schemes"_s,
                 .options = {kFormatOption},
                 .run = std::bind_front(&AssessCommand::schemes, this)},
                {.name = u"ranking"_s,
                 .options = {kFormatOption, {u"scheme"_s, u"CODE"_s}, {u"period"_s, u"P"_s}},
                 .run = std::bind_front(&AssessCommand::ranking, this)},
                {.name = u"streaks"_s,
                 .options = {kFormatOption, {u"scheme"_s, u"CODE"_s}},
                 .run = std::bind_front(&AssessCommand::streaks, this)},
            },
    };
}

ExitCode AssessCommand::schemes(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto schemes = app->assessments().schemes();
    SD_FAIL_IF_ERROR(schemes);
    TableWriter table({
        {u"code"_s, tr("Code")},
        {u"name"_s, tr("Name")},
        {u"subject_kind"_s, tr("Assesses"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto kind = subjectKindFromKey(key.toString());
             return kind ? displayName(*kind) : key.toString();
         }},
        {u"period_kind"_s, tr("Period"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto kind = periodKindFromKey(key.toString());
             return kind ? displayName(*kind) : key.toString();
         }},
        {u"base_score"_s, tr("Base"), Qt::AlignRight},
        {u"excellent_min"_s, tr("Excellent ≥"), Qt::AlignRight},
        {u"good_min"_s, tr("Good ≥"), Qt::AlignRight},
        {u"pass_min"_s, tr("Pass ≥"), Qt::AlignRight},
    });
    for (const AssessmentScheme &scheme : schemes.value()) {
        table.addRow({scheme.code, scheme.name, toKey(scheme.subjectKind), toKey(scheme.periodKind),
                      scheme.baseScore, scheme.thresholds.excellentMin, scheme.thresholds.goodMin,
                      scheme.thresholds.passMin});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode AssessCommand::ranking(Invocation &in) {
    if (!in.isSet(u"scheme"_s) || !in.isSet(u"period"_s)) {
        return fail(Error::usage(
            tr("stationctl assess ranking needs --scheme CODE and --period (2026-07, 2026-Q3 or "
               "2026)")));
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto scheme = app->assessments().schemeByCode(in.value(u"scheme"_s));
    SD_FAIL_IF_ERROR(scheme);
    auto rows = app->assessmentViews().ranking(scheme->id, in.value(u"period"_s));
    SD_FAIL_IF_ERROR(rows);
    TableWriter table({
        {u"rank"_s, tr("Rank"), Qt::AlignRight},
        {u"subject"_s, tr("Subject")},
        {u"score"_s, tr("Score"), Qt::AlignRight},
        {u"grade"_s, tr("Grade"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto grade = gradeFromKey(key.toString());
             return grade ? displayName(*grade) : key.toString();
         }},
        {u"status"_s, tr("Status"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto status = sheetStatusFromKey(key.toString());
             return status ? displayName(*status) : key.toString();
         }},
        {u"deductions"_s, tr("Deductions"), Qt::AlignRight},
    });
    for (const RankingRow &row : rows.value()) {
        table.addRow({row.rank, row.subject, row.score, toKey(row.grade), toKey(row.status),
                      row.deductions});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode AssessCommand::streaks(Invocation &in) {
    if (!in.isSet(u"scheme"_s)) {
        return fail(Error::usage(tr("stationctl assess streaks needs --scheme CODE")));
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto scheme = app->assessments().schemeByCode(in.value(u"scheme"_s));
    SD_FAIL_IF_ERROR(scheme);
    auto streaks = app->assessmentViews().streaks(scheme->id);
    SD_FAIL_IF_ERROR(streaks);
    TableWriter table({
        {u"subject"_s, tr("Subject")},
        {u"kind"_s, tr("Kind"), Qt::AlignLeft,
         [](const QVariant &key) {
             return key.toString() == toKey(StreakKind::Excellent) ? tr("Excellent")
                                                                   : tr("Zero deductions");
         }},
        {u"length"_s, tr("Length"), Qt::AlignRight},
        {u"from"_s, tr("From")},
        {u"to"_s, tr("To")},
        {u"current"_s, tr("Current")},
        {u"text"_s, tr("Streak")},
    });
    for (const Streak &streak : streaks.value()) {
        table.addRow({streak.subject, toKey(streak.kind), streak.length, streak.from, streak.to,
                      streak.current, AssessmentAnalytics::describe(streak, scheme->periodKind)});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

} // namespace sd
