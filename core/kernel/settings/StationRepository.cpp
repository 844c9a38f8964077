#include "core/kernel/settings/StationRepository.h"

#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

Result<Station>
StationRepository::ensure(const QString &code, const QString &name, qint64 nowMs,
                          const std::function<Status(qint64 stationId)> &seedNewStation) const {
    const QSqlDatabase db = m_database.connection();
    auto existing = scalarSql(db, u"SELECT id FROM station WHERE code = ?"_s, {code});
    if (existing) {
        return find(existing.value().toLongLong());
    }
    if (existing.error().code != ErrorCode::NotFound) {
        return existing.error();
    }
    auto id = scalarSql(
        db, u"INSERT INTO station (code, name, created_at) VALUES (?, ?, ?) RETURNING id"_s,
        {code, name, nowMs});
    SD_RETURN_IF_ERROR(id);
    if (seedNewStation) {
        SD_RETURN_IF_ERROR(seedNewStation(id->toLongLong()));
    }
    return find(id.value().toLongLong());
}

Result<Station> StationRepository::find(qint64 id) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT id, code, name, time_zone FROM station WHERE id = ?"_s, {id});
    SD_RETURN_IF_ERROR(query);
    if (!query.value().next()) {
        return Error::notFound(u"station %1"_s.arg(id));
    }
    return Station{query.value().value(0).toLongLong(), query.value().value(1).toString(),
                   query.value().value(2).toString(), query.value().value(3).toString()};
}

Status StationRepository::rename(qint64 id, const QString &name) const {
    auto query =
        runSql(m_database.connection(), u"UPDATE station SET name = ? WHERE id = ?"_s, {name, id});
    SD_RETURN_IF_ERROR(query);
    return {};
}

} // namespace sd
