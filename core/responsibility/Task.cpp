#include "core/responsibility/Task.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Task)
};

const std::array<std::pair<Recurrence, const char16_t *>, 6> kKeys = {{
    {Recurrence::Once, u"once"},
    {Recurrence::Daily, u"daily"},
    {Recurrence::Weekly, u"weekly"},
    {Recurrence::Monthly, u"monthly"},
    {Recurrence::Quarterly, u"quarterly"},
    {Recurrence::Yearly, u"yearly"},
}};

QDate occurrence(const QDate &start, Recurrence recurrence, qint64 n) {
    switch (recurrence) {
    case Recurrence::Once:
        return {};
    case Recurrence::Daily:
        return start.addDays(n);
    case Recurrence::Weekly:
        return start.addDays(7 * n);
    case Recurrence::Monthly:
        return start.addMonths(static_cast<int>(n));
    case Recurrence::Quarterly:
        return start.addMonths(static_cast<int>(3 * n));
    case Recurrence::Yearly:
        return start.addYears(static_cast<int>(n));
    }
    return {};
}
} // namespace

QString toKey(Recurrence recurrence) {
    for (const auto &[candidate, key] : kKeys) {
        if (candidate == recurrence) {
            return QString::fromUtf16(key);
        }
    }
    return {};
}

std::optional<Recurrence> recurrenceFromKey(const QString &key) {
    for (const auto &[recurrence, candidate] : kKeys) {
        if (key == QString::fromUtf16(candidate)) {
            return recurrence;
        }
    }
    return std::nullopt;
}

QString displayName(Recurrence recurrence) {
    switch (recurrence) {
    case Recurrence::Once:
        return Tr::tr("One-off");
    case Recurrence::Daily:
        return Tr::tr("Daily");
    case Recurrence::Weekly:
        return Tr::tr("Weekly");
    case Recurrence::Monthly:
        return Tr::tr("Monthly");
    case Recurrence::Quarterly:
        return Tr::tr("Quarterly");
    case Recurrence::Yearly:
        return Tr::tr("Yearly");
    }
    return {};
}

QList<Recurrence> allRecurrences() {
    QList<Recurrence> result;
    for (const auto &entry : kKeys) {
        result << entry.first;
    }
    return result;
}

QDate nextOccurrence(const QDate &startsOn, Recurrence recurrence, const QDate &after) {
    if (recurrence == Recurrence::Once || !startsOn.isValid() || !after.isValid()) {
        return {};
    }
    if (startsOn > after) {
        return startsOn;
    }
    // Jump close by the average period length, then step: never more than a few steps.
    qint64 approxDays = 1;
    switch (recurrence) {
    case Recurrence::Weekly:
        approxDays = 7;
        break;
    case Recurrence::Monthly:
        approxDays = 31;
        break;
    case Recurrence::Quarterly:
        approxDays = 92;
        break;
    case Recurrence::Yearly:
        approxDays = 366;
        break;
    default:
        break;
    }
    qint64 n = std::max<qint64>(0, startsOn.daysTo(after) / approxDays);
    while (occurrence(startsOn, recurrence, n) > after && n > 0) {
        --n;
    }
    while (occurrence(startsOn, recurrence, n) <= after) {
        ++n;
    }
    return occurrence(startsOn, recurrence, n);
}

} // namespace sd
