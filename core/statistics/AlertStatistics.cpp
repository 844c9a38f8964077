#include "core/statistics/AlertStatistics.h"

#include "core/frontdesk/AlertTallyRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/statistics/AlertStatisticsRepository.h"
#include "core/statistics/StatisticsDefinitionService.h"

#include <QCollator>
#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

int dayNumber(QDate date) {
    return date.year() * 10000 + date.month() * 100 + date.day();
}
QDate dateOf(int day) {
    return QDate(day / 10000, day / 100 % 100, day % 100);
}

QDate periodStart(CountDimension period, QDate date) {
    switch (period) {
    case CountDimension::Year:
        return QDate(date.year(), 1, 1);
    case CountDimension::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case CountDimension::Month:
        return QDate(date.year(), date.month(), 1);
    default: // a week, Monday to Sunday as ISO 8601 has it
        return date.addDays(1 - date.dayOfWeek());
    }
}

// The same day one period back (clamped to the month's end).
QDate stepBack(CountDimension period, QDate date) {
    switch (period) {
    case CountDimension::Year:
        return date.addYears(-1);
    case CountDimension::Quarter:
        return date.addMonths(-3);
    case CountDimension::Month:
        return date.addMonths(-1);
    default:
        return date.addDays(-7);
    }
}

QDate periodEnd(CountDimension period, QDate date) {
    const QDate start = periodStart(period, date);
    switch (period) {
    case CountDimension::Year:
        return start.addYears(1).addDays(-1);
    case CountDimension::Quarter:
        return start.addMonths(3).addDays(-1);
    case CountDimension::Month:
        return start.addMonths(1).addDays(-1);
    default:
        return start.addDays(6);
    }
}

QString periodKey(CountDimension period, QDate date) {
    switch (period) {
    case CountDimension::Year:
        return QString::number(date.year());
    case CountDimension::Quarter:
        return u"%1-Q%2"_s.arg(date.year()).arg((date.month() - 1) / 3 + 1);
    case CountDimension::Month:
        return date.toString(u"yyyy-MM"_s);
    default: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return u"%1-W%2"_s.arg(weekYear).arg(week, 2, 10, QChar(u'0'));
    }
    }
}

const QStringList kWeekdays{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
const QString kNoArea = u"none"_s;

// Where a dimension's key is read: the day, or a column of the kept counts.
enum class KeyFrom { Period, Weekday, Category, Preventable, Key1, Key2 };

std::optional<TallyAttribute> tallyAttributeOf(CountDimension dimension) {
    switch (dimension) {
    case CountDimension::Source:
        return TallyAttribute::BySource;
    case CountDimension::Area:
        return TallyAttribute::ByArea;
    case CountDimension::HandlingStatus:
        return TallyAttribute::ByStatus;
    case CountDimension::Hour:
        return TallyAttribute::ByHour;
    default:
        return {};
    }
}

struct CountPlan {
    TallyQuery query;
    QList<KeyFrom> keyFrom; // one per requested dimension
    std::optional<CountDimension> period;
    bool byWeekday = false;
};

// The days one line counts, and the days it is compared with.
struct Slot {
    QDate from{};
    QDate to{};
    QDate previousFrom{};
    QDate previousTo{};
    QString periodKey{};
    int weekday = 0; // 1-7 when counted by day of week
};

// One combination of the non-time keys, with its counts by day.
struct KeyLine {
    QStringList keys;        // one per non-time dimension, as stored
    QMap<int, qint64> byDay; // Julian day → count
};

qint64 sumOver(const QMap<int, qint64> &byDay, QDate from, QDate to, int weekday) {
    qint64 total = 0;
    for (auto it = byDay.lowerBound(int(from.toJulianDay()));
         it != byDay.cend() && it.key() <= to.toJulianDay(); ++it) {
        if (weekday == 0 || QDate::fromJulianDay(it.key()).dayOfWeek() == weekday) {
            total += it.value();
        }
    }
    return total;
}

template <typename E> int indexOfKey(const QList<E> &all, const QString &key) {
    for (int i = 0; i < all.size(); ++i) {
        if (toKey(all[i]) == key) {
            return i;
        }
    }
    return int(all.size());
}

} // namespace

