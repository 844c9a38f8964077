#pragma once

#include "common/Result.h"
#include "domain/Mediation.h"
#include "storage/Database.h"

namespace sd {

// The read side of mediation: case lists with their filters run in SQL, a person's or an
// address's history, possible repeat alerts and the station's leaders. Dates arrive
// already computed in the station's time zone (the service owns the calendar).
class MediationQueries {
public:
    explicit MediationQueries(const Database &database)
        : m_database(database) {}

    // overdueCutoffMs: with filter.overdueOnly, open cases opened before this instant.
    // dueBy: with filter.dueWithinDays, a visit not yet recorded due on or before it.
    Result<QList<MediationSummary>> list(const MediationFilter &filter, qint64 overdueCutoffMs,
                                         const QDate &dueBy) const;
    Result<qint64> count(const MediationFilter &filter, qint64 overdueCutoffMs,
                         const QDate &dueBy) const;
    Result<QList<MediationSummary>> history(const MediationHistoryQuery &query) const;
    // Alerts received in [from, to) other than excludeAlertId, matching the case.
    Result<QList<PossibleRepeat>> repeats(const MediationCase &mediation, qint64 fromMs,
                                          qint64 toMs) const;
    Result<QList<qint64>> leaderIds() const;

private:
    Result<QList<MediationSummary>> fetch(const QString &where, const QVariantList &values,
                                          int limit) const;
    Status fillNames(QList<MediationSummary> &summaries) const;
    QString where(const MediationFilter &filter, qint64 overdueCutoffMs, const QDate &dueBy,
                  QVariantList &values) const;

    const Database &m_database;
};

} // namespace sd
