#include "core/responsibility/OwnershipRepository.h"

#include "core/kernel/storage/Columns.h"
#include "core/kernel/storage/Sql.h"
#include "core/responsibility/OwnerSql.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::OwnershipRepository)
};

QString ownerKey(const OwnerRef &ref) {
    return (ref.isUnit() ? u"u"_s : u"p"_s) + QString::number(ref.id);
}

} // namespace

Result<OwnerInfo> OwnershipRepository::resolve(const OwnerRef &owner) const {
    if (!owner.isUnit()) {
        auto query = runSql(m_database.connection(),
                            u"SELECT name, badge_no, active FROM person "
                            u"WHERE id = ? AND station_id = ?"_s,
                            {owner.id, m_database.stationId()});
        SD_RETURN_IF_ERROR(query);
        if (!query.value().next()) {
            return Error::notFound(Tr::tr("No person with id %1").arg(owner.id));
        }
        OwnerInfo info;
        info.ref = owner;
        info.name = query.value().value(0).toString();
        info.badge = query.value().value(1).toString();
        info.accountableName = info.name;
        info.accountableBadge = info.badge;
        info.orphaned = query.value().value(2).toInt() != 1;
        return info;
    }
    auto query = runSql(m_database.connection(),
                        u"SELECT u.name, l.name, l.badge_no, l.active FROM unit u "
                        u"LEFT JOIN person l ON l.id = u.leader_id "
                        u"WHERE u.id = ? AND u.station_id = ?"_s,
                        {owner.id, m_database.stationId()});
    SD_RETURN_IF_ERROR(query);
    if (!query.value().next()) {
        return Error::notFound(Tr::tr("No unit with id %1").arg(owner.id));
    }
    OwnerInfo info;
    info.ref = owner;
    info.name = query.value().value(0).toString();
    const bool leaderActive = query.value().value(3).toInt() == 1;
    if (leaderActive) {
        info.accountableName = query.value().value(1).toString();
        info.accountableBadge = query.value().value(2).toString();
    }
    info.orphaned = !leaderActive;
    return info;
}

Result<QList<OwnedItem>> OwnershipRepository::items(const QString &assetWhere,
                                                    const QString &taskWhere,
                                                    const QVariantList &assetValues,
                                                    const QVariantList &taskValues) const {
    QList<OwnedItem> result;
    auto assets =
        runSql(m_database.connection(),
               u"SELECT a.id, a.tag, a.name, "_s + ownersql::columns(u"a"_s) + u" FROM asset a"_s +
                   ownersql::joins(u"a"_s) + u" WHERE a.station_id = ? AND "_s + assetWhere +
                   u" ORDER BY "_s + m_database.dialect().textOrder(u"a.tag"_s),
               QVariantList{m_database.stationId()} + assetValues);
    SD_RETURN_IF_ERROR(assets);
    while (assets.value().next()) {
        const QSqlQuery &q = assets.value();
        result << OwnedItem{OwnedItem::Type::Asset, q.value(0).toLongLong(), q.value(1).toString(),
                            q.value(2).toString(), ownersql::infoFrom(q, 3)};
    }
    auto tasks =
        runSql(m_database.connection(),
               u"SELECT t.id, t.title, "_s + ownersql::columns(u"t"_s) + u" FROM task t"_s +
                   ownersql::joins(u"t"_s) + u" WHERE t.station_id = ? AND t.is_open = 1 AND "_s +
                   taskWhere + u" ORDER BY t.id"_s,
               QVariantList{m_database.stationId()} + taskValues);
    SD_RETURN_IF_ERROR(tasks);
    while (tasks.value().next()) {
        const QSqlQuery &q = tasks.value();
        const qint64 id = q.value(0).toLongLong();
        result << OwnedItem{OwnedItem::Type::Task, id, u"T-%1"_s.arg(id), q.value(1).toString(),
                            ownersql::infoFrom(q, 2)};
    }
    return result;
}

