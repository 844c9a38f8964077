#include "core/statistics/AlertDrillDown.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sd {

std::optional<AlertFilter> alertsOf(const AlertCountRequest &request, const AlertCountRow &row,
                                    const QTimeZone &zone) {
    if (!request.preventableCategories.isEmpty()) {
        return std::nullopt; // "flagged or of these categories": the list's filters cannot or
    }
    AlertFilter filter;
    filter.from = QDateTime(row.from, QTime(0, 0), zone).toMSecsSinceEpoch();
    filter.to = QDateTime(row.to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    filter.anyOfCategories = request.categories;
    if (request.preventableOnly) {
        filter.preventable = true;
    }
    filter.status = request.status;
    for (qsizetype i = 0; i < request.by.size(); ++i) {
        const QString key = row.keys.value(i);
        switch (request.by[i]) {
        case CountDimension::Year:
        case CountDimension::Quarter:
        case CountDimension::Month:
        case CountDimension::Week:
            break; // the row's days already say it
        case CountDimension::Category:
            filter.category = alertCategoryFromKey(key);
            break;
        case CountDimension::Preventable:
            filter.preventable = key == u"yes"_s;
            break;
        case CountDimension::HandlingStatus:
            filter.status = alertStatusFromKey(key);
            break;
        case CountDimension::Area:
            filter.areaId = row.areaId;
            filter.withoutArea = !row.areaId;
            break;
        case CountDimension::Weekday:
        case CountDimension::Hour:
        case CountDimension::Source:
            return std::nullopt;
        }
    }
    return filter;
}

} // namespace sd
