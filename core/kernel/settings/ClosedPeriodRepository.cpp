#include "core/kernel/settings/ClosedPeriodRepository.h"

#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
ClosedPeriod periodFrom(const QSqlQuery &query) {
    return {query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong()};
}
} // namespace

Result<QList<ClosedPeriod>> ClosedPeriodRepository::closedPeriods() const {
    return rowsSql(m_database.connection(),
                   u"SELECT period, starts_at, ends_at FROM month_close "
                   u"WHERE station_id = ? AND status = 'closed' ORDER BY starts_at"_s,
                   {m_database.stationId()}, periodFrom);
}

Result<std::optional<ClosedPeriod>> ClosedPeriodRepository::closedAt(qint64 utcMs) const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT period, starts_at, ends_at FROM month_close "
                          u"WHERE station_id = ? AND status = 'closed' AND starts_at <= ? "
                          u"AND ends_at > ?"_s,
                          {m_database.stationId(), utcMs, utcMs}, periodFrom);
}

Status ClosedPeriodRepository::requireOpen(qint64 utcMs, const QString &ref, const QString &field,
                                           qint64 nowMs) const {
    auto closed = closedAt(utcMs);
    SD_RETURN_IF_ERROR(closed);
    if (!closed->has_value()) {
        return {};
    }
    if (!ref.isEmpty()) {
        auto amended = countSql(m_database.connection(),
                                u"SELECT COUNT(*) FROM month_amendment WHERE station_id = ? "
                                u"AND ref = ? AND period = ? AND valid_until > ?"_s,
                                {m_database.stationId(), ref, (*closed)->period, nowMs});
        SD_RETURN_IF_ERROR(amended);
        if (amended.value() > 0) {
            return {};
        }
    }
    return closedError((*closed)->period, ref, field);
}

Error ClosedPeriodRepository::closedError(const QString &period, const QString &ref,
                                          const QString &field) {
    if (ref.isEmpty()) {
        return Error::validation(field,
                                 tr("%1 is closed: nothing dated in it can be added.").arg(period));
    }
    return Error::validation(field, tr("%1 is closed: %2 cannot be changed without an "
                                       "amendment approved by the chief.")
                                        .arg(period, ref));
}

const ClosedPeriod *closedPeriodOf(const QList<ClosedPeriod> &periods, qint64 utcMs) {
    for (const ClosedPeriod &period : periods) {
        if (utcMs >= period.startsAt && utcMs < period.endsAt) {
            return &period;
        }
    }
    return nullptr;
}

} // namespace sd
