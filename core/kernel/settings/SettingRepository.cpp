#include "core/kernel/settings/SettingRepository.h"

#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

Result<std::optional<QString>> SettingRepository::find(const QString &key) const {
    auto query = runSql(m_database.connection(),
                        u"SELECT value FROM setting WHERE station_id = ? AND key = ?"_s,
                        {m_database.stationId(), key});
    SD_RETURN_IF_ERROR(query);
    if (!query->next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(query->value(0).toString());
}

Status SettingRepository::store(const QString &key, const QString &value, qint64 nowMs,
                                const QString &actor) const {
    SD_RETURN_IF_ERROR(
        runSql(m_database.connection(),
               u"INSERT INTO setting (station_id, key, value, updated_at, updated_by) "
               u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (station_id, key) DO UPDATE SET "
               u"value = excluded.value, updated_at = excluded.updated_at, "
               u"updated_by = excluded.updated_by"_s,
               {m_database.stationId(), key, value, nowMs, actor}));
    return {};
}

} // namespace sd
