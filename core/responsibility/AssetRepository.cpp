#include "core/responsibility/AssetRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"
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

} // namespace

QString AssetRepository::whereClause(const AssetFilter &filter, QVariantList &values) const {
    SqlWhere where(u"a.station_id = ?"_s, m_database.stationId());
    where
        .containsText(filter.text,
                      {u"a.tag"_s, u"a.name"_s, u"a.location_text"_s, u"loc.name"_s, u"a.notes"_s})
        .whenSet(filter.kind, u"a.kind = ?"_s)
        .whenSet(filter.status, u"a.status = ?"_s)
        .whenSet(filter.locationAssetId, u"a.location_asset_id = ?"_s);
    if (filter.overdueOnly) {
        where.add(
            u"a.status <> 'retired' AND a.next_check_on IS NOT NULL AND a.next_check_on < ?"_s,
            {m_today.toString(Qt::ISODate)});
    }
    ownersql::addOwnerFilters(where, u"a"_s, filter);
    return where.sql(values);
}

Result<AssetRow> AssetRepository::find(qint64 id) const {
    return rowSql(m_database.connection(),
                  u"SELECT "_s + selectColumns() + fromClause() +
                      u" WHERE a.id = ? AND a.station_id = ?"_s,
                  {id, m_database.stationId()}, Tr::tr("No asset with id %1").arg(id),
                  [this](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<std::optional<AssetRow>> AssetRepository::findByTag(const QString &tag) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT "_s + selectColumns() + fromClause() +
                            u" WHERE a.tag = ? AND a.station_id = ?"_s,
                        {tag, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    if (!query.value().next()) {
        return std::optional<AssetRow>();
    }
    return std::optional<AssetRow>(rowFrom(query.value(), m_today));
}

Result<QList<AssetRow>> AssetRepository::list(const AssetFilter &filter) const {
    QVariantList values;
    const QString where = whereClause(filter, values);
    values << filter.limit << filter.offset;
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + selectColumns() + fromClause() + where + u" ORDER BY "_s +
                       m_database.dialect().textOrder(u"a.tag"_s) + u" LIMIT ? OFFSET ?"_s,
                   values, [&](const QSqlQuery &row) { return rowFrom(row, m_today); });
}

Result<int> AssetRepository::count(const AssetFilter &filter) const {
    QVariantList values;
    const QString where = whereClause(filter, values);
    auto value =
        scalarSql(m_database.connection(), u"SELECT COUNT(*)"_s + fromClause() + where, values);
    SD_RETURN_IF_ERROR(value);
    return value.value().toInt();
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
    auto id = scalarSql(
        m_database.connection(),
        u"INSERT INTO asset (station_id, tag, name, kind, location_asset_id, location_text, "
        u"status, acquired_on, next_check_on, last_checked_on, notes, owner_person_id, "
        u"owner_unit_id, row_version, created_at, updated_at, updated_by) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
        {m_database.stationId(), asset.tag, asset.name, toKey(asset.kind),
         nullableId(asset.locationAssetId), asset.locationText, toKey(asset.status),
         nullableDate(asset.acquiredOn), nullableDate(asset.nextCheckOn),
         nullableDate(asset.lastCheckedOn), asset.notes, ownersql::personColumn(asset.owner),
         ownersql::unitColumn(asset.owner), nowMs, nowMs, actor});
    SD_RETURN_IF_ERROR(id);
    return find(id.value().toLongLong());
}

Result<AssetRow> AssetRepository::update(const Asset &asset, qint64 nowMs,
                                         const QString &actor) const {
    auto query = runSql(
        m_database.connection(),
        u"UPDATE asset SET tag = ?, name = ?, kind = ?, location_asset_id = ?, location_text = ?, "
        u"status = ?, acquired_on = ?, next_check_on = ?, last_checked_on = ?, notes = ?, "
        u"owner_person_id = ?, owner_unit_id = ?, row_version = row_version + 1, "
        u"updated_at = ?, updated_by = ? WHERE id = ? AND station_id = ? AND row_version = ?"_s,
        {asset.tag, asset.name, toKey(asset.kind), nullableId(asset.locationAssetId),
         asset.locationText, toKey(asset.status), nullableDate(asset.acquiredOn),
         nullableDate(asset.nextCheckOn), nullableDate(asset.lastCheckedOn), asset.notes,
         ownersql::personColumn(asset.owner), ownersql::unitColumn(asset.owner), nowMs, actor,
         asset.id, m_database.stationId(), asset.rowVersion});
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 0) {
        auto current = find(asset.id);
        SD_RETURN_IF_ERROR(current);
        return conflictError(Tr::tr("Asset %1 (%2)").arg(current->asset.name, current->asset.tag),
                             current->asset.updatedBy, current->asset.updatedAt);
    }
    return find(asset.id);
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
