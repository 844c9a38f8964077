#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/signatures/Signature.h"

namespace sd {

// Signatures of every kind of signed record (record_kind "onscene", later "mediation" and
// "handover"). Callers own the transaction.
class SignatureRepository {
public:
    SignatureRepository(const Database &database, QString recordKind)
        : m_database(database)
        , m_kind(std::move(recordKind)) {}

    Result<QList<Signature>> forRecord(qint64 recordId) const;
    Result<Signature> insert(const Signature &signature) const;
    Status remove(qint64 recordId, SignatureRole role, int slot) const;
    // Removes signatures made over other content; returns how many.
    Result<int> removeStale(qint64 recordId, const QString &contentSha256) const;
    Status removeAll(qint64 recordId) const;

private:
    const Database &m_database;
    QString m_kind;
};

} // namespace sd
