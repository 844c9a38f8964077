#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"
#include "core/mediation/Mediation.h"

namespace sd {

// The read side of mediation: case lists with their filters run in SQL, a person's or an
// address's history, possible repeat alerts and the station's leaders. Dates arrive
// already computed in the station's time zone (the service owns the calendar).
class MediationQueryRepository {
public:
    explicit MediationQueryRepository(const Database &database)
        : m_database(database) {}

    // overdueCutoffMs: with filter.overdueOnly, open cases opened before this instant.
    // dueBy: with filter.dueWithinDays, a visit not yet recorded due on or before it.
    Result<QList<MediationSummary>> page(const MediationFilter &filter,
                                         const MediationPageRequest &request,
                                         qint64 overdueCutoffMs, const QDate &dueBy) const;
    Result<qint64> count(const MediationFilter &filter, qint64 overdueCutoffMs,
                         const QDate &dueBy) const;
    // A person's (identity number, or name with phone) or an address's cases; a query
    // with nothing to match finds none.
    Result<QList<MediationSummary>> historyPage(const MediationHistoryQuery &query,
                                                const MediationPageRequest &request) const;
    Result<qint64> historyCount(const MediationHistoryQuery &query) const;
    // Alerts received in [from, to) other than excludeAlertId, matching the case.
    Result<QList<PossibleRepeat>> repeats(const MediationCase &mediation, qint64 fromMs,
                                          qint64 toMs) const;
    Result<QList<qint64>> leaderIds() const;

private:
    Result<QList<MediationSummary>> fetch(const QString &condition, QVariantList values,
                                          const MediationPageRequest &request) const;
    Status fillNames(QList<MediationSummary> &summaries) const;
    QString where(const MediationFilter &filter, qint64 overdueCutoffMs, const QDate &dueBy,
                  QVariantList &values) const;
    // Empty when the query has nothing to match.
    QString historyWhere(const MediationHistoryQuery &query, QVariantList &values) const;
    Result<qint64> countWhere(const QString &condition, const QVariantList &values) const;

    const Database &m_database;
};

} // namespace sd
