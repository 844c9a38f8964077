#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/responsibility/Asset.h"

#include <QDate>

namespace sd {

// SQL for the asset table. today (the station's calendar date) decides which checks are
// overdue. Callers (services) own the transaction.
class AssetRepository {
public:
    AssetRepository(const Database &database, const QDate &today)
        : m_database(database)
        , m_today(today) {}

    Result<AssetRow> find(qint64 id) const;
    Result<std::optional<AssetRow>> findByTag(const QString &tag) const;
    Result<QList<AssetRow>> list(const AssetFilter &filter) const;
    Result<int> count(const AssetFilter &filter) const;

    // The next free ZC-NNNNN code: one past the highest in use.
    Result<QString> nextTag() const;

    Result<AssetRow> insert(const Asset &asset, qint64 nowMs, const QString &actor) const;
    // Conflict when asset.rowVersion is no longer current.
    Result<AssetRow> update(const Asset &asset, qint64 nowMs, const QString &actor) const;
    Status markChecked(qint64 id, const QDate &on, qint64 nowMs, const QString &actor) const;

private:
    const Database &m_database;
    QDate m_today;
};

} // namespace sd
