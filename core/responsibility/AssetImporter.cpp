#include "core/responsibility/AssetImporter.h"

#include "core/kernel/documents/CsvImportRun.h"
#include "core/responsibility/AssetCsv.h"
#include "core/responsibility/AssetRepository.h"
#include "core/responsibility/OwnershipRepository.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kProgressEvery = 200;

// ZC-00042 as 42, for sets of tags; nullopt for anything that is not a tag code.
std::optional<qint64> tagCode(const QString &tag) {
    static const QRegularExpression pattern(u"^ZC-(\\d{5})$"_s);
    const auto match = pattern.match(tag);
    return match.hasMatch() ? std::optional<qint64>(match.captured(1).toLongLong()) : std::nullopt;
}

QString tagOf(qint64 code) {
    return u"ZC-%1"_s.arg(code, 5, 10, QChar(u'0'));
}

bool sameContent(const Asset &a, const Asset &b) {
    return a.name == b.name && a.kind == b.kind && a.locationAssetId == b.locationAssetId &&
           a.locationText == b.locationText && a.status == b.status &&
           a.acquiredOn == b.acquiredOn && a.nextCheckOn == b.nextCheckOn && a.notes == b.notes &&
           a.owner == b.owner;
}

// Rooms and areas by tag and by name, including those the file has added so far, so a
// location can name a room on an earlier line.
class RoomIndex {
public:
    void add(const Asset &room) {
        m_byTag.insert(room.tag, room.id);
        QList<qint64> &ids = m_byName[room.name];
        if (!ids.contains(room.id)) {
            ids << room.id;
        }
    }
    std::optional<qint64> byTag(const QString &tag) const {
        return m_byTag.contains(tag) ? std::optional<qint64>(m_byTag.value(tag)) : std::nullopt;
    }
    QList<qint64> byName(const QString &name) const { return m_byName.value(name); }

private:
    QHash<QString, qint64> m_byTag;
    QHash<QString, QList<qint64>> m_byName;
};

// The asset file's rows, with the asset dialog's checks: the owner and the location are
// looked up (a room on an earlier line counts), an existing tag is updated with --update,
// and every new owner goes into the ownership history.
class AssetRows : public CsvImportRows {
    Q_DECLARE_TR_FUNCTIONS(sd::AssetImporter)

public:
    AssetRows(const Database &database, const ResponsibilityService &responsibility,
              const OwnershipService &ownership, const CsvKeyIndex &namedTags, qint64 now,
              QString actor, QString reason, const CsvImportOptions &options)
        : m_responsibility(responsibility)
        , m_ownership(ownership)
        , m_namedTags(namedTags)
        , m_now(now)
        , m_actor(std::move(actor))
        , m_reason(std::move(reason))
        , m_options(options)
        , m_repository(database, responsibility.today())
        , m_history(database, responsibility.today()) {}

    Status begin() override {
        auto stored = m_responsibility.rooms();
        SD_RETURN_IF_ERROR(stored);
        for (const AssetRow &room : stored.value()) {
            m_rooms.add(room.asset);
        }
        return {};
    }

    Result<CsvRowStored> store(CsvImportRow &row) override {
        Asset asset;
        for (const auto &problem : m_csv.parse(row.fields(), asset)) {
            row.note(problem.column, problem.message);
        }
        SD_RETURN_IF_ERROR(findOwner(row, asset));
        SD_RETURN_IF_ERROR(findLocation(row, asset));
        if (const auto code = tagCode(asset.tag)) {
            if (const auto first = m_namedTags.firstLine(*code); first && *first < row.line()) {
                row.note(
                    u"tag"_s,
                    tr("tag %1 is already on line %2 of this file").arg(asset.tag).arg(*first));
            }
        }
        std::optional<AssetRow> existing;
        if (row.ok() && !asset.tag.isEmpty()) {
            auto found = m_repository.findByTag(asset.tag);
            SD_RETURN_IF_ERROR(found);
            existing = found.value();
            if (existing && !m_options.update) {
                row.note(u"tag"_s, tr("%1 (%2) already exists (use --update to change it)")
                                       .arg(asset.tag, existing->asset.name));
            } else if (existing) {
                asset.id = existing->asset.id;
                asset.rowVersion = existing->asset.rowVersion;
                asset.lastCheckedOn = existing->asset.lastCheckedOn;
            }
        }
        if (row.ok()) {
            if (Status valid = m_responsibility.validateAsset(asset); !valid) {
                if (valid.error().code != ErrorCode::Validation) {
                    return valid.error();
                }
                row.note(AssetCsv::columnOf(valid.error().field), valid.error().message);
            }
        }
        if (row.ok() && existing && existing->asset.kind == AssetKind::Room &&
            asset.kind != AssetKind::Room) {
            AssetFilter inside;
            inside.locationAssetId = asset.id;
            auto count = m_repository.count(inside);
            SD_RETURN_IF_ERROR(count);
            if (count.value() > 0) {
                row.note(u"kind"_s, tr("%n item(s) are located in %1; it stays a room or area",
                                       nullptr, count.value())
                                        .arg(existing->asset.tag));
            }
        }
        if (!row.ok()) {
            return CsvRowStored::Nothing;
        }
        if (existing) {
            return update(*existing, asset);
        }
        return insert(asset);
    }

private:
    Status findOwner(CsvImportRow &row, Asset &asset) {
        const QString ownerText = row.fields()[AssetCsv::OwnerColumn].trimmed();
        if (!ownerText.isEmpty() && !m_owners.contains(ownerText) &&
            !m_ownerProblems.contains(ownerText)) {
            auto found = m_ownership.findOwner(ownerText, u"owner"_s);
            if (found) {
                m_owners.insert(ownerText, found->ref);
            } else if (found.error().code == ErrorCode::Validation) {
                m_ownerProblems.insert(ownerText, found.error().message);
            } else {
                return found.error();
            }
        }
        if (m_ownerProblems.contains(ownerText)) {
            row.note(u"owner"_s, m_ownerProblems.value(ownerText));
        }
        asset.owner = m_owners.value(ownerText);
        return {};
    }

