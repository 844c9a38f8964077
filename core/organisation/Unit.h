#pragma once

#include "core/kernel/common/EnumKeys.h"

#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/organisation/UnitKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// Any group with a named leader: the station leadership, a party group, a squad,
// an action team or a community police office.
struct Unit {
    qint64 id = 0;
    UnitKind kind = UnitKind::Squad;
    QString name;
    std::optional<qint64> leaderId;
    std::optional<qint64> parentId;
    QList<qint64> memberIds; // sorted, always includes the leader

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

// A unit as lists show it, with its leader and parent resolved to names.
struct UnitSummary {
    Unit unit;
    QString leaderBadge;
    QString leaderName;
    QString parentName;
    int memberCount = 0;
};

// A neighbourhood served by a community police office.
struct CommunityArea {
    qint64 id = 0;
    qint64 officeId = 0;
    QString name;
    QString description;
};

} // namespace sd
