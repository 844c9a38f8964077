#include "core/responsibility/AssetImporter.h"

#include "core/kernel/documents/CsvImportOutcome.h"
#include "core/kernel/storage/Transaction.h"
#include "core/responsibility/AssetCsv.h"
#include "core/responsibility/AssetRepository.h"
#include "core/responsibility/OwnershipRepository.h"

#include <QFile>
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
} // namespace

Result<CsvImportReport>
AssetImporter::importFile(const QString &path, const CsvImportOptions &options,
                          const std::function<bool(qint64, qint64)> &progress) const {
    SD_RETURN_IF_ERROR(m_access.require(Permission::EditOrganisation, u"asset_import"_s, path));
    // Every tag the file names, before any row is stored: a generated tag must not take one
    // that a later row names, and a tag named twice is refused on its second line.
    CsvKeyIndex namedTags([](const QString &first) { return tagCode(first.trimmed().toUpper()); });
    auto facts = CsvImportFile::inspect(path, &namedTags);
    SD_RETURN_IF_ERROR(facts);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::validation(u"file"_s, tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const qint64 totalBytes = file.size();
    const QStringList &columns = AssetCsv::columns();
    SD_RETURN_IF_ERROR(CsvImportFile::checkHeader(file, path, columns, facts->encoding));
    CsvRejects rejects;

    static const QRegularExpression tagPattern(u"^ZC-\\d{5}$"_s);
    const QString reason = tr("Imported from %1").arg(QFileInfo(path).fileName());
    const QString actor = m_session.actor().name;
    const AssetCsv csv;
    CsvImportReport report;
    Status outcome = inTransaction(m_database, [&]() -> Status {
        // From the top on every attempt: a retried transaction must not see a used reader.
        report = CsvImportReport();
        report.sha256 = facts->sha256;
        if (Status opened =
                rejects.open(options.skipInvalid ? options.rejectsPath : QString(), columns);
            !opened) {
            return opened;
        }
        const qint64 now = m_clock.nowMs();
        const AssetRepository repository(m_database, m_responsibility.today());
        const OwnershipRepository history(m_database, m_responsibility.today());
        RoomIndex rooms;
        auto stored = m_responsibility.rooms();
        SD_RETURN_IF_ERROR(stored);
        for (const AssetRow &room : stored.value()) {
            rooms.add(room.asset);
        }
        QHash<QString, OwnerRef> owners;
        QHash<QString, QString> ownerProblems;

        file.seek(0);
        CsvReader reader(file, facts->encoding);
        CsvRecord record;
        reader.next(record); // the header, checked above
        while (reader.next(record)) {
            if (record.fields.size() == 1 && record.fields.first().isEmpty()) {
                continue; // a blank line
            }
            ++report.rows;
            QStringList problems;
            auto note = [&](const QString &column, const QString &message) {
                report.problems.add(record.line, column, message);
                problems << column + u": "_s + message;
            };
            Asset asset;
            std::optional<AssetRow> existing;
            if (record.fields.size() != columns.size()) {
                note(columns.first(), tr("expected %1 fields, found %2")
                                          .arg(columns.size())
                                          .arg(record.fields.size()));
            } else {
                for (const auto &problem : csv.parse(record.fields, asset)) {
                    note(problem.column, problem.message);
                }
                const QString ownerText = record.fields[AssetCsv::OwnerColumn].trimmed();
                if (!ownerText.isEmpty() && !owners.contains(ownerText) &&
                    !ownerProblems.contains(ownerText)) {
                    auto found = m_ownership.findOwner(ownerText, u"owner"_s);
                    if (found) {
                        owners.insert(ownerText, found->ref);
                    } else if (found.error().code == ErrorCode::Validation) {
                        ownerProblems.insert(ownerText, found.error().message);
                    } else {
                        return found.error();
                    }
                }
                if (ownerProblems.contains(ownerText)) {
                    note(u"owner"_s, ownerProblems.value(ownerText));
                }
                asset.owner = owners.value(ownerText);

                const QString location = record.fields[AssetCsv::LocationColumn].trimmed();
                if (tagPattern.match(location.toUpper()).hasMatch()) {
                    if (const auto room = rooms.byTag(location.toUpper())) {
                        asset.locationAssetId = room;
                    } else {
                        auto other = repository.findByTag(location.toUpper());
                        SD_RETURN_IF_ERROR(other);
                        if (other.value()) {
                            asset.locationAssetId = other.value()->asset.id; // refused below
                        } else {
                            note(u"location"_s,
                                 tr("no room or area has tag %1").arg(location.toUpper()));
                        }
                    }
                } else if (const QList<qint64> named = rooms.byName(location); named.size() == 1) {
                    asset.locationAssetId = named.first();
                } else if (named.size() > 1) {
                    note(u"location"_s,
                         tr("%n rooms or areas are named \"%1\"; give the tag instead", nullptr,
                            int(named.size()))
                             .arg(location));
                } else {
                    asset.locationText = location;
                }

                if (const auto code = tagCode(asset.tag)) {
                    if (const auto first = namedTags.firstLine(*code);
                        first && *first < record.line) {
                        note(u"tag"_s, tr("tag %1 is already on line %2 of this file")
                                           .arg(asset.tag)
                                           .arg(*first));
                    }
                }
            }
            if (problems.isEmpty() && !asset.tag.isEmpty()) {
                auto found = repository.findByTag(asset.tag);
                SD_RETURN_IF_ERROR(found);
                existing = found.value();
                if (existing && !options.update) {
                    note(u"tag"_s, tr("%1 (%2) already exists (use --update to change it)")
                                       .arg(asset.tag, existing->asset.name));
                } else if (existing) {
                    asset.id = existing->asset.id;
                    asset.rowVersion = existing->asset.rowVersion;
                    asset.lastCheckedOn = existing->asset.lastCheckedOn;
                }
            }
            if (problems.isEmpty()) {
                if (Status valid = m_responsibility.validateAsset(asset); !valid) {
                    if (valid.error().code != ErrorCode::Validation) {
                        return valid;
                    }
                    note(AssetCsv::columnOf(valid.error().field), valid.error().message);
                }
            }
            if (problems.isEmpty() && existing && existing->asset.kind == AssetKind::Room &&
                asset.kind != AssetKind::Room) {
                AssetFilter inside;
                inside.locationAssetId = asset.id;
                auto count = repository.count(inside);
                SD_RETURN_IF_ERROR(count);
                if (count.value() > 0) {
                    note(u"kind"_s, tr("%n item(s) are located in %1; it stays a room or area",
                                       nullptr, count.value())
                                        .arg(existing->asset.tag));
                }
            }

            if (!problems.isEmpty()) {
                ++report.rejected;
                if (Status kept = rejects.add(record.fields, problems); !kept) {
                    return kept;
                }
            } else if (existing && sameContent(existing->asset, asset)) {
                ++report.unchanged;
            } else if (existing) {
                auto row = repository.update(asset, now, actor);
                SD_RETURN_IF_ERROR(row);
                if (!(existing->asset.owner == row->asset.owner)) {
                    if (Status logged =
                            history.addHistory(OwnedItem::Type::Asset, row->asset.id,
                                               existing->owner, row->owner, now, actor, reason);
                        !logged) {
                        return logged;
                    }
                }
                if (row->asset.kind == AssetKind::Room) {
                    rooms.add(row->asset);
                }
                ++report.updated;
            } else {
                if (asset.tag.isEmpty()) {
                    auto tag = repository.nextTag();
                    SD_RETURN_IF_ERROR(tag);
                    // Above every stored tag, so only the file's own can be in the way.
                    qint64 code = tagCode(tag.value()).value_or(0);
                    while (namedTags.contains(code)) {
                        ++code;
                    }
                    asset.tag = tagOf(code);
                }
                auto row = repository.insert(asset, now, actor);
                SD_RETURN_IF_ERROR(row);
                if (Status logged =
                        history.addHistory(OwnedItem::Type::Asset, row->asset.id, std::nullopt,
                                           row->owner, now, actor, reason);
                    !logged) {
                    return logged;
                }
                if (row->asset.kind == AssetKind::Room) {
                    rooms.add(row->asset);
                }
                ++report.inserted;
            }
            if (progress && report.rows % kProgressEvery == 0 &&
                !progress(reader.bytesRead(), totalBytes)) {
                report.cancelled = true;
                return Error{ErrorCode::Usage, tr("Import cancelled"), {}, {}};
            }
        }
        if (reader.error()) {
            return reader.error().value();
        }
        if (!report.problems.isEmpty() && !options.skipInvalid) {
            return Error::validation(u"file"_s, report.problems.report());
        }
        if (Status audited =
                m_audit.append({u"asset.import"_s, u"asset_import"_s, path, u"success"_s,
                                u"sha256=%1 rows=%2 inserted=%3 updated=%4 unchanged=%5 "
                                u"rejected=%6"_s.arg(report.sha256)
                                    .arg(report.rows)
                                    .arg(report.inserted)
                                    .arg(report.updated)
                                    .arg(report.unchanged)
                                    .arg(report.rejected)});
            !audited) {
            return audited;
        }
        // Last before COMMIT: the rejected rows are on disk before any good row is stored,
        // and a file that cannot be written stores nothing.
        return rejects.commit();
    });
    if (progress && outcome) {
        progress(totalBytes, totalBytes);
    }
    return settleCsvImport(outcome, std::move(report), options, rejects, m_audit, u"asset"_s, path);
}

} // namespace sd
