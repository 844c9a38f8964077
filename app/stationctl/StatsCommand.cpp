#include "app/stationctl/StatsCommand.h"

#include "app/stationctl/TableWriter.h"
#include "app/stationctl/TimeText.h"
#include "core/statistics/AlertStatistics.h"
#include "core/statistics/StatisticsDefinitionService.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// A figure as printed: z to two decimals, a percent to one, none when not shown.
QVariant rounded(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QVariantList changeValues(const CountChange &change) {
    return {change.current,       change.previous,
            change.change,        change.percent ? rounded(*change.percent, 1) : QVariant(),
            rounded(change.z, 2), toKey(change.flag)};
}

QList<Column> changeColumns() {
    return {
        {u"count"_s, StatsCommand::tr("Count"), Qt::AlignRight},
        {u"previous"_s, StatsCommand::tr("Before"), Qt::AlignRight},
        {u"change"_s, StatsCommand::tr("Change"), Qt::AlignRight},
        {u"percent"_s, StatsCommand::tr("%"), Qt::AlignRight},
        {u"z"_s, StatsCommand::tr("z"), Qt::AlignRight},
        {u"flag"_s, StatsCommand::tr("Flag"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto flag = changeFlagFromKey(key.toString());
             return flag ? displayName(*flag) : key.toString();
         }},
    };
}

// A key part in the reader's words: an enum's name, yes or no; dates, hours and area
// names as they are.
QString keyPartName(CountDimension dimension, const QString &part) {
    std::optional<QString> name;
    switch (dimension) {
    case CountDimension::Category:
        if (auto category = alertCategoryFromKey(part)) {
            name = displayName(*category);
        }
        break;
    case CountDimension::Source:
        if (auto source = alertSourceFromKey(part)) {
            name = displayName(*source);
        }
        break;
    case CountDimension::HandlingStatus:
        if (auto status = alertStatusFromKey(part)) {
            name = displayName(*status);
        }
        break;
    case CountDimension::Preventable:
        name = part == u"yes"_s ? StatsCommand::tr("preventable")
                                : StatsCommand::tr("not preventable");
        break;
    case CountDimension::Area:
        if (part == u"none"_s) {
            name = StatsCommand::tr("no area");
        }
        break;
    default:
        break;
    }
    return name.value_or(part);
}

Result<QDate> dateOption(Invocation &in, const QString &option) {
    if (!in.isSet(option)) {
        return QDate();
    }
    const QDate date = QDate::fromString(in.value(option), u"yyyy-MM-dd"_s);
    if (!date.isValid()) {
        return Error::usage(StatsCommand::tr("--%1 \"%2\" is not a date like 2026-03-01")
                                .arg(option, in.value(option)));
    }
    return date;
}

// The request the options describe; every unknown word is a usage error that names it.
Result<AlertCountRequest> requestFrom(Invocation &in) {
    AlertCountRequest request;
    QStringList known;
    for (CountDimension dimension : allCountDimensions()) {
        known << toKey(dimension);
    }
    for (const QString &word : in.values(u"by"_s)) {
        const auto dimension = countDimensionFromKey(word);
        if (!dimension) {
            return Error::usage(StatsCommand::tr("unknown dimension \"%1\" for --by; use one of %2")
                                    .arg(word, known.join(u", "_s)));
        }
        request.by << *dimension;
    }
    auto from = dateOption(in, u"from"_s);
    SD_RETURN_IF_ERROR(from);
    auto to = dateOption(in, u"to"_s);
    SD_RETURN_IF_ERROR(to);
    request.from = from.value();
    request.to = to.value();
    if (in.isSet(u"category"_s)) {
        QStringList categories;
        for (AlertCategory category : allAlertCategories()) {
            categories << toKey(category);
        }
        for (const QString &word : in.value(u"category"_s).split(u',')) {
            const auto category = alertCategoryFromKey(word.trimmed());
            if (!category) {
                return Error::usage(
                    StatsCommand::tr("unknown category \"%1\" for --category; use one of %2")
                        .arg(word.trimmed(), categories.join(u", "_s)));
            }
            request.categories << *category;
        }
    }
    request.preventableOnly = in.isSet(u"preventable"_s);
    if (in.isSet(u"compare"_s)) {
        const auto compare = countComparisonFromKey(in.value(u"compare"_s));
        if (!compare) {
            return Error::usage(
                StatsCommand::tr("unknown comparison \"%1\" for --compare; use previous or year")
                    .arg(in.value(u"compare"_s)));
        }
        request.compare = *compare;
    }
    return request;
}

// --window DAYS: none when not given; refused with --from, or when not 1 to 3660 days.
Result<std::optional<int>> windowFrom(Invocation &in) {
    if (!in.isSet(u"window"_s)) {
        return std::optional<int>();
    }
    if (in.isSet(u"from"_s)) {
        return Error::usage(StatsCommand::tr("--window counts the days up to --to (or today); "
                                             "it cannot be given with --from"));
    }
    bool isNumber = false;
    const int days = in.value(u"window"_s).toInt(&isNumber);
    if (!isNumber || days < 1 || days > AlertStatistics::kMaxWindowDays) {
        return Error::usage(StatsCommand::tr("--window \"%1\" is not a number of days from 1 to %2")
                                .arg(in.value(u"window"_s))
                                .arg(AlertStatistics::kMaxWindowDays));
    }
    return std::optional<int>(days);
}

// The change stats define asks for. The category keys go to the core as typed, which refuses
// an unknown one (exit 1); an unknown rule or direction is a usage error here.
Result<StatisticsDefinitionChange> changeFrom(Invocation &in) {
    StatisticsDefinitionChange change;
    const auto keys = [&](const QString &option) {
        return in.value(option).split(u',');
    };
    if (in.isSet(u"criminal-categories"_s)) {
        change.criminalCategories = keys(u"criminal-categories"_s);
    }
    if (in.isSet(u"preventable-categories"_s)) {
        change.preventableCategories = keys(u"preventable-categories"_s);
    }
    if (in.isSet(u"preventable"_s)) {
        change.preventableRule = preventableRuleFromKey(in.value(u"preventable"_s));
        if (!change.preventableRule) {
            return Error::usage(
                StatsCommand::tr("unknown rule \"%1\" for --preventable; use flag, categories or "
                                 "both")
                    .arg(in.value(u"preventable"_s)));
        }
    }
    for (const QString &word : in.values(u"wanted"_s)) {
        const QStringList parts = word.split(u'=');
        const auto measure = summaryMeasureFromKey(parts.value(0));
        const auto wanted = wantedDirectionFromKey(parts.value(1));
        if (parts.size() != 2 || !measure || !wanted) {
            QStringList measures;
            for (SummaryMeasure each : allSummaryMeasures()) {
                measures << toKey(each);
            }
            return Error::usage(StatsCommand::tr("--wanted \"%1\" is not MEASURE=down or "
                                                 "MEASURE=up, where MEASURE is one of %2")
                                    .arg(word, measures.join(u", "_s)));
        }
        change.wanted.insert(*measure, *wanted);
    }
    if (change.isEmpty()) {
        return Error::usage(StatsCommand::tr(
            "stationctl stats define needs at least one of --criminal-categories, --preventable, "
            "--preventable-categories and --wanted"));
    }
    auto from = dateOption(in, u"from"_s);
    SD_RETURN_IF_ERROR(from);
    change.effectiveFrom = from.value();
    return change;
}

// Category keys in the reader's words, for the table.
QString categoryNames(const QVariant &keys) {
    QStringList names;
    for (const QString &key : keys.toStringList()) {
        const auto category = alertCategoryFromKey(key);
        names << (category ? displayName(*category) : key);
    }
    return names.join(u", "_s);
}

QStringList keysOf(const QList<AlertCategory> &categories) {
    return categoryKeys(categories).split(u',', Qt::SkipEmptyParts);
}

} // namespace

