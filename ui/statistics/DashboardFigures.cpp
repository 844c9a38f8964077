#include "ui/statistics/DashboardFigures.h"

#include "core/statistics/AlertDrillDown.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

// A key as the reader says it: a month by its name, an enum by its name, "no area".
QString labelOf(CountDimension dimension, const QString &key) {
    switch (dimension) {
    case CountDimension::Month:
        return QLocale().standaloneMonthName(QDate::fromString(key, u"yyyy-MM"_s).month(),
                                             QLocale::ShortFormat);
    case CountDimension::Category:
        if (auto category = alertCategoryFromKey(key)) {
            return displayName(*category);
        }
        return key;
    case CountDimension::Area:
        return key == u"none"_s ? DashboardFigures::tr("No area") : key;
    default:
        return key;
    }
}

// The lines of one request, each with both sides' filters.
Result<QList<DashboardLine>> linesOf(const AlertStatistics &statistics,
                                     const AlertCountRequest &request, const QTimeZone &zone,
                                     const QString &what) {
    auto counts = statistics.count(request);
    SD_RETURN_IF_ERROR(counts);
    QList<DashboardLine> lines;
    for (const AlertCountRow &row : counts->rows) {
        DashboardLine line;
        line.label = request.by.isEmpty() ? what : labelOf(request.by.first(), row.keys.first());
        line.change = row.change;
        line.alerts = alertsOf(request, row, zone);
        AlertCountRow before = row;
        before.from = row.previousFrom;
        before.to = row.previousTo;
        line.previousAlerts = alertsOf(request, before, zone);
        const QString name = what.isEmpty() ? line.label : what + u" · "_s + line.label;
        const auto span = [](QDate from, QDate to) {
            return from == to ? from.toString(Qt::ISODate)
                              : DashboardFigures::tr("%1 to %2")
                                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        };
        line.description = u"%1 (%2)"_s.arg(name, span(row.from, row.to));
        line.previousDescription = u"%1 (%2)"_s.arg(name, span(row.previousFrom, row.previousTo));
        lines << line;
    }
    return lines;
}

// Twelve months: those of the range from the request, the rest with nothing yet this year
// against last year's whole month.
Result<QList<DashboardLine>> twelveMonths(const AlertStatistics &statistics,
                                          AlertCountRequest request, const QTimeZone &zone,
                                          const QString &what) {
    auto lines = linesOf(statistics, request, zone, what);
    SD_RETURN_IF_ERROR(lines);
    if (lines->size() >= 12) {
        return lines;
    }
    const int year = request.from.year();
    request.from = QDate(year - 1, request.to.month(), 1).addMonths(1);
    request.to = QDate(year - 1, 12, 31);
    if (request.from > request.to) {
        return lines;
    }
    auto lastYear = linesOf(statistics, request, zone, what);
    SD_RETURN_IF_ERROR(lastYear);
    for (const DashboardLine &month : lastYear.value()) {
        DashboardLine line;
        line.label = month.label;
        line.change = CountChange::between(month.change.current, 0);
        line.previousAlerts = month.alerts;
        line.previousDescription = month.description;
        lines->append(line);
    }
    return lines;
}

// A rolling window's line, named by what it counts and its length.
DashboardLine windowLine(DashboardLine line, const QString &what, int days) {
    line.label = DashboardFigures::tr("%1, last %n days", nullptr, days).arg(what);
    return line;
}

} // namespace

Result<DashboardFigures> DashboardFigures::load(const AlertStatistics &statistics, int year,
                                                QDate today, const QTimeZone &zone) {
    DashboardFigures figures;
    figures.year = year;
    figures.from = QDate(year, 1, 1);
    figures.to = std::min(QDate(year, 12, 31), today);
    auto summary = statistics.summary(year);
    SD_RETURN_IF_ERROR(summary);
    // Every measure of the year is counted under the one definition in force on its last day.
    const StatisticsDefinition definition = summary->value(0).definition;
    figures.definition = definition.describe();
    for (const SummaryLine &measure : summary.value()) {
        auto lines = linesOf(statistics, measure.request, zone, displayName(measure.measure));
        SD_RETURN_IF_ERROR(lines);
        DashboardLine line = lines->value(0);
        line.label = displayName(measure.measure);
        line.wanted = measure.wanted();
        figures.twoDownOneUp << line;
    }
    for (const int days : {28, 365}) {
        const AlertCountRequest window{.from = figures.to.addDays(-(days - 1)), .to = figures.to};
        auto all = linesOf(statistics, window, zone, tr("All alerts"));
        SD_RETURN_IF_ERROR(all);
        figures.windows << windowLine(all->value(0), tr("All alerts"), days);
        for (const SummaryLine &measure : summary.value()) {
            AlertCountRequest narrowed = window;
            definition.narrow(measure.measure, narrowed);
            auto lines = linesOf(statistics, narrowed, zone, displayName(measure.measure));
            SD_RETURN_IF_ERROR(lines);
            DashboardLine line = windowLine(lines->value(0), displayName(measure.measure), days);
            SummaryLine asSummary = measure;
            asSummary.change = line.change;
            line.wanted = asSummary.wanted();
            figures.windows << line;
        }
    }
    const AlertCountRequest base{
        .from = figures.from, .to = figures.to, .compare = CountComparison::Year};
    AlertCountRequest request = base;
    request.by = {CountDimension::Month};
    auto months = twelveMonths(statistics, request, zone, tr("All alerts"));
    SD_RETURN_IF_ERROR(months);
    figures.months = months.value();
    definition.narrow(SummaryMeasure::Preventable, request);
    auto preventable = twelveMonths(statistics, request, zone, tr("Preventable alerts"));
    SD_RETURN_IF_ERROR(preventable);
    figures.preventableMonths = preventable.value();
    request = base;
    request.by = {CountDimension::Category};
    auto categories = linesOf(statistics, request, zone, {});
    SD_RETURN_IF_ERROR(categories);
    figures.categories = categories.value();
    request.by = {CountDimension::Area};
    auto areas = linesOf(statistics, request, zone, {});
    SD_RETURN_IF_ERROR(areas);
    figures.areas = areas.value();
    return figures;
}

} // namespace sd
