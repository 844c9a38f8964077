#include "core/responsibility/ResponsibilityService.h"

#include "core/kernel/security/ChangedFields.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/responsibility/AssetRepository.h"
#include "core/responsibility/OwnershipRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMaxNameLength = 100;
constexpr int kMaxLocationLength = 100;
constexpr int kMaxNotesLength = 1000;

QString changedAssetFields(const Asset &before, const Asset &after) {
    return ChangedFields()
        .compare(before, after, auditField(&Asset::tag, u"tag"), auditField(&Asset::name, u"name"),
                 auditField(&Asset::kind, u"kind"))
        .note(before.locationAssetId != after.locationAssetId ||
                  before.locationText != after.locationText,
              u"location")
        .compare(before, after, auditField(&Asset::status, u"status"),
                 auditField(&Asset::acquiredOn, u"acquired_on"),
                 auditField(&Asset::nextCheckOn, u"next_check_on"),
                 auditField(&Asset::lastCheckedOn, u"last_checked_on"),
                 auditField(&Asset::notes, u"notes"), auditField(&Asset::owner, u"owner"))
        .details();
}
} // namespace

QDate ResponsibilityService::today() const {
    return stationToday(m_context.clock, m_context.station);
}

Status ResponsibilityService::validateOwner(const OwnerRef &owner) const {
    if (!owner.isValid()) {
        return Error::validation(u"owner"_s,
                                 tr("Choose an owner: everything needs a person or a unit "
                                    "that answers for it."));
    }
    auto info = OwnershipRepository(m_context.database, today()).resolve(owner);
    if (!info) {
        if (info.error().code == ErrorCode::NotFound) {
            return Error::validation(u"owner"_s, tr("The chosen owner no longer exists."));
        }
        return info.error();
    }
    if (info->orphaned) {
        return Error::validation(
            u"owner"_s,
            owner.isUnit()
                ? tr("%1 has no active leader, so nobody would answer for it. Give the unit a "
                     "leader or choose another owner.")
                      .arg(info->name)
                : tr("%1 has left the station and cannot own anything.").arg(info->name));
    }
    return {};
}

// ---- assets ---------------------------------------------------------------------------

Result<QList<AssetRow>> ResponsibilityService::assets(const AssetFilter &filter) const {
    return AssetRepository(m_context.database, today()).list(filter);
}

Result<int> ResponsibilityService::countAssets(const AssetFilter &filter) const {
    return AssetRepository(m_context.database, today()).count(filter);
}

Result<AssetRow> ResponsibilityService::asset(qint64 id) const {
    return AssetRepository(m_context.database, today()).find(id);
}

Result<std::optional<AssetRow>> ResponsibilityService::assetByTag(const QString &tag) const {
    return AssetRepository(m_context.database, today()).findByTag(tag.trimmed().toUpper());
}

Result<QList<AssetRow>> ResponsibilityService::rooms() const {
    AssetFilter filter;
    filter.kind = AssetKind::Room;
    filter.limit = 10000;
    return assets(filter);
}

