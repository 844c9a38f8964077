#pragma once

#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>
#include <optional>

namespace sd {

// One shift of the day: its key ("duty", "day", "night"), the time of day it starts at in
// the station's time zone and how long it lasts.
struct ShiftDefinition {
    QString key;
    QTime start;
    int minutes = 0;

    bool operator==(const ShiftDefinition &) const = default;
};

// The station's shifts (the duty_shift_pattern setting): one or more a day that tile the 24
// hours, ordered by their start. Written "key=HH:MM+HH:MM" per shift, comma-separated, e.g.
// "duty=08:30+24:00" (the default: one 24-hour duty from 08:30) or
// "day=08:30+12:00,night=20:30+12:00". A shift belongs to the station date it starts on.
class ShiftPattern {
    Q_DECLARE_TR_FUNCTIONS(sd::ShiftPattern)

public:
    static ShiftPattern defaultPattern();
    // A Validation error (field "duty_shift_pattern") naming what is wrong with the text.
    static Result<ShiftPattern> parse(const QString &text);
    // The shifts, checked: keys unique and plain, lengths positive, and each shift starting
    // where the one before it ends, all round the clock.
    static Result<ShiftPattern> fromShifts(QList<ShiftDefinition> shifts);

    const QList<ShiftDefinition> &shifts() const { return m_shifts; }
    QStringList keys() const;
    std::optional<ShiftDefinition> find(const QString &key) const;
    QString toText() const;

    // When the shift key of date starts and ends (UTC ms) in zone; none for a key not in the
    // pattern. The end is the start plus the length, so a shift keeps its length across a
    // daylight-saving change.
    struct Span {
        qint64 startsAt = 0;
        qint64 endsAt = 0;
    };
    std::optional<Span> span(const QDate &date, const QString &key, const QTimeZone &zone) const;

    bool operator==(const ShiftPattern &) const = default;

private:
    QList<ShiftDefinition> m_shifts;
};

} // namespace sd