Result<QList<OwnedItem>> OwnershipRepository::ownedBy(const OwnerRef &owner) const {
    QVariantList assetValues;
    QVariantList taskValues;
    const QString assetWhere = ownersql::matches(u"a"_s, owner, assetValues);
    const QString taskWhere = ownersql::matches(u"t"_s, owner, taskValues);
    return items(assetWhere, taskWhere, assetValues, taskValues);
}

Result<QList<OwnedItem>> OwnershipRepository::orphans() const {
    return items(ownersql::orphaned(u"a"_s), ownersql::orphaned(u"t"_s), {}, {});
}

Result<int> OwnershipRepository::orphanCount() const {
    int total = 0;
    for (const QString &table : {u"asset"_s, u"task"_s}) {
        const QString alias = table.left(1);
        const QString open = table == u"task"_s ? u" AND t.is_open = 1"_s : QString();
        auto count =
            scalarSql(m_database.connection(),
                      u"SELECT COUNT(*) FROM %1 %2"_s.arg(table, alias) + ownersql::joins(alias) +
                          u" WHERE %1.station_id = ?"_s.arg(alias) + open + u" AND "_s +
                          ownersql::orphaned(alias),
                      {m_database.stationId()});
        SD_RETURN_IF_ERROR(count);
        total += count->toInt();
    }
    return total;
}

Result<QList<OwnerLoad>> OwnershipRepository::board(const BoardFilter &filter) const {
    QHash<QString, OwnerLoad> byOwner;
    QStringList order;
    const QString today = m_today.toString(Qt::ISODate);
    QVariantList assetValues{today, m_database.stationId()};
    QString assetWhere = u" WHERE a.station_id = ?"_s;
    QVariantList taskValues{today, m_database.stationId()};
    QString taskWhere = u" WHERE t.station_id = ? AND t.is_open = 1"_s;
    if (filter.unitId) {
        assetWhere += u" AND "_s + ownersql::accountableTo(u"a"_s, *filter.unitId, assetValues);
        taskWhere += u" AND "_s + ownersql::accountableTo(u"t"_s, *filter.unitId, taskValues);
    }
    if (filter.kind) {
        assetWhere += u" AND a.kind = ?"_s;
        assetValues << toKey(*filter.kind);
    }
    const QString assetSql =
        u"SELECT "_s + ownersql::columns(u"a"_s) +
        u", COUNT(*), SUM(CASE WHEN a.status <> 'retired' AND a.next_check_on < ? THEN 1 ELSE 0 "
        u"END), 0 FROM asset a"_s +
        ownersql::joins(u"a"_s) + assetWhere +
        u" GROUP BY a.owner_person_id, a.owner_unit_id, op.name, "
        u"op.badge_no, op.active, ou.name, ol.name, ol.badge_no, ol.active"_s;
    const QString taskSql =
        u"SELECT "_s + ownersql::columns(u"t"_s) +
        u", 0, 0, COUNT(*), SUM(CASE WHEN t.due_on < ? THEN 1 ELSE 0 END) FROM task t"_s +
        ownersql::joins(u"t"_s) + taskWhere +
        u" GROUP BY t.owner_person_id, "
        u"t.owner_unit_id, op.name, op.badge_no, op.active, ou.name, ol.name, ol.badge_no, "
        u"ol.active"_s;
    for (const bool isTask : {false, true}) {
        if (isTask && filter.kind) {
            break; // tasks have no kind
        }
        auto query = runSql(m_database.connection(), isTask ? taskSql : assetSql,
                            isTask ? taskValues : assetValues);
        SD_RETURN_IF_ERROR(query);
        while (query.value().next()) {
            const QSqlQuery &q = query.value();
            const OwnerInfo info = ownersql::infoFrom(q, 0);
            const QString key = ownerKey(info.ref);
            if (!byOwner.contains(key)) {
                order << key;
                byOwner.insert(key, OwnerLoad{info, 0, 0, 0, 0});
            }
            OwnerLoad &load = byOwner[key];
            const int base = ownersql::kColumnCount;
            if (isTask) {
                load.tasks += q.value(base + 2).toInt();
                load.overdueTasks += q.value(base + 3).toInt();
            } else {
                load.assets += q.value(base).toInt();
                load.overdueChecks += q.value(base + 1).toInt();
            }
        }
    }
    QList<OwnerLoad> result;
    for (const QString &key : order) {
        result << byOwner.value(key);
    }
    std::stable_sort(result.begin(), result.end(), [](const OwnerLoad &a, const OwnerLoad &b) {
        if (a.owner.orphaned != b.owner.orphaned) {
            return a.owner.orphaned;
        }
        if (a.owner.ref.kind != b.owner.ref.kind) {
            return a.owner.ref.isUnit(); // units first: they are what a leader answers for
        }
        return a.owner.name < b.owner.name;
    });
    return result;
}

