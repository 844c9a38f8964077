#pragma once

#include "core/duty/Handover.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// SQL for a handover and its items (its signatures live in SignatureRepository, kind
// "handover"). Every write bumps the handover's row_version and is conditioned on the
// version the caller read, so a stale edit is a Conflict naming who saved first. Callers
// own the transaction.
class HandoverRepository {
public:
    explicit HandoverRepository(const Database &database)
        : m_database(database) {}

    // With its items (in position order) and signatures; NotFound naming the id.
    Result<Handover> find(qint64 id) const;
    Result<std::optional<qint64>> idByNumber(const QString &number) const;
    // The handover already made for the outgoing shift, by number.
    Result<std::optional<QString>> numberForShift(const QDate &date, const QString &shiftKey) const;
    // The most recently started sealed handover: the one whose open items carry over.
    Result<std::optional<qint64>> latestSealedId() const;
    // Every handover, newest first.
    Result<QList<qint64>> ids() const;
    Result<QList<qint64>> sealedIds() const;
    // The next free JJ-<year>-NNNN.
    Result<QString> nextNumber(int year) const;

    // The handover with its items; returns the new id.
    Result<qint64> insert(const Handover &handover, qint64 nowMs, const QString &actor) const;
    // Bumps row_version only (a part of the handover changed). Stale rowVersion → Conflict.
    Status touch(qint64 id, qint64 rowVersion, qint64 nowMs, const QString &actor) const;
    Status setNotes(qint64 id, const QString &notes) const;
    Status setStatus(qint64 id, HandoverStatus status) const;
    Status setItemValue(qint64 itemId, const QString &value) const;
    Status decideItem(const HandoverItem &item) const;
    Status seal(qint64 id, qint64 nowMs, const QString &actor, const QString &contentSha256,
                const QString &sealDigest, const QString &auditHead, qint64 passedAt) const;

private:
    Status fillItems(Handover &handover) const;
    Status checkWritable(qint64 id, qint64 affected) const;

    const Database &m_database;
};

} // namespace sd
