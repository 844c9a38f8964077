#include "core/responsibility/Asset.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Asset)
};

const std::array<std::pair<AssetKind, const char16_t *>, 8> kKinds = {{
    {AssetKind::Equipment, u"equipment"},
    {AssetKind::Vehicle, u"vehicle"},
    {AssetKind::It, u"it"},
    {AssetKind::Room, u"room"},
    {AssetKind::Plant, u"plant"},
    {AssetKind::Furniture, u"furniture"},
    {AssetKind::Document, u"document"},
    {AssetKind::Other, u"other"},
}};

const std::array<std::pair<AssetStatus, const char16_t *>, 4> kStatuses = {{
    {AssetStatus::InUse, u"in_use"},
    {AssetStatus::InStorage, u"in_storage"},
    {AssetStatus::UnderRepair, u"under_repair"},
    {AssetStatus::Retired, u"retired"},
}};

template <typename E, size_t N>
QString keyOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value) {
    for (const auto &[candidate, key] : table) {
        if (candidate == value) {
            return QString::fromUtf16(key);
        }
    }
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &key) {
    for (const auto &[value, candidate] : table) {
        if (key == QString::fromUtf16(candidate)) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

QString toKey(AssetKind kind) {
    return keyOf(kKinds, kind);
}

std::optional<AssetKind> assetKindFromKey(const QString &key) {
    return valueOf(kKinds, key);
}

QString displayName(AssetKind kind) {
    switch (kind) {
    case AssetKind::Equipment:
        return Tr::tr("Equipment");
    case AssetKind::Vehicle:
        return Tr::tr("Vehicle");
    case AssetKind::It:
        return Tr::tr("IT");
    case AssetKind::Room:
        return Tr::tr("Room or area");
    case AssetKind::Plant:
        return Tr::tr("Plant");
    case AssetKind::Furniture:
        return Tr::tr("Furniture");
    case AssetKind::Document:
        return Tr::tr("Document");
    case AssetKind::Other:
        return Tr::tr("Other");
    }
    return {};
}

QList<AssetKind> allAssetKinds() {
    QList<AssetKind> kinds;
    for (const auto &entry : kKinds) {
        kinds << entry.first;
    }
    return kinds;
}

QString toKey(AssetStatus status) {
    return keyOf(kStatuses, status);
}

std::optional<AssetStatus> assetStatusFromKey(const QString &key) {
    return valueOf(kStatuses, key);
}

QString displayName(AssetStatus status) {
    switch (status) {
    case AssetStatus::InUse:
        return Tr::tr("In use");
    case AssetStatus::InStorage:
        return Tr::tr("In storage");
    case AssetStatus::UnderRepair:
        return Tr::tr("Under repair");
    case AssetStatus::Retired:
        return Tr::tr("Retired");
    }
    return {};
}

QList<AssetStatus> allAssetStatuses() {
    QList<AssetStatus> statuses;
    for (const auto &entry : kStatuses) {
        statuses << entry.first;
    }
    return statuses;
}

} // namespace sd