Result<QList<OwnedItem>> OwnershipRepository::reassignAll(const OwnerRef &from,
                                                          const OwnerInfo &fromInfo,
                                                          const OwnerInfo &to, qint64 nowMs,
                                                          const QString &actor,
                                                          const QString &reason) const {
    auto moving = ownedBy(from);
    SD_RETURN_IF_ERROR(moving);
    for (const OwnedItem &item : moving.value()) {
        SD_RETURN_IF_ERROR(addHistory(item.type, item.id, fromInfo, to, nowMs, actor, reason));
    }
    for (const QString &table : {u"asset"_s, u"task"_s}) {
        QVariantList values{ownersql::personColumn(to.ref), ownersql::unitColumn(to.ref), nowMs,
                            actor, m_database.stationId()};
        const QString open = table == u"task"_s ? u" AND is_open = 1"_s : QString();
        const QString match = from.isUnit() ? u"owner_unit_id = ?"_s : u"owner_person_id = ?"_s;
        values << from.id;
        auto updated = runSql(m_database.connection(),
                              u"UPDATE %1 SET owner_person_id = ?, owner_unit_id = ?, "
                              u"row_version = row_version + 1, updated_at = ?, updated_by = ? "
                              u"WHERE station_id = ? AND "_s.arg(table) +
                                  match + open,
                              values);
        SD_RETURN_IF_ERROR(updated);
    }
    return moving;
}

Status OwnershipRepository::addHistory(OwnedItem::Type type, qint64 itemId,
                                       const std::optional<OwnerInfo> &from, const OwnerInfo &to,
                                       qint64 nowMs, const QString &actor,
                                       const QString &reason) const {
    auto query = runSql(m_database.connection(),
                        u"INSERT INTO ownership_change (station_id, item_type, item_id, "
                        u"from_person_id, from_unit_id, from_label, to_person_id, to_unit_id, "
                        u"to_label, changed_at, changed_by, reason) "
                        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {m_database.stationId(), toKey(type), itemId,
                         from ? ownersql::personColumn(from->ref) : QVariant(),
                         from ? ownersql::unitColumn(from->ref) : QVariant(),
                         from ? from->display() : QString(), ownersql::personColumn(to.ref),
                         ownersql::unitColumn(to.ref), to.display(), nowMs, actor, reason});
    SD_RETURN_IF_ERROR(query);
    return {};
}

Result<QList<OwnershipChange>> OwnershipRepository::history(OwnedItem::Type type,
                                                            qint64 itemId) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT id, from_label, to_label, changed_at, changed_by, reason "
                        u"FROM ownership_change WHERE station_id = ? AND item_type = ? AND "
                        u"item_id = ? ORDER BY changed_at, id"_s,
                        {m_database.stationId(), toKey(type), itemId});
    SD_RETURN_IF_ERROR(query);
    QList<OwnershipChange> result;
    while (query.value().next()) {
        const QSqlQuery &q = query.value();
        OwnershipChange change;
        change.id = q.value(0).toLongLong();
        change.itemType = type;
        change.itemId = itemId;
        readColumns(q, 1, change.fromLabel, change.toLabel, change.changedAt, change.changedBy,
                    change.reason);
        result << change;
    }
    return result;
}

} // namespace sd
