#pragma once

#include "common/Clock.h"
#include "storage/StationRepository.h"

#include <QDateTime>
#include <QTimeZone>

namespace sd {

// Today's date in the station's time zone (never the desk's), for due dates and checks.
inline QDate stationToday(const Clock &clock, const Station &station) {
    QTimeZone zone(station.timeZone.toUtf8());
    if (!zone.isValid()) {
        zone = QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
    }
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date();
}

} // namespace sd
