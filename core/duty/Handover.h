#pragma once

#include "core/kernel/common/EnumKeys.h"
#include "core/signatures/Signature.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/duty/HandoverKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// One line of the checklist template the admin edits (a station setting): keys, radios,
// body cameras, vehicles with odometer, persons held, items kept, … key names the line for
// carrying it over, label is what is shown and printed.
struct ChecklistLine {
    QString key;
    QString label;
    ChecklistInput input = ChecklistInput::None;
    bool operator==(const ChecklistLine &) const = default;
};

// One thing handed over: a record of a feature that is still open (by its number), or a
// checklist line. owner is the record's owner as it was when the handover started; holder
// is who answers for it after the check: the incoming officer once accepted, the outgoing
// officer while queried (a fault found at the check stays with the outgoing shift).
struct HandoverItem {
    qint64 id = 0;
    int position = 0; // 1-based, as listed and printed
    HandoverItemKind kind = HandoverItemKind::Checklist;
    QString ref; // the record's number, a task's "TASK-<id>", a checklist line's key
    std::optional<qint64> ownerId;
    QString ownerBadge;
    QString ownerName;
    QString title;
    QString detail; // the record's own state (e.g. "on_scene", "due 2026-03-16")
    ChecklistInput input = ChecklistInput::None;
    QString value; // what the outgoing officer entered on a checklist line
    HandoverItemState state = HandoverItemState::Pending;
    QString note;         // the query's reason, or a note on acceptance
    int carriedTimes = 0; // how many handovers before this one carried it
    std::optional<qint64> holderId;
    qint64 decidedAt = 0;
    QString decidedBy;

    bool decided() const {
        return state == HandoverItemState::Accepted || state == HandoverItemState::Queried;
    }
};

// 交接班记录 JJ-YYYY-NNNN: from the outgoing shift to the one after it.
struct Handover {
    qint64 id = 0;
    QString number;
    QString place;
    qint64 startsAt = 0; // when the handover was started (UTC ms)
    QString outgoingShiftKey;
    QDate outgoingShiftDate;
    qint64 outgoingShiftStartsAt = 0;
    qint64 outgoingShiftEndsAt = 0;
    QString incomingShiftKey;
    QDate incomingShiftDate;
    qint64 incomingShiftStartsAt = 0;
    qint64 incomingShiftEndsAt = 0;
    qint64 outgoingId = 0;
    QString outgoingBadge;
    QString outgoingName;
    qint64 incomingId = 0;
    QString incomingBadge;
    QString incomingName;
    std::optional<qint64> outgoingLeaderId;
    QString outgoingLeaderName;
    std::optional<qint64> incomingLeaderId;
    QString incomingLeaderName;
    QString notes;
    HandoverStatus status = HandoverStatus::Open;
    qint64 sealedAt = 0;
    QString sealedBy;
    QString contentSha256;
    QString sealDigest;
    QString auditHead;                 // the audit chain's head ("SEQ:HASH") when it was sealed
    qint64 responsibilityPassedAt = 0; // the incoming officer's signature time
    qint64 rowVersion = 0;
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
    QList<HandoverItem> items;
    QList<Signature> signatures; // slot 0 the outgoing officer, slot 1 the incoming

    bool sealed() const { return status == HandoverStatus::Sealed; }
    int queriedCount() const;
    const HandoverItem *item(int position) const;
};

// Signature slots of a handover (role Officer).
constexpr int kOutgoingSlot = 0;
constexpr int kIncomingSlot = 1;

// "Outgoing officer" / "Incoming officer" for a signature slot, as verification names them.
QString handoverSignerName(int slot);
// A checklist line's label, or the built-in line's name in the reader's language.
QString checklistLabel(const QString &key, const QString &label);

} // namespace sd
