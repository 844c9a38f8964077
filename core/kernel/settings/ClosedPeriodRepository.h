#pragma once

#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>
#include <QList>

namespace sd {

// A closed month's bounds, as UTC instants fixed when it was closed.
struct ClosedPeriod {
    QString period; // YYYY-MM
    qint64 startsAt = 0;
    qint64 endsAt = 0;
};

// The closed-period guard of the monthly close (月结). It lives in the kernel, below every
// feature, so that the front desk and mediation can ask it inside their own write
// transactions without including core/duty, which owns the close itself. It only reads:
// a month is closed while its month_close row says so, and one item of it may still be
// written while the chief's amendment for it (month_amendment) is valid.
class ClosedPeriodRepository {
    Q_DECLARE_TR_FUNCTIONS(sd::ClosedPeriods)

public:
    explicit ClosedPeriodRepository(const Database &database)
        : m_database(database) {}

    // Every month closed now, earliest first: the bulk writer checks its rows against these
    // in memory instead of asking per row.
    Result<QList<ClosedPeriod>> closedPeriods() const;
    // The closed month an instant falls in, if any.
    Result<std::optional<ClosedPeriod>> closedAt(qint64 utcMs) const;

    // Refuses a write of an item dated at utcMs when its month is closed, naming the month
    // (field is the one the refusal is shown next to). ref is the item's number (an alert's
    // or a case's; empty for an item not yet numbered); an amendment the chief granted for
    // it lets it through until the amendment runs out at its valid_until.
    Status requireOpen(qint64 utcMs, const QString &ref, const QString &field, qint64 nowMs) const;

    // The refusal for an item dated in a closed month, for callers that checked themselves.
    static Error closedError(const QString &period, const QString &ref, const QString &field);

private:
    const Database &m_database;
};

// The closed month of an instant among the periods loaded once (the bulk writer's check).
const ClosedPeriod *closedPeriodOf(const QList<ClosedPeriod> &periods, qint64 utcMs);

} // namespace sd
