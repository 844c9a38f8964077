#include "core/responsibility/Asset.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Asset)
};

constexpr std::array<EnumKey<AssetKind>, 8> kKinds{{
    {AssetKind::Equipment, u"equipment", QT_TRANSLATE_NOOP("sd::Asset", "Equipment")},
    {AssetKind::Vehicle, u"vehicle", QT_TRANSLATE_NOOP("sd::Asset", "Vehicle")},
    {AssetKind::It, u"it", QT_TRANSLATE_NOOP("sd::Asset", "IT")},
    {AssetKind::Room, u"room", QT_TRANSLATE_NOOP("sd::Asset", "Room or area")},
    {AssetKind::Plant, u"plant", QT_TRANSLATE_NOOP("sd::Asset", "Plant")},
    {AssetKind::Furniture, u"furniture", QT_TRANSLATE_NOOP("sd::Asset", "Furniture")},
    {AssetKind::Document, u"document", QT_TRANSLATE_NOOP("sd::Asset", "Document")},
    {AssetKind::Other, u"other", QT_TRANSLATE_NOOP("sd::Asset", "Other")},
}};

constexpr std::array<EnumKey<AssetStatus>, 4> kStatuses{{
    {AssetStatus::InUse, u"in_use", QT_TRANSLATE_NOOP("sd::Asset", "In use")},
    {AssetStatus::InStorage, u"in_storage", QT_TRANSLATE_NOOP("sd::Asset", "In storage")},
    {AssetStatus::UnderRepair, u"under_repair", QT_TRANSLATE_NOOP("sd::Asset", "Under repair")},
    {AssetStatus::Retired, u"retired", QT_TRANSLATE_NOOP("sd::Asset", "Retired")},
}};

} // namespace

QString toKey(AssetKind kind) {
    return keyOf(kKinds, kind);
}

std::optional<AssetKind> assetKindFromKey(const QString &key) {
    return valueOf(kKinds, key);
}

QString displayName(AssetKind kind) {
    return nameOf<Tr>(kKinds, kind);
}

QList<AssetKind> allAssetKinds() {
    return valuesOf(kKinds);
}

QString toKey(AssetStatus status) {
    return keyOf(kStatuses, status);
}

std::optional<AssetStatus> assetStatusFromKey(const QString &key) {
    return valueOf(kStatuses, key);
}

QString displayName(AssetStatus status) {
    return nameOf<Tr>(kStatuses, status);
}

QList<AssetStatus> allAssetStatuses() {
    return valuesOf(kStatuses);
}

} // namespace sd