bool SummaryLine::wanted() const {
    return definition.wantedFor(measure) == WantedDirection::Up ? change.change > 0
                                                                : change.change < 0;
}

namespace {

Result<CountPlan> planFor(const AlertCountRequest &request) {
    using Tr = AlertStatistics;
    if (request.by.size() > 2) {
        return Error::usage(Tr::tr("Alerts are counted by at most two dimensions at once."));
    }
    if (request.by.size() == 2 && request.by[0] == request.by[1]) {
        return Error::usage(Tr::tr("The dimension %1 is given twice.").arg(toKey(request.by[0])));
    }
    if (!request.preventableCategories.isEmpty() && !request.preventableOnly) {
        return Error::usage(Tr::tr("Categories that count as preventable are given only with "
                                   "a count of preventable alerts."));
    }
    CountPlan plan;
    QList<TallyAttribute> attributes;
    for (CountDimension dimension : request.by) {
        if (isPeriod(dimension)) {
            if (plan.period) {
                return Error::usage(Tr::tr("Count by one period at a time, not by %1 and %2.")
                                        .arg(toKey(*plan.period), toKey(dimension)));
            }
            plan.period = dimension;
        }
        if (auto attribute = tallyAttributeOf(dimension)) {
            attributes << *attribute;
        }
    }
    if (request.status && !attributes.contains(TallyAttribute::ByStatus)) {
        attributes << TallyAttribute::ByStatus;
    }
    std::sort(attributes.begin(), attributes.end());
    TallyCrossing crossing{attributes};
    const bool needsCategory = request.by.contains(CountDimension::Category) ||
                               request.by.contains(CountDimension::Preventable) ||
                               !request.categories.isEmpty() || request.preventableOnly;
    if (attributes.size() > 2 || (attributes.size() == 2 && needsCategory)) {
        return Error::usage(
            Tr::tr("The counts are kept by category and preventable with one of source, area, "
                   "status and hour, or by two of those four alone; this asks for more."));
    }
    plan.query.crossing = crossing.name();
    plan.query.splitByCategory = crossing.splitByCategory();
    plan.query.groupByCategory = request.by.contains(CountDimension::Category);
    plan.query.groupByPreventable = request.by.contains(CountDimension::Preventable);
    for (AlertCategory category : request.categories) {
        plan.query.categories << toKey(category);
    }
    plan.query.preventableOnly = request.preventableOnly;
    for (AlertCategory category : request.preventableCategories) {
        plan.query.preventableCategories << toKey(category);
    }
    if (request.status) {
        (attributes.indexOf(TallyAttribute::ByStatus) == 0 ? plan.query.key1Equals
                                                           : plan.query.key2Equals) =
            toKey(*request.status);
    }
    for (CountDimension dimension : request.by) {
        if (isPeriod(dimension)) {
            plan.keyFrom << KeyFrom::Period;
        } else if (dimension == CountDimension::Weekday) {
            plan.keyFrom << KeyFrom::Weekday;
            plan.byWeekday = true;
        } else if (dimension == CountDimension::Category) {
            plan.keyFrom << KeyFrom::Category;
        } else if (dimension == CountDimension::Preventable) {
            plan.keyFrom << KeyFrom::Preventable;
        } else {
            plan.keyFrom << (attributes.indexOf(*tallyAttributeOf(dimension)) == 0 ? KeyFrom::Key1
                                                                                   : KeyFrom::Key2);
        }
    }
    return plan;
}

// The lines' days: each period of the range (or the range), each day of the week if asked,
// with the days each is compared with.
QList<Slot> slotsFor(const CountPlan &plan, const AlertCountRequest &request, QDate from,
                     QDate to) {
    QList<Slot> slots;
    const qint64 length = from.daysTo(to) + 1;
    const auto add = [&](QDate start, QDate end, bool wholePeriod, const QString &key) {
        Slot slot{.from = start, .to = end, .periodKey = key};
        if (request.compare == CountComparison::Year) {
            const QDate back = start.addYears(-1);
            slot.previousFrom = wholePeriod ? periodStart(*plan.period, back) : back;
            slot.previousTo = wholePeriod ? periodEnd(*plan.period, back) : end.addYears(-1);
        } else if (plan.period) {
            const QDate back = stepBack(*plan.period, start);
            slot.previousFrom = wholePeriod ? periodStart(*plan.period, back) : back;
            slot.previousTo =
                wholePeriod ? periodEnd(*plan.period, back) : stepBack(*plan.period, end);
        } else {
            slot.previousFrom = start.addDays(-length);
            slot.previousTo = end.addDays(-length);
        }
        slots << slot;
    };
    if (plan.period) {
        for (QDate day = periodStart(*plan.period, from); day <= to;
             day = periodEnd(*plan.period, day).addDays(1)) {
            const QDate start = std::max(day, from);
            const QDate end = std::min(periodEnd(*plan.period, day), to);
            add(start, end, start == day && end == periodEnd(*plan.period, day),
                periodKey(*plan.period, day));
        }
    } else {
        add(from, to, false, {});
    }
    if (!plan.byWeekday) {
        return slots;
    }
    QList<Slot> byWeekday;
    for (const Slot &slot : slots) {
        for (int weekday = 1; weekday <= 7; ++weekday) {
            Slot day = slot;
            day.weekday = weekday;
            byWeekday << day;
        }
    }
    return byWeekday;
}

} // namespace