CommandSpec StatsCommand::spec() {
    return {
        .name = u"stats"_s,
        .summary = tr("Alert statistics: counts, changes and their significance"),
        .help = tr(
            "Usage: stationctl [--database URL] stats alerts [--by DIM [--by DIM]] [--from DATE]\n"
            "                  [--to DATE] [--window DAYS] [--category C[,C…]] [--preventable]\n"
            "                  [--compare previous|year] [--format F]\n"
            "       stationctl [--database URL] stats summary --year Y [--format F]\n"
            "       stationctl [--database URL] stats definitions [--format F]\n"
            "       stationctl [--database URL] stats define [--criminal-categories C[,C…]]\n"
            "                  [--preventable flag|categories|both]\n"
            "                  [--preventable-categories C[,C…]] [--wanted MEASURE=down|up]…\n"
            "                  [--from DATE]\n"
            "       stationctl [--database URL] stats verify\n"
            "\n"
            "alerts   counts alerts by up to two dimensions: year, quarter, month, week,\n"
            "         weekday, hour, category, source, area, status, preventable (none: the\n"
            "         total). Days are the station's, DATE is YYYY-MM-DD, both ends included;\n"
            "         without them, from the first to the last day with alerts. Each count\n"
            "         is compared with the period before (a year, quarter, month or week)\n"
            "         or with the range of equal length before it; --compare year compares\n"
            "         with the same days a year before. Keys key, count, previous, change,\n"
            "         percent (null unless both counts are at least 10), z and flag (rise,\n"
            "         fall or noise); a key of two dimensions reads \"2018-03|dispute\".\n"
            "         --window DAYS (1 to 3660; 28 and 365 are the usual) counts the DAYS days\n"
            "         up to --to (default: today) against as many days before; not with --from\n"
            "summary  two down, one up for a year (to date, for the current year) against\n"
            "         the same days of the year before: criminal and public-order alerts,\n"
            "         preventable alerts, alerts resolved on the scene (keys measure, key,\n"
            "         count, previous, change, percent, z, flag), both years counted under\n"
            "         the definition in force on the year's last day counted\n"
            "definitions  the versions of the definitions, newest first, then the default\n"
            "         that applies before the first (keys version, from, criminal_categories,\n"
            "         preventable, preventable_categories, wanted, changed_by, changed_at)\n"
            "define   adds a version, in force from --from (default: today); what is not\n"
            "         given is copied from the newest version. --criminal-categories: the\n"
            "         categories of the first measure; --preventable: an alert is preventable\n"
            "         by its flag, by --preventable-categories, or by either; --wanted: the\n"
            "         way a measure (criminal_public_order, preventable, resolved_on_scene)\n"
            "         should move. Needs the change_settings permission\n"
            "verify   recounts the kept counts from the alerts; exit 1 naming each count\n"
            "         that differs\n"
            "\n"
            "z = 2(√count − √previous); a change is flagged only when |z| ≥ 3.\n"
            "\n"
            "Options:\n"
            "  --format table|csv|json  output format (default: table)\n"),
        .actions =
            {
                {.name = u"alerts"_s,
                 .options = {{u"by"_s, u"DIM"_s, true},
                             {u"from"_s, u"DATE"_s},
                             {u"to"_s, u"DATE"_s},
                             {u"window"_s, u"DAYS"_s},
                             {u"category"_s, u"C"_s},
                             {u"preventable"_s},
                             {u"compare"_s, u"previous|year"_s},
                             kFormatOption},
                 .run = std::bind_front(&StatsCommand::alerts, this)},
                {.name = u"summary"_s,
                 .options = {{u"year"_s, u"Y"_s}, kFormatOption},
                 .run = std::bind_front(&StatsCommand::summary, this)},
                {.name = u"definitions"_s,
                 .options = {kFormatOption},
                 .run = std::bind_front(&StatsCommand::definitions, this)},
                {.name = u"define"_s,
                 .options = {{u"criminal-categories"_s, u"C"_s},
                             {u"preventable"_s, u"flag|categories|both"_s},
                             {u"preventable-categories"_s, u"C"_s},
                             {u"wanted"_s, u"MEASURE=down|up"_s, true},
                             {u"from"_s, u"DATE"_s}},
                 .run = std::bind_front(&StatsCommand::define, this)},
                {.name = u"verify"_s, .run = std::bind_front(&StatsCommand::verify, this)},
            },
    };
}

