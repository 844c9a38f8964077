#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

// Fills a demo or benchmark database with realistic, deterministic audit rows (logins,
// edits, record views) spread over the year before the database's newest row, so the
// audit viewer and the verifier can be exercised on a million rows. The rows go
// through the real chain; an opening row, written by the operator, says they are
// synthetic, so a seeded log can never be mistaken for a real one.
class AuditSeeder {
    Q_DECLARE_TR_FUNCTIONS(sd::AuditSeeder)

public:
    AuditSeeder(const Database &database, const Session &operatorSession)
        : m_database(database)
        , m_operator(operatorSession) {}

    // progress(done, total) after each batch of rows (each batch one transaction).
    Result<qint64> seed(qint64 count, quint32 randomSeed, qint64 endMs,
                        const std::function<void(qint64, qint64)> &progress = {}) const;

private:
    const Database &m_database;
    const Session &m_operator;
};

} // namespace sd
