#pragma once

#include "core/organisation/OwnerRef.h"

#include <QString>
#include <optional>

namespace sd {

// An owner resolved for display: the person (name, badge) or the unit with its
// accountable leader. orphaned when the person has left or the unit has no active leader.
struct OwnerInfo {
    OwnerRef ref;
    QString name;  // the person's or the unit's name
    QString badge; // the person's badge; empty for a unit
    QString accountableName;
    QString accountableBadge;
    bool orphaned = false;

    // "张三（031001）", or "合成作战党小组 — leader: 张三" as lists show it.
    QString display() const;
    // The owner alone: the person as personLabel writes them, or the unit's name.
    QString label() const;
};

// Something an owner answers for, as refusals, checks and hand-overs list it.
struct OwnedItem {
    enum class Type { Asset, Task };
    Type type = Type::Asset;
    qint64 id = 0;
    QString code; // the asset's tag, or "T-<id>" for a task
    QString name; // the asset's name or the task's title
    OwnerInfo owner;
};

QString toKey(OwnedItem::Type type); // "asset" / "task", as stored in the history

// One change of owner, with both owners' names as they were at the time.
struct OwnershipChange {
    qint64 id = 0;
    OwnedItem::Type itemType = OwnedItem::Type::Asset;
    qint64 itemId = 0;
    QString fromLabel; // empty for the first owner
    QString toLabel;
    qint64 changedAt = 0;
    QString changedBy;
    QString reason;
};

// One line of the accountability board.
struct OwnerLoad {
    OwnerInfo owner;
    int assets = 0;
    int tasks = 0;
    int overdueTasks = 0;
    int overdueChecks = 0;
};

} // namespace sd