    Status findLocation(CsvImportRow &row, Asset &asset) const {
        static const QRegularExpression tagPattern(u"^ZC-\\d{5}$"_s);
        const QString location = row.fields()[AssetCsv::LocationColumn].trimmed();
        if (tagPattern.match(location.toUpper()).hasMatch()) {
            if (const auto room = m_rooms.byTag(location.toUpper())) {
                asset.locationAssetId = room;
            } else {
                auto other = m_repository.findByTag(location.toUpper());
                SD_RETURN_IF_ERROR(other);
                if (other.value()) {
                    asset.locationAssetId = other.value()->asset.id; // refused below
                } else {
                    row.note(u"location"_s,
                             tr("no room or area has tag %1").arg(location.toUpper()));
                }
            }
        } else if (const QList<qint64> named = m_rooms.byName(location); named.size() == 1) {
            asset.locationAssetId = named.first();
        } else if (named.size() > 1) {
            row.note(u"location"_s, tr("%n rooms or areas are named \"%1\"; give the tag instead",
                                       nullptr, int(named.size()))
                                        .arg(location));
        } else {
            asset.locationText = location;
        }
        return {};
    }

    Result<CsvRowStored> update(const AssetRow &existing, const Asset &asset) {
        if (sameContent(existing.asset, asset)) {
            return CsvRowStored::Unchanged;
        }
        auto row = m_repository.update(asset, m_now, m_actor);
        SD_RETURN_IF_ERROR(row);
        if (!(existing.asset.owner == row->asset.owner)) {
            SD_RETURN_IF_ERROR(m_history.addHistory(OwnedItem::Type::Asset, row->asset.id,
                                                    existing.owner, row->owner, m_now, m_actor,
                                                    m_reason));
        }
        if (row->asset.kind == AssetKind::Room) {
            m_rooms.add(row->asset);
        }
        return CsvRowStored::Updated;
    }

    Result<CsvRowStored> insert(Asset asset) {
        if (asset.tag.isEmpty()) {
            auto tag = m_repository.nextTag();
            SD_RETURN_IF_ERROR(tag);
            // Above every stored tag, so only the file's own can be in the way.
            qint64 code = tagCode(tag.value()).value_or(0);
            while (m_namedTags.contains(code)) {
                ++code;
            }
            asset.tag = tagOf(code);
        }
        auto row = m_repository.insert(asset, m_now, m_actor);
        SD_RETURN_IF_ERROR(row);
        SD_RETURN_IF_ERROR(m_history.addHistory(OwnedItem::Type::Asset, row->asset.id, std::nullopt,
                                                row->owner, m_now, m_actor, m_reason));
        if (row->asset.kind == AssetKind::Room) {
            m_rooms.add(row->asset);
        }
        return CsvRowStored::Inserted;
    }

    const ResponsibilityService &m_responsibility;
    const OwnershipService &m_ownership;
    const CsvKeyIndex &m_namedTags;
    qint64 m_now;
    QString m_actor;
    QString m_reason;
    const CsvImportOptions &m_options;
    const AssetCsv m_csv;
    const AssetRepository m_repository;
    const OwnershipRepository m_history;
    RoomIndex m_rooms;
    QHash<QString, OwnerRef> m_owners;
    QHash<QString, QString> m_ownerProblems;
};

} // namespace

Result<CsvImportReport>
AssetImporter::importFile(const QString &path, const CsvImportOptions &options,
                          const std::function<bool(qint64, qint64)> &progress) const {
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"asset_import"_s, path));
    CsvKeyIndex namedTags([](const QString &first) { return tagCode(first.trimmed().toUpper()); });
    const QString reason = tr("Imported from %1").arg(QFileInfo(path).fileName());
    const QString actor = m_context.session.actor().name;
    const CsvImportRun run(m_context.database, m_context.audit,
                           {u"asset"_s, AssetCsv::columns(), kProgressEvery, true});
    return run.run(
        path, options, &namedTags,
        [&] {
            return std::make_unique<AssetRows>(m_context.database, m_responsibility, m_ownership,
                                               namedTags, m_context.clock.nowMs(), actor, reason,
                                               options);
        },
        progress);
}

} // namespace sd
