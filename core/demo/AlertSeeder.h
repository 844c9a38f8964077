#pragma once

#include "core/demo/AlertGenerator.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace sd {

struct AlertSeedOptions {
    qint64 count = 0;
    quint32 seed = 1;
    qint64 endMs = 0; // the newest possible received time (UTC ms)
    int years = 3;
    QList<double> yearWeights; // oldest first, see AlertGenerator::setYearWeights
};

// Fills a demo or benchmark database with AlertGenerator's alerts for the station's
// community areas and active officers, or writes them as the import CSV (the benchmark's
// input). Meant for demo and benchmark databases, never a station's real one.
class AlertSeeder {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertSeeder)

public:
    AlertSeeder(const Database &database, const AuditLog &audit, const Station &station)
        : m_database(database)
        , m_audit(audit)
        , m_station(station) {}

    // Inserts every alert in one transaction (all or nothing) with one "alert.seed" audit
    // row naming the count and seed. progress(done, total) every few thousand rows.
    Result<qint64> seed(const AlertSeedOptions &options,
                        const std::function<void(qint64, qint64)> &progress = {}) const;

    // Writes the same alerts (numbers left empty) as CSV in the import format; nothing is
    // stored, the file appears whole or not at all.
    Result<qint64> writeCsv(const AlertSeedOptions &options, const QString &path,
                            const std::function<void(qint64, qint64)> &progress = {}) const;

private:
    Result<AlertGenerator> generator(const AlertSeedOptions &options) const;
    QTimeZone zone() const;

    const Database &m_database;
    const AuditLog &m_audit;
    const Station &m_station;
};

} // namespace sd
