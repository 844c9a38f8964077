#include "core/duty/ShiftPattern.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kField = u"duty_shift_pattern"_s;
constexpr int kDayMinutes = 24 * 60;

int minuteOfDay(const QTime &time) {
    return time.hour() * 60 + time.minute();
}

QString clock(int minutes) {
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}
} // namespace

ShiftPattern ShiftPattern::defaultPattern() {
    ShiftPattern pattern;
    pattern.m_shifts = {{u"duty"_s, QTime(8, 30), kDayMinutes}};
    return pattern;
}

Result<ShiftPattern> ShiftPattern::parse(const QString &text) {
    static const QRegularExpression shiftRe(
        u"^\\s*([a-z][a-z0-9_]*)\\s*=\\s*(\\d{1,2}):(\\d{2})\\s*\\+\\s*(\\d{1,2}):(\\d{2})\\s*$"_s);
    QList<ShiftDefinition> shifts;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const auto match = shiftRe.match(part);
        const QTime start = match.hasMatch()
                                ? QTime(match.captured(2).toInt(), match.captured(3).toInt())
                                : QTime();
        const int minutes = match.captured(4).toInt() * 60 + match.captured(5).toInt();
        if (!match.hasMatch() || !start.isValid() || match.captured(5).toInt() >= 60) {
            return Error::validation(kField,
                                     tr("\"%1\" is not a shift: write key=HH:MM+HH:MM (its start "
                                        "and length), e.g. day=08:30+12:00.")
                                         .arg(part.trimmed()));
        }
        shifts << ShiftDefinition{match.captured(1), start, minutes};
    }
    return fromShifts(shifts);
}

Result<ShiftPattern> ShiftPattern::fromShifts(QList<ShiftDefinition> shifts) {
    if (shifts.isEmpty()) {
        return Error::validation(kField, tr("The shift pattern needs at least one shift."));
    }
    std::sort(shifts.begin(), shifts.end(), [](const auto &a, const auto &b) {
        return minuteOfDay(a.start) < minuteOfDay(b.start);
    });
    int total = 0;
    for (qsizetype i = 0; i < shifts.size(); ++i) {
        const ShiftDefinition &shift = shifts.at(i);
        static const QRegularExpression keyRe(u"^[a-z][a-z0-9_]*$"_s);
        if (!keyRe.match(shift.key).hasMatch()) {
            return Error::validation(kField,
                                     tr("\"%1\" is not a shift key: use lower-case letters, "
                                        "digits and _, starting with a letter.")
                                         .arg(shift.key));
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (shifts.at(j).key == shift.key) {
                return Error::validation(kField, tr("The shift %1 is named twice.").arg(shift.key));
            }
        }
        if (!shift.start.isValid() || shift.minutes <= 0 || shift.minutes > kDayMinutes) {
            return Error::validation(kField, tr("The shift %1 must last more than nothing and at "
                                                "most 24 hours.")
                                                 .arg(shift.key));
        }
        total += shift.minutes;
        const ShiftDefinition &next = shifts.at((i + 1) % shifts.size());
        const int endsAt = (minuteOfDay(shift.start) + shift.minutes) % kDayMinutes;
        if (endsAt != minuteOfDay(next.start) || total > kDayMinutes) {
            return Error::validation(
                kField,
                tr("The shifts must cover the 24 hours without gap or overlap: %1 ends "
                   "at %2, but %3 starts at %4.")
                    .arg(shift.key, clock(endsAt), next.key, clock(minuteOfDay(next.start))));
        }
    }
    if (total != kDayMinutes) {
        return Error::validation(
            kField, tr("The shifts must add up to 24 hours, not %1.").arg(clock(total)));
    }
    ShiftPattern pattern;
    pattern.m_shifts = shifts;
    return pattern;
}

QStringList ShiftPattern::keys() const {
    QStringList keys;
    for (const ShiftDefinition &shift : m_shifts) {
        keys << shift.key;
    }
    return keys;
}

std::optional<ShiftDefinition> ShiftPattern::find(const QString &key) const {
    for (const ShiftDefinition &shift : m_shifts) {
        if (shift.key == key) {
            return shift;
        }
    }
    return std::nullopt;
}

QString ShiftPattern::toText() const {
    QStringList parts;
    for (const ShiftDefinition &shift : m_shifts) {
        parts << u"%1=%2+%3"_s.arg(shift.key, clock(minuteOfDay(shift.start)),
                                   clock(shift.minutes));
    }
    return parts.join(u',');
}

std::optional<ShiftPattern::Span> ShiftPattern::span(const QDate &date, const QString &key,
                                                     const QTimeZone &zone) const {
    const auto shift = find(key);
    if (!shift || !date.isValid()) {
        return std::nullopt;
    }
    const qint64 startsAt = QDateTime(date, shift->start, zone).toMSecsSinceEpoch();
    return Span{startsAt, startsAt + qint64(shift->minutes) * 60 * 1000};
}

} // namespace sd
