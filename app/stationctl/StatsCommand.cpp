#include "app/stationctl/StatsCommand.h"

#include "app/stationctl/TableWriter.h"
#include "core/statistics/AlertStatistics.h"

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

} // namespace

CommandSpec StatsCommand::spec() {
    return {
        .name = u"stats"_s,
        .summary = tr("Alert statistics: counts, changes and their significance"),
        .help = tr(
            "Usage: stationctl [--database URL] stats alerts [--by DIM [--by DIM]] [--from DATE]\n"
            "                  [--to DATE] [--category C[,C…]] [--preventable]\n"
            "                  [--compare previous|year] [--format F]\n"
            "       stationctl [--database URL] stats summary --year Y [--format F]\n"
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
            "         fall or noise); a key of two dimensions reads \"2018-03|dispute\"\n"
            "summary  two down, one up for a year (to date, for the current year) against\n"
            "         the same days of the year before: criminal and public-order alerts,\n"
            "         preventable alerts, alerts resolved on the scene (keys measure, key,\n"
            "         count, previous, change, percent, z, flag)\n"
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
                             {u"category"_s, u"C"_s},
                             {u"preventable"_s},
                             {u"compare"_s, u"previous|year"_s},
                             kFormatOption},
                 .run = std::bind_front(&StatsCommand::alerts, this)},
                {.name = u"summary"_s,
                 .options = {{u"year"_s, u"Y"_s}, kFormatOption},
                 .run = std::bind_front(&StatsCommand::summary, this)},
                {.name = u"verify"_s, .run = std::bind_front(&StatsCommand::verify, this)},
            },
    };
}

ExitCode StatsCommand::alerts(Invocation &in) {
    auto request = requestFrom(in);
    SD_FAIL_IF_ERROR(request);
    Application *app = in.app();
    if (!app) {
        return ExitCode::Failure;
    }
    auto counts = app->statistics().count(request.value());
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
