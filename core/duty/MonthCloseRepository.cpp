#include "core/duty/MonthCloseRepository.h"

#include "core/kernel/storage/RowVersion.h"
#include "core/kernel/storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::MonthCloseRepository)
};

const QString kColumns =
    u"id, period, starts_at, ends_at, status, closed_at, closed_by, close_reason, figures, "
    u"audit_head, digest, reopened_at, reopened_by, reopen_reason, row_version"_s;

MonthClose closeFrom(const QSqlQuery &query) {
    MonthClose close;
    close.id = query.value(0).toLongLong();
    close.period = query.value(1).toString();
    close.startsAt = query.value(2).toLongLong();
    close.endsAt = query.value(3).toLongLong();
    close.status = query.value(4).toString();
    close.closedAt = query.value(5).toLongLong();
    close.closedBy = query.value(6).toString();
    close.closeReason = query.value(7).toString();
    close.figuresJson = query.value(8).toString().toUtf8();
    close.auditHead = query.value(9).toString();
    close.digest = query.value(10).toString();
    if (!query.value(11).isNull()) {
        close.reopenedAt = query.value(11).toLongLong();
    }
    close.reopenedBy = query.value(12).toString();
    close.reopenReason = query.value(13).toString();
    close.rowVersion = query.value(14).toLongLong();
    return close;
}

MonthAmendment amendmentFrom(const QSqlQuery &query) {
    return {query.value(0).toLongLong(), query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toLongLong(), query.value(5).toString(),
            query.value(6).toLongLong()};
}
} // namespace

Result<MonthFigures> MonthCloseRepository::figures(qint64 from, qint64 to) const {
    const QSqlDatabase db = m_database.connection();
    const QVariantList range{m_database.stationId(), from, to};
    MonthFigures figures;
    const auto grouped = [&](const QString &sql, QMap<QString, qint64> &into) -> Status {
        auto query = runSql(db, sql, range);
        SD_RETURN_IF_ERROR(query);
        while (query->next()) {
            into.insert(query->value(0).toString(), query->value(1).toLongLong());
        }
        return {};
    };
    const QString inRange = u" WHERE a.station_id = ? AND a.received_at >= ? AND "
                            u"a.received_at < ?"_s;
    SD_RETURN_IF_ERROR(
        grouped(u"SELECT a.category, COUNT(*) FROM alert a"_s + inRange + u" GROUP BY a.category"_s,
                figures.byCategory));
    SD_RETURN_IF_ERROR(grouped(u"SELECT COALESCE(c.name, ''), COUNT(*) FROM alert a "
                               u"LEFT JOIN community_area c ON c.id = a.area_id"_s +
                                   inRange + u" GROUP BY COALESCE(c.name, '')"_s,
                               figures.byArea));
    SD_RETURN_IF_ERROR(
        grouped(u"SELECT a.status, COUNT(*) FROM alert a"_s + inRange + u" GROUP BY a.status"_s,
                figures.byStatus));
    for (const qint64 n : std::as_const(figures.byStatus)) {
        figures.alerts += n;
    }
    const auto count = [&](const QString &sql, qint64 &into) -> Status {
        auto n = countSql(db, sql, range);
        SD_RETURN_IF_ERROR(n);
        into = n.value();
        return {};
    };
    SD_RETURN_IF_ERROR(count(u"SELECT COUNT(*) FROM onscene_record r JOIN alert a ON "
                             u"a.id = r.alert_id"_s +
                                 inRange + u" AND r.status = 'sealed'"_s,
                             figures.recordsFiled));
    SD_RETURN_IF_ERROR(count(u"SELECT COUNT(*) FROM mediation_case WHERE station_id = ? AND "
                             u"status = 'closed' AND closed_at >= ? AND closed_at < ?"_s,
                             figures.casesClosed));
    SD_RETURN_IF_ERROR(count(u"SELECT COUNT(*) FROM score_sheet WHERE station_id = ? AND "
                             u"status = 'approved' AND approved_at >= ? AND approved_at < ?"_s,
                             figures.assessmentsApproved));
    return figures;
}

Result<QList<UnownedItem>> MonthCloseRepository::unowned(qint64 from, qint64 to) const {
    auto alerts =
        rowsSql(m_database.connection(),
                u"SELECT a.number FROM alert a WHERE a.station_id = ? AND a.received_at >= ? AND "
                u"a.received_at < ? AND a.status IN ('open', 'on_scene') AND NOT EXISTS "
                u"(SELECT 1 FROM alert_officer o WHERE o.alert_id = a.id) ORDER BY a.number"_s,
                {m_database.stationId(), from, to}, [](const QSqlQuery &query) {
                    return UnownedItem{u"alert"_s, query.value(0).toString()};
                });
    SD_RETURN_IF_ERROR(alerts);
    auto records = rowsSql(
        m_database.connection(),
        u"SELECT r.number FROM onscene_record r JOIN alert a ON a.id = r.alert_id "
        u"WHERE a.station_id = ? AND a.received_at >= ? AND a.received_at < ? AND NOT EXISTS "
        u"(SELECT 1 FROM onscene_officer o WHERE o.record_id = r.id) ORDER BY r.number"_s,
        {m_database.stationId(), from, to}, [](const QSqlQuery &query) {
            return UnownedItem{u"onscene"_s, query.value(0).toString()};
        });
    SD_RETURN_IF_ERROR(records);
    return alerts.value() + records.value();
}

