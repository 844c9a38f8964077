#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/assessment/HonourKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// An honour the station, one of its units or one of its people received. A collective
// honour with no unit belongs to the whole station.
struct Honour {
    qint64 id = 0;
    bool collective = true;
    HonourKind kind = HonourKind::Commendation;
    QString title; // "优秀社区警务室", "全市公安机关十佳社区民警", …
    int year = 0;
    QString awardingBody;
    std::optional<qint64> unitId;
    std::optional<qint64> personId;
    QString citation;

    QString recipientName; // filled when read: unit, person or the station

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

struct HonourFilter {
    std::optional<int> year;
    std::optional<qint64> unitId;
    std::optional<qint64> personId;
};

// A dated event in the station's history: its founding, renamings, moves.
struct StationEvent {
    qint64 id = 0;
    QDate happenedOn;
    QString title;
    QString description;

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

} // namespace sd