Result<AlertCounts> AlertStatistics::count(const AlertCountRequest &request) const {
    auto plan = planFor(request);
    SD_RETURN_IF_ERROR(plan);
    const AlertStatisticsRepository repository(m_context.database);
    AlertCounts counts{.from = request.from, .to = request.to};
    if (!counts.from.isValid() || !counts.to.isValid()) {
        auto range = repository.dayRange();
        SD_RETURN_IF_ERROR(range);
        if (!range.value()) {
            return counts; // no alerts, and no range to show zeros over
        }
        counts.from = counts.from.isValid() ? counts.from : dateOf(range.value()->first);
        counts.to = counts.to.isValid() ? counts.to : dateOf(range.value()->second);
    }
    if (counts.from > counts.to) {
        return Error::usage(
            tr("The range starts on %1, after its end on %2.")
                .arg(counts.from.toString(Qt::ISODate), counts.to.toString(Qt::ISODate)));
    }
    const QList<Slot> slots = slotsFor(plan.value(), request, counts.from, counts.to);
    QDate earliest = counts.from;
    for (const Slot &slot : slots) {
        earliest = std::min(earliest, slot.previousFrom);
    }
    TallyQuery query = plan->query;
    query.fromDay = dayNumber(earliest);
    query.toDay = dayNumber(counts.to);
    auto rows = repository.dailyCounts(query);
    SD_RETURN_IF_ERROR(rows);

    // The non-time keys of each row, in the request's order.
    QMap<QString, KeyLine> lines;
    const QList<KeyFrom> &keyFrom = plan->keyFrom;
    for (const TallyRow &row : rows.value()) {
        QStringList keys;
        for (KeyFrom from : keyFrom) {
            switch (from) {
            case KeyFrom::Category:
                keys << row.category;
                break;
            case KeyFrom::Preventable:
                keys << (row.preventable ? u"yes"_s : u"no"_s);
                break;
            case KeyFrom::Key1:
                keys << row.key1;
                break;
            case KeyFrom::Key2:
                keys << row.key2;
                break;
            default:
                break;
            }
        }
        KeyLine &line = lines[keys.join(u'|')];
        line.keys = keys;
        line.byDay[int(dateOf(row.day).toJulianDay())] += row.n;
    }
    const bool onlyTime = std::all_of(keyFrom.cbegin(), keyFrom.cend(), [](KeyFrom from) {
        return from == KeyFrom::Period || from == KeyFrom::Weekday;
    });
    if (onlyTime && lines.isEmpty()) {
        lines.insert({}, {}); // the periods are still shown, with zeros
    }

    auto areas = repository.areaNames();
    SD_RETURN_IF_ERROR(areas);
    // Each key's place in the order: enums in their declared order, areas by name (as
    // Chinese sorts them: by pinyin), hours and flags by value.
    QStringList areaOrder = areas->values();
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(areaOrder.begin(), areaOrder.end(), collator);
    const auto rankOf = [&](CountDimension dimension, const QString &key) -> QString {
        switch (dimension) {
        case CountDimension::Category:
            return u"%1"_s.arg(indexOfKey(allAlertCategories(), key), 3, 10, QChar(u'0'));
        case CountDimension::Source:
            return u"%1"_s.arg(indexOfKey(allAlertSources(), key), 3, 10, QChar(u'0'));
        case CountDimension::HandlingStatus:
            return u"%1"_s.arg(indexOfKey(allAlertStatuses(), key), 3, 10, QChar(u'0'));
        case CountDimension::Preventable:
            return key == u"yes"_s ? u"0"_s : u"1"_s;
        default:
            return key;
        }
    };
    struct Ranked {
        QList<QString> ranks;
        AlertCountRow row;
    };
    QList<Ranked> ranked;
    for (const Slot &slot : slots) {
        for (const KeyLine &line : std::as_const(lines)) {
            Ranked entry;
            entry.row.from = slot.from;
            entry.row.to = slot.to;
            entry.row.previousFrom = slot.previousFrom;
            entry.row.previousTo = slot.previousTo;
            entry.row.change = CountChange::between(
                sumOver(line.byDay, slot.previousFrom, slot.previousTo, slot.weekday),
                sumOver(line.byDay, slot.from, slot.to, slot.weekday));
            int nextKey = 0;
            for (int i = 0; i < keyFrom.size(); ++i) {
                const CountDimension dimension = request.by[i];
                if (keyFrom[i] == KeyFrom::Period) {
                    entry.row.keys << slot.periodKey;
                    entry.ranks << slot.from.toString(Qt::ISODate);
                    continue;
                }
                if (keyFrom[i] == KeyFrom::Weekday) {
                    entry.row.keys << kWeekdays[slot.weekday - 1];
                    entry.ranks << QString::number(slot.weekday);
                    continue;
                }
                const QString stored = line.keys.value(nextKey++);
                if (dimension == CountDimension::Area) {
                    const bool none = stored.isEmpty();
                    if (!none) {
                        entry.row.areaId = stored.toLongLong();
                    }
                    const QString name = none ? kNoArea : areas->value(stored.toLongLong(), stored);
                    entry.row.keys << name;
                    // Areas in the order of their names; alerts without one last.
                    entry.ranks << u"%1"_s.arg(none ? areaOrder.size() : areaOrder.indexOf(name), 6,
                                               10, QChar(u'0'));
                    continue;
                }
                entry.row.keys << stored;
                entry.ranks << rankOf(dimension, stored);
            }
            // A key with nothing on either side says nothing; an empty period still does.
            if (onlyTime || entry.row.change.current != 0 || entry.row.change.previous != 0) {
                ranked << entry;
            }
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.ranks < b.ranks; });
    for (const Ranked &entry : std::as_const(ranked)) {
        counts.rows << entry.row;
    }
    return counts;
}