Result<std::optional<MonthClose>> MonthCloseRepository::find(const QString &period) const {
    return optionalRowSql(m_database.connection(),
                          u"SELECT "_s + kColumns +
                              u" FROM month_close WHERE station_id = ? AND period = ?"_s,
                          {m_database.stationId(), period}, closeFrom);
}

Result<QList<MonthClose>> MonthCloseRepository::list() const {
    return rowsSql(m_database.connection(),
                   u"SELECT "_s + kColumns +
                       u" FROM month_close WHERE station_id = ? ORDER BY period DESC"_s,
                   {m_database.stationId()}, closeFrom);
}

Status MonthCloseRepository::insert(const MonthClose &close) const {
    auto inserted = runSql(
        m_database.connection(),
        u"INSERT INTO month_close (station_id, period, starts_at, ends_at, status, closed_at, "
        u"closed_by, close_reason, figures, audit_head, audit_seq, digest, row_version) "
        u"VALUES (?, ?, ?, ?, 'closed', ?, ?, ?, ?, ?, ?, ?, 1)"_s,
        {m_database.stationId(), close.period, close.startsAt, close.endsAt, close.closedAt,
         close.closedBy, close.closeReason, QString::fromUtf8(close.figuresJson), close.auditHead,
         close.auditHead.section(u':', 0, 0).toLongLong(), close.digest});
    SD_RETURN_IF_ERROR(inserted);
    return {};
}

Status MonthCloseRepository::expectOne(const Result<QSqlQuery> &query,
                                       const MonthClose &close) const {
    SD_RETURN_IF_ERROR(query);
    if (query.value().numRowsAffected() == 1) {
        return {};
    }
    auto current = find(close.period);
    SD_RETURN_IF_ERROR(current);
    const MonthClose now = current->value_or(close);
    return conflictError(Tr::tr("Month %1").arg(close.period),
                         now.reopenedBy.isEmpty() ? now.closedBy : now.reopenedBy,
                         now.reopenedAt.value_or(now.closedAt));
}

Status MonthCloseRepository::reclose(const MonthClose &close) const {
    return expectOne(
        runSql(m_database.connection(),
               u"UPDATE month_close SET status = 'closed', starts_at = ?, ends_at = ?, "
               u"closed_at = ?, closed_by = ?, close_reason = ?, figures = ?, audit_head = ?, "
               u"audit_seq = ?, digest = ?, row_version = row_version + 1 "
               u"WHERE id = ? AND station_id = ? AND row_version = ? AND status = 'reopened'"_s,
               {close.startsAt, close.endsAt, close.closedAt, close.closedBy, close.closeReason,
                QString::fromUtf8(close.figuresJson), close.auditHead,
                close.auditHead.section(u':', 0, 0).toLongLong(), close.digest, close.id,
                m_database.stationId(), close.rowVersion}),
        close);
}

Status MonthCloseRepository::reopen(const MonthClose &close, qint64 nowMs, const QString &actor,
                                    const QString &reason) const {
    return expectOne(
        runSql(m_database.connection(),
               u"UPDATE month_close SET status = 'reopened', reopened_at = ?, reopened_by = ?, "
               u"reopen_reason = ?, row_version = row_version + 1 "
               u"WHERE id = ? AND station_id = ? AND row_version = ? AND status = 'closed'"_s,
               {nowMs, actor, reason, close.id, m_database.stationId(), close.rowVersion}),
        close);
}

Status MonthCloseRepository::insertAmendment(const MonthAmendment &amendment) const {
    auto inserted =
        runSql(m_database.connection(),
               u"INSERT INTO month_amendment (station_id, period, ref, reason, "
               u"granted_at, granted_by, valid_until) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
               {m_database.stationId(), amendment.period, amendment.ref, amendment.reason,
                amendment.grantedAt, amendment.grantedBy, amendment.validUntil});
    SD_RETURN_IF_ERROR(inserted);
    return {};
}

Result<QList<MonthAmendment>> MonthCloseRepository::amendments(const QString &period) const {
    return rowsSql(m_database.connection(),
                   u"SELECT id, period, ref, reason, granted_at, granted_by, valid_until "
                   u"FROM month_amendment WHERE station_id = ? AND period = ? "
                   u"ORDER BY granted_at, id"_s,
                   {m_database.stationId(), period}, amendmentFrom);
}

} // namespace sd
