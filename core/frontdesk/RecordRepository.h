#pragma once

#include "core/frontdesk/OnSceneRecord.h"
#include "core/frontdesk/RecordService.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// SQL for on-scene records, their parties and officers (signatures live in
// SignatureRepository). Every write to a record's content is conditioned on it still being
// a draft, so a sealed record cannot be changed through here. Callers own the transaction.
class RecordRepository {
public:
    explicit RecordRepository(const Database &database)
        : m_database(database) {}

    Result<OnSceneRecord> find(qint64 id) const;
    Result<std::optional<qint64>> idByNumber(const QString &number) const;
    Result<QList<RecordSummary>> list(const RecordListFilter &filter) const;
    Result<QList<qint64>> sealedIds() const;
    Result<QString> nextNumber(int year) const;

    Result<qint64> insert(const OnSceneRecord &record, qint64 nowMs, const QString &actor) const;
    // Stale rowVersion → Conflict; sealed → Validation.
    Status updateDraft(const OnSceneRecord &record, qint64 nowMs, const QString &actor) const;
    // Bumps row_version (a signature changes what the editor holds).
    Status touch(qint64 id, qint64 rowVersion, qint64 nowMs, const QString &actor) const;
    Status seal(qint64 id, qint64 rowVersion, qint64 nowMs, const QString &actor,
                const QString &contentSha256, const QString &sealDigest) const;
    Status deleteDraft(qint64 id, qint64 rowVersion) const;

private:
    Status checkWritable(qint64 id, qint64 rowVersion, qint64 affected) const;
    Status writeChildren(const OnSceneRecord &record) const;
    Status fillChildren(OnSceneRecord &record) const;

    const Database &m_database;
};

} // namespace sd
