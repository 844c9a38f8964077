#pragma once

#include <QDateTime>
#include <QDateTimeEdit>
#include <QTimeZone>

namespace sd {

// A QDateTimeEdit shows wall-clock time in its own time spec (the desk's local zone), not
// the station's: these put the station's wall-clock time in and read it back, so a desk in
// another zone still types station time.
inline void setStationTime(QDateTimeEdit *edit, qint64 utcMs, const QTimeZone &zone) {
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    edit->setDate(local.date());
    edit->setTime(local.time());
}

inline qint64 stationTime(const QDateTimeEdit *edit, const QTimeZone &zone) {
    return QDateTime(edit->date(), edit->time(), zone).toMSecsSinceEpoch();
}

} // namespace sd