Result<AlertCounts> AlertStatistics::countWindow(int days, QDate to,
                                                 AlertCountRequest request) const {
    if (days < 1 || days > kMaxWindowDays) {
        return Error::usage(
            tr("A window is 1 to %1 days long, not %2.").arg(kMaxWindowDays).arg(days));
    }
    request.to = to.isValid() ? to : stationToday(m_context.clock, m_context.station);
    request.from = request.to.addDays(-(days - 1));
    return count(request);
}

Result<QList<SummaryLine>> AlertStatistics::summary(int year) const {
    const QDate today = stationToday(m_context.clock, m_context.station);
    const QDate from(year, 1, 1);
    const QDate to = std::min(QDate(year, 12, 31), today);
    if (!from.isValid() || from > today) {
        return Error::usage(tr("The year %1 has not begun.").arg(year));
    }
    // Both years are counted under the definition in force on the range's last day, so the
    // comparison is like with like, and the figure reads the same after a later change.
    auto definition = StatisticsDefinitionService(m_context).inForceOn(to);
    SD_RETURN_IF_ERROR(definition);
    QList<SummaryLine> lines;
    for (SummaryMeasure measure : allSummaryMeasures()) {
        AlertCountRequest request{.from = from, .to = to, .compare = CountComparison::Year};
        definition->narrow(measure, request);
        auto counts = count(request);
        SD_RETURN_IF_ERROR(counts);
        lines << SummaryLine{
            measure, year, from, to, counts->rows.value(0).change, request, definition.value()};
    }
    return lines;
}

Result<QStringList> AlertStatistics::verify() const {
    return AlertTallyRepository(m_context.database).verify();
}

} // namespace sd