Status ResponsibilityService::validateAsset(const Asset &asset) const {
    static const QRegularExpression tagPattern(u"^ZC-\\d{5}$"_s);
    if (!asset.tag.isEmpty() && !tagPattern.match(asset.tag).hasMatch()) {
        return Error::validation(
            u"tag"_s,
            tr("Tag code \"%1\" is not of the form ZC-NNNNN (five digits).").arg(asset.tag));
    }
    if (asset.name.isEmpty()) {
        return Error::validation(u"name"_s, tr("Enter the item's name."));
    }
    if (asset.name.size() > kMaxNameLength) {
        return Error::validation(u"name"_s,
                                 tr("The name is longer than %1 characters.").arg(kMaxNameLength));
    }
    if (asset.locationText.size() > kMaxLocationLength) {
        return Error::validation(
            u"location"_s,
            tr("The location is longer than %1 characters.").arg(kMaxLocationLength));
    }
    if (asset.notes.size() > kMaxNotesLength) {
        return Error::validation(
            u"notes"_s, tr("The notes are longer than %1 characters.").arg(kMaxNotesLength));
    }
    if (asset.acquiredOn.isValid() && asset.acquiredOn > today()) {
        return Error::validation(u"acquired_on"_s, tr("The acquired date is in the future."));
    }
    if (asset.locationAssetId) {
        if (asset.id != 0 && *asset.locationAssetId == asset.id) {
            return Error::validation(u"location"_s, tr("An item cannot be located in itself."));
        }
        auto room = AssetRepository(m_context.database, today()).find(*asset.locationAssetId);
        if (!room) {
            return Error::validation(u"location"_s, tr("The chosen location no longer exists."));
        }
        if (room->asset.kind != AssetKind::Room) {
            return Error::validation(
                u"location"_s,
                tr("%1 (%2) is not a room or area.").arg(room->asset.name, room->asset.tag));
        }
    }
    if (!asset.tag.isEmpty()) {
        auto same = AssetRepository(m_context.database, today()).findByTag(asset.tag);
        SD_RETURN_IF_ERROR(same);
        if (same.value() && same.value()->asset.id != asset.id) {
            return Error::validation(
                u"tag"_s,
                tr("Tag code %1 is already on %2.").arg(asset.tag, same.value()->asset.name));
        }
    }
    return validateOwner(asset.owner);
}

Result<AssetRow> ResponsibilityService::addAsset(const Asset &draft) const {
    Asset asset = draft;
    asset.id = 0;
    asset.tag = asset.tag.trimmed().toUpper();
    asset.name = asset.name.trimmed();
    asset.locationText = asset.locationAssetId ? QString() : asset.locationText.trimmed();
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"asset"_s, asset.tag));
    return inTransaction(m_context.database, [&]() -> Result<AssetRow> {
        const AssetRepository repository(m_context.database, today());
        SD_RETURN_IF_ERROR(validateAsset(asset));
        Asset stored = asset;
        if (stored.tag.isEmpty()) {
            auto tag = repository.nextTag();
            SD_RETURN_IF_ERROR(tag);
            stored.tag = tag.value();
        }
        auto row =
            repository.insert(stored, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!row) {
            if (m_context.database.dialect().isUniqueViolation(row.error())) {
                return Error::validation(u"tag"_s,
                                         tr("Tag code %1 is already taken.").arg(stored.tag));
            }
            return row.error();
        }
        SD_RETURN_IF_ERROR(OwnershipRepository(m_context.database, today())
                               .addHistory(OwnedItem::Type::Asset, row->asset.id, std::nullopt,
                                           row->owner, m_context.clock.nowMs(),
                                           m_context.session.actor().name, tr("Registered")));
        return m_context.audit.confirm(row,
                                       {u"asset.create"_s, u"asset"_s, row->asset.tag, u"success"_s,
                                        changedAssetFields(Asset{}, row->asset)});
    });
}

Result<AssetRow> ResponsibilityService::updateAsset(const Asset &edited,
                                                    const QString &reason) const {
    Asset asset = edited;
    asset.tag = asset.tag.trimmed().toUpper();
    asset.name = asset.name.trimmed();
    asset.locationText = asset.locationAssetId ? QString() : asset.locationText.trimmed();
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"asset"_s, asset.tag));
    if (asset.tag.isEmpty()) {
        return Error::validation(u"tag"_s, tr("An item keeps its tag code; enter it."));
    }
    return inTransaction(m_context.database, [&]() -> Result<AssetRow> {
        const AssetRepository repository(m_context.database, today());
        auto before = repository.find(asset.id);
        SD_RETURN_IF_ERROR(before);
        SD_RETURN_IF_ERROR(validateAsset(asset));
        if (asset.kind != AssetKind::Room && before->asset.kind == AssetKind::Room) {
            AssetFilter inside;
            inside.locationAssetId = asset.id;
            auto count = repository.count(inside);
            SD_RETURN_IF_ERROR(count);
            if (count.value() > 0) {
                return Error::validation(u"kind"_s,
                                         tr("%n item(s) are located in %1; it stays a room or "
                                            "area until they are moved.",
                                            nullptr, count.value())
                                             .arg(before->asset.name));
            }
        }
        auto row =
            repository.update(asset, m_context.clock.nowMs(), m_context.session.actor().name);
        if (!row) {
            if (m_context.database.dialect().isUniqueViolation(row.error())) {
                return Error::validation(u"tag"_s,
                                         tr("Tag code %1 is already taken.").arg(asset.tag));
            }
            return row.error();
        }
        if (!(before->asset.owner == row->asset.owner)) {
            SD_RETURN_IF_ERROR(OwnershipRepository(m_context.database, today())
                                   .addHistory(OwnedItem::Type::Asset, row->asset.id, before->owner,
                                               row->owner, m_context.clock.nowMs(),
                                               m_context.session.actor().name, reason.trimmed()));
        }
        return m_context.audit.confirm(row,
                                       {u"asset.update"_s, u"asset"_s, row->asset.tag, u"success"_s,
                                        changedAssetFields(before->asset, row->asset)});
    });
}