ExitCode StatsCommand::alerts(Invocation &in) {
    auto request = requestFrom(in);
    SD_FAIL_IF_ERROR(request);
    auto window = windowFrom(in);
    SD_FAIL_IF_ERROR(window);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto counts = window.value() ? app->statistics().countWindow(**window, request->to, *request)
                                 : app->statistics().count(request.value());
    SD_FAIL_IF_ERROR(counts);
    const QList<CountDimension> by = request->by;
    QList<Column> columns{{u"key"_s, tr("Key"), Qt::AlignLeft, [by](const QVariant &key) {
                               QStringList parts = key.toString().split(u'|');
                               for (qsizetype i = 0; i < parts.size() && i < by.size(); ++i) {
                                   parts[i] = keyPartName(by[i], parts[i]);
                               }
                               return parts.join(u" · "_s);
                           }}};
    columns << changeColumns();
    TableWriter table(columns);
    for (const AlertCountRow &row : counts->rows) {
        table.addRow(QVariantList{row.key()} + changeValues(row.change));
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode StatsCommand::summary(Invocation &in) {
    bool isNumber = false;
    const int year = in.value(u"year"_s).toInt(&isNumber);
    if (!in.isSet(u"year"_s) || !isNumber) {
        return fail(Error::usage(tr("stationctl stats summary needs --year Y, such as 2026")));
    }
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto lines = app->statistics().summary(year);
    SD_FAIL_IF_ERROR(lines);
    QList<Column> columns{{u"measure"_s, tr("Measure"), Qt::AlignLeft,
                           [](const QVariant &key) {
                               const auto measure = summaryMeasureFromKey(key.toString());
                               return measure ? displayName(*measure) : key.toString();
                           }},
                          {u"key"_s, tr("Year")}};
    columns << changeColumns();
    TableWriter table(columns);
    for (const SummaryLine &line : lines.value()) {
        table.addRow(QVariantList{toKey(line.measure), QString::number(line.year)} +
                     changeValues(line.change));
    }
    console().out() << table.render(in.format());
    // For the reader; CSV and JSON keep the keys the issue gives them.
    if (in.format() == OutputFormat::Table && !lines->isEmpty()) {
        console().out() << tr("Counted under %1.\n").arg(lines->first().definition.describe());
    }
    return ExitCode::Success;
}

ExitCode StatsCommand::definitions(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto history = app->statisticsDefinitions().history();
    SD_FAIL_IF_ERROR(history);
    TableWriter table({
        {u"version"_s, tr("Version"), Qt::AlignRight},
        {u"from"_s, tr("In force from"), Qt::AlignLeft,
         [](const QVariant &from) {
             return from.isNull() ? tr("(default)") : from.toDate().toString(Qt::ISODate);
         }},
        {u"criminal_categories"_s, tr("Criminal and public order"), Qt::AlignLeft, categoryNames},
        {u"preventable"_s, tr("Preventable"), Qt::AlignLeft,
         [](const QVariant &key) {
             const auto rule = preventableRuleFromKey(key.toString());
             return rule ? displayName(*rule) : key.toString();
         }},
        {u"preventable_categories"_s, tr("Preventable categories"), Qt::AlignLeft, categoryNames},
        {u"wanted"_s, tr("Wanted"), Qt::AlignLeft,
         [](const QVariant &pairs) {
             QStringList ways;
             for (const QString &pair : pairs.toStringList()) {
                 const auto way = wantedDirectionFromKey(pair.section(u'=', 1));
                 ways << (way ? displayName(*way) : pair);
             }
             return ways.join(u", "_s);
         }},
        {u"changed_by"_s, tr("Changed by")},
        {u"changed_at"_s, tr("Changed at")},
    });
    for (const StatisticsDefinition &definition : history.value()) {
        QStringList wanted;
        for (SummaryMeasure measure : allSummaryMeasures()) {
            wanted << u"%1=%2"_s.arg(toKey(measure), toKey(definition.wantedFor(measure)));
        }
        const bool stored = !definition.isDefault();
        table.addRow({definition.version, stored ? QVariant(definition.effectiveFrom) : QVariant(),
                      keysOf(definition.criminalCategories), toKey(definition.preventableRule),
                      keysOf(definition.preventableCategories), wanted,
                      stored ? QVariant(definition.changedBy) : QVariant(),
                      stored ? QVariant(TimeText::format(definition.changedAt)) : QVariant()});
    }
    console().out() << table.render(in.format());
    return ExitCode::Success;
}

ExitCode StatsCommand::define(Invocation &in) {
    auto change = changeFrom(in);
    SD_FAIL_IF_ERROR(change);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto defined = app->statisticsDefinitions().define(change.value());
    SD_FAIL_IF_ERROR(defined);
    console().out() << tr("added definition %1, in force from %2\n")
                           .arg(defined->version)
                           .arg(defined->effectiveFrom.toString(Qt::ISODate));
    return ExitCode::Success;
}

ExitCode StatsCommand::verify(Invocation &in) {
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto mismatches = app->statistics().verify();
    SD_FAIL_IF_ERROR(mismatches);
    if (!mismatches->isEmpty()) {
        for (const QString &mismatch : mismatches.value()) {
            console().out() << mismatch << u'\n';
        }
        console().error(
            tr("kept alert counts that differ from the alerts: %1").arg(mismatches->size()));
        return ExitCode::Failure;
    }
    console().out() << tr("alert counts agree with the alerts\n");
    return ExitCode::Success;
}

} // namespace sd
