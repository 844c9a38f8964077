#include "core/responsibility/AssetRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/SqlWhere.h"
#include "core/kernel/storage/VersionedTable.h"
#include "core/responsibility/OwnerSql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::AssetRepository)
};

const QString kTagPrefix = u"ZC-"_s;

QString selectColumns() {
    return u"a.id, a.tag, a.name, a.kind, a.location_asset_id, a.location_text, a.status, "
           u"a.acquired_on, a.next_check_on, a.last_checked_on, a.notes, a.row_version, "
           u"a.updated_at, a.updated_by, loc.name, "_s +
           ownersql::columns(u"a"_s);
}
constexpr int kOwnerColumn = 15;

QString fromClause() {
    return u" FROM asset a LEFT JOIN asset loc ON loc.id = a.location_asset_id"_s +
           ownersql::joins(u"a"_s);
}

AssetRow rowFrom(const QSqlQuery &query, const QDate &today) {
    AssetRow row;
    Asset &a = row.asset;
    readColumns(query, 0, a.id, a.tag, a.name, a.kind, a.locationAssetId, a.locationText, a.status,
                a.acquiredOn, a.nextCheckOn, a.lastCheckedOn, a.notes, a.rowVersion, a.updatedAt,
                a.updatedBy);
    row.locationName = a.locationAssetId ? query.value(14).toString() : a.locationText;
    row.owner = ownersql::infoFrom(query, kOwnerColumn);
    a.owner = row.owner.ref;
    row.checkOverdue =
        a.status != AssetStatus::Retired && a.nextCheckOn.isValid() && a.nextCheckOn < today;
    return row;
}

SqlWhere whereClause(const AssetFilter &filter, qint64 stationId, const QDate &today) {
    SqlWhere where(u"a.station_id = ?"_s, stationId);
    where
        .containsText(filter.text,
                      {u"a.tag"_s, u"a.name"_s, u"a.location_text"_s, u"loc.name"_s, u"a.notes"_s})
        .whenSet(filter.kind, u"a.kind = ?"_s)
        .whenSet(filter.status, u"a.status = ?"_s)
        .whenSet(filter.locationAssetId, u"a.location_asset_id = ?"_s);
    if (filter.overdueOnly) {
        where.add(
            u"a.status <> 'retired' AND a.next_check_on IS NOT NULL AND a.next_check_on < ?"_s,
            {today.toString(Qt::ISODate)});
    }
    ownersql::addOwnerFilters(where, u"a"_s, filter);
    return where;
}
const VersionedTable kAssetTable(u"asset"_s,
                                 {u"tag"_s, u"name"_s, u"kind"_s, u"location_asset_id"_s,
                                  u"location_text"_s, u"status"_s, u"acquired_on"_s,
                                  u"next_check_on"_s, u"last_checked_on"_s, u"notes"_s,
                                  u"owner_person_id"_s, u"owner_unit_id"_s});

QVariantList writtenValues(const Asset &asset) {
    return {asset.tag,
            asset.name,
            toKey(asset.kind),
            nullableId(asset.locationAssetId),
            asset.locationText,
            toKey(asset.status),
            nullableDate(asset.acquiredOn),
            nullableDate(asset.nextCheckOn),
            nullableDate(asset.lastCheckedOn),
            asset.notes,
            ownersql::personColumn(asset.owner),
            ownersql::unitColumn(asset.owner)};
}

} // namespace

Result<AssetRow> AssetRepository::find(qint64 id) const {
    return rowSql(m_database.connection(),
                  u"SELECT "_s + selectColumns() + fromClause() +
                      u" WHERE a.id = ? AND a.station_id = ?"_s,
                  {id, m_database.stationId()}, Tr::tr("No asset with id %1").arg(id),
                  [this](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<std::optional<AssetRow>> AssetRepository::findByTag(const QString &tag) const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT "_s + selectColumns() + fromClause() +
                              u" WHERE a.tag = ? AND a.station_id = ?"_s,
                          {tag, m_database.stationId()},
                          [this](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<QList<AssetRow>> AssetRepository::list(const AssetFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId(), m_today);
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + selectColumns() + fromClause() + where.sql() + u" ORDER BY "_s +
                       m_database.dialect().textOrder(u"a.tag"_s) + u" LIMIT ? OFFSET ?"_s,
                   where.valuesAnd({filter.limit, filter.offset}),
                   [this](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<int> AssetRepository::count(const AssetFilter &filter) const {
    const SqlWhere where = whereClause(filter, m_database.stationId(), m_today);
    return countSql(m_database.connection(), u"SELECT COUNT(*)"_s + fromClause() + where.sql(),
                    where.values());
}

Result<QString> AssetRepository::nextTag() const {
    // Codes are fixed width, so the highest text is the highest number.
    auto value = scalarSql(m_database.connection(),
                           u"SELECT MAX(tag) FROM asset WHERE station_id = ? AND tag LIKE 'ZC-%'"_s,
                           {m_database.stationId()});
    SD_RETURN_IF_ERROR(value);
    const int last = value->isNull() ? 0 : value->toString().mid(kTagPrefix.size()).toInt();
    return kTagPrefix + u"%1"_s.arg(last + 1, 5, 10, QChar(u'0'));
}

Result<AssetRow> AssetRepository::insert(const Asset &asset, qint64 nowMs,
                                         const QString &actor) const {
    auto id = kAssetTable.insert(m_database, writtenValues(asset), nowMs, actor);
    SD_RETURN_IF_ERROR(id);
    return find(id.value());
}

Result<AssetRow> AssetRepository::update(const Asset &asset, qint64 nowMs,
                                         const QString &actor) const {
    auto matched = kAssetTable.update(m_database, asset.id, asset.rowVersion, writtenValues(asset),
                                      nowMs, actor);
    SD_RETURN_IF_ERROR(matched);
    return storedOrConflict(matched.value(), find(asset.id), [](const AssetRow &current) {
        return conflictError(Tr::tr("Asset %1 (%2)").arg(current.asset.name, current.asset.tag),
                             current.asset.updatedBy, current.asset.updatedAt);
    });
}

Status AssetRepository::markChecked(qint64 id, const QDate &on, qint64 nowMs,
                                    const QString &actor) const {
    auto query = runSql(m_database.connection(),
                        u"UPDATE asset SET last_checked_on = ?, row_version = row_version + 1, "
                        u"updated_at = ?, updated_by = ? WHERE id = ? AND station_id = ?"_s,
                        {on.toString(Qt::ISODate), nowMs, actor, id, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    return {};
}

} // namespace sd
