#pragma once

#include "core/kernel/common/EnumKeys.h"
#include "core/responsibility/Owner.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/responsibility/AssetKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// Anything the station keeps: equipment, a vehicle, a computer, a potted plant, or a
// room or functional area (kind Room), which other assets can then be located in.
struct Asset {
    qint64 id = 0;
    QString tag; // ZC-NNNNN, generated when empty on creation
    QString name;
    AssetKind kind = AssetKind::Equipment;
    std::optional<qint64> locationAssetId; // a Room asset, or
    QString locationText;                  // free text when the place is not an asset
    AssetStatus status = AssetStatus::InUse;
    QDate acquiredOn;
    QDate nextCheckOn;
    QDate lastCheckedOn;
    QString notes;
    OwnerRef owner;

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

// An asset as registers, labels and exports show it.
struct AssetRow {
    Asset asset;
    OwnerInfo owner;
    QString locationName; // the room asset's name, or the free text
    bool checkOverdue = false;
};

// A stocktake of one place: what was expected there and scanned, what was expected but
// not scanned, what was scanned but belongs elsewhere, and codes that match nothing.
struct StocktakeResult {
    QList<AssetRow> found;
    QList<AssetRow> missing;
    QList<AssetRow> unexpected;
    QStringList unknownTags;
};

// What the accountability board counts: everything, or only what a unit answers for
// (owned by the unit or by one of its members), and only assets of one kind (tasks have
// no kind, so choosing a kind leaves them out).
struct BoardFilter {
    std::optional<qint64> unitId;
    std::optional<AssetKind> kind;
};

struct AssetFilter {
    QString text; // tag, name, location or notes
    std::optional<AssetKind> kind;
    std::optional<AssetStatus> status;
    std::optional<OwnerRef> owner;
    std::optional<qint64> locationAssetId;
    std::optional<qint64> accountableUnitId; // owned by the unit or by one of its members
    bool overdueOnly = false;                // next check before today
    bool orphanedOnly = false;
    int offset = 0;
    int limit = 200;
};

} // namespace sd
