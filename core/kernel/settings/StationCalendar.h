#pragma once

#include "core/kernel/common/Clock.h"
#include "core/kernel/settings/StationRepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace sd {

// The station's time zone, in which every day, month and year boundary is computed;
// Asia/Shanghai (the default setting) if the stored name is not one this system knows.
inline QTimeZone stationZone(const QString &timeZone) {
    const QTimeZone zone(timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}
inline QTimeZone stationZone(const Station &station) {
    return stationZone(station.timeZone);
}

// Today's date in the station's time zone (never the desk's), for due dates and checks.
inline QDate stationToday(const Clock &clock, const Station &station) {
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), stationZone(station)).date();
}

} // namespace sd
