#pragma once

#include "core/duty/MonthClose.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Result.h"
#include "core/signatures/Signature.h"

#include <QCoreApplication>
#include <QDate>

namespace sd {

// The monthly close (月结): the chief closes a month that has ended and has no unowned
// items; its figures are computed and sealed (a digest over them and the audit head) in the
// same transaction. From then on the closed-period guard in the kernel refuses every write
// of an alert, record or case dated in it, except one item the chief amends. Reopening
// takes the chief and a reason.
class MonthCloseService {
    Q_DECLARE_TR_FUNCTIONS(sd::MonthCloseService)

public:
    explicit MonthCloseService(const ServiceContext &context)
        : m_context(context) {}

    Result<MonthClose> close(const QString &period, const QString &reason) const;
    Result<MonthClose> reopen(const QString &period, const QString &reason) const;
    // Lets the one item numbered ref (an alert or a mediation case of the closed month) be
    // edited until the end of today in the station's time zone.
    Result<MonthAmendment> amend(const QString &period, const QString &ref,
                                 const QString &reason) const;

    Result<QList<MonthClose>> list() const;
    Result<std::optional<MonthClose>> find(const QString &period) const;
    // The revisions the report of period lists: the amendments of the month before it.
    Result<QList<MonthAmendment>> revisionsShownIn(const QString &period) const;
    // Every closed month's digest recomputed from its stored figures and head, and the
    // audit row that sealed it looked up; one problem per month that fails.
    Result<QList<RecordProblem>> verifyAll() const;
    // The month's report written to PDF: an audit row naming the month.
    Status recordOutput(const QString &period) const;

    // "YYYY-MM" as the first day of the month; none when it is not one.
    static std::optional<QDate> parsePeriod(const QString &period);
    static QString periodOf(const QDate &month) { return month.toString(u"yyyy-MM"); }

private:
    // The month's UTC bounds in the station's time zone; a usage error for a bad period.
    Result<std::pair<qint64, qint64>> bounds(const QString &period) const;
    Status requireReason(const QString &reason) const;
    Status checkOwned(const QString &period, qint64 from, qint64 to) const;
    Status checkAmendable(const QString &period, const QString &ref, qint64 from, qint64 to) const;

    const ServiceContext m_context;
};

} // namespace sd