Result<ResponsibilityService::Stocktake>
ResponsibilityService::stocktake(qint64 locationAssetId, const QStringList &scannedTags,
                                 bool record) const {
    if (record) {
        SD_RETURN_IF_ERROR(m_context.access.require(Permission::EditOrganisation, u"stocktake"_s,
                                                    QString::number(locationAssetId)));
    }
    return inTransaction(m_context.database, [&]() -> Result<Stocktake> {
        const AssetRepository repository(m_context.database, today());
        auto room = repository.find(locationAssetId);
        if (!room || room->asset.kind != AssetKind::Room) {
            return Error::validation(u"location"_s, tr("Choose a room or area to take stock of."));
        }
        AssetFilter expectedFilter;
        expectedFilter.locationAssetId = locationAssetId;
        expectedFilter.limit = 100000;
        auto expected = repository.list(expectedFilter);
        SD_RETURN_IF_ERROR(expected);
        Stocktake result;
        QSet<QString> seen;
        for (const QString &raw : scannedTags) {
            const QString tag = raw.trimmed().toUpper();
            if (tag.isEmpty() || seen.contains(tag)) {
                continue;
            }
            seen.insert(tag);
            auto match = repository.findByTag(tag);
            SD_RETURN_IF_ERROR(match);
            if (!match.value()) {
                result.unknownTags << tag;
            } else if (match.value()->asset.locationAssetId != locationAssetId) {
                result.unexpected << *match.value();
            }
        }
        for (const AssetRow &row : expected.value()) {
            (seen.contains(row.asset.tag) ? result.found : result.missing) << row;
        }
        if (!record) {
            return result;
        }
        for (QList<AssetRow> *list : {&result.found, &result.unexpected}) {
            for (AssetRow &row : *list) {
                SD_RETURN_IF_ERROR(repository.markChecked(row.asset.id, today(),
                                                          m_context.clock.nowMs(),
                                                          m_context.session.actor().name));
                row.asset.lastCheckedOn = today();
            }
        }
        Result<Stocktake> stored(result);
        return m_context.audit.confirm(
            stored, {u"asset.stocktake"_s, u"asset"_s, room->asset.tag, u"success"_s,
                     u"found=%1;missing=%2;unexpected=%3;unknown=%4"_s.arg(result.found.size())
                         .arg(result.missing.size())
                         .arg(result.unexpected.size())
                         .arg(result.unknownTags.size())});
    });
}

Status ResponsibilityService::recordStocktakeOutput(qint64 locationAssetId,
                                                    const QString &action) const {
    static const QStringList kActions{u"print"_s, u"pdf"_s, u"print_preview"_s};
    if (!kActions.contains(action)) {
        return Error::validation(u"action"_s, u"unknown output action %1"_s.arg(action));
    }
    auto room = asset(locationAssetId);
    SD_RETURN_IF_ERROR(room);
    return m_context.audit.record(
        {u"asset.stocktake_"_s + action, u"asset"_s, room->asset.tag, u"success"_s, {}});
}

Result<StocktakeReport> ResponsibilityService::stocktakeReport(qint64 locationAssetId,
                                                               const Stocktake &result,
                                                               bool recorded) const {
    auto room = asset(locationAssetId);
    SD_RETURN_IF_ERROR(room);
    return StocktakeReport(m_context.station.name, room.value(), today(), result,
                           m_context.session.actor().name, recorded);
}

} // namespace sd
