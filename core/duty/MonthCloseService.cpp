#include "core/duty/MonthCloseService.h"

#include "core/duty/MonthCloseRepository.h"
#include "core/frontdesk/AlertRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/mediation/MediationRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"month"_s;
constexpr int kUnownedNamed = 10; // items named in the refusal; the rest are counted

QString sealDetails(const MonthClose &close) {
    return u"digest=%1 head=%2"_s.arg(close.digest, close.auditHead);
}
} // namespace

std::optional<QDate> MonthCloseService::parsePeriod(const QString &period) {
    static const QRegularExpression kPattern(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = kPattern.match(period);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate first(match.captured(1).toInt(), match.captured(2).toInt(), 1);
    return first.isValid() ? std::optional<QDate>(first) : std::nullopt;
}

Result<std::pair<qint64, qint64>> MonthCloseService::bounds(const QString &period) const {
    const auto first = parsePeriod(period);
    if (!first) {
        return Error::validation(u"period"_s,
                                 tr("\"%1\" is not a month: write it as YYYY-MM.").arg(period));
    }
    const QTimeZone zone = stationZone(m_context.station);
    return std::pair{QDateTime(*first, QTime(0, 0), zone).toMSecsSinceEpoch(),
                     QDateTime(first->addMonths(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

Status MonthCloseService::requireReason(const QString &reason) const {
    if (reason.trimmed().isEmpty()) {
        return Error::validation(u"reason"_s, tr("Give the reason."));
    }
    return {};
}

Status MonthCloseService::checkOwned(const QString &period, qint64 from, qint64 to) const {
    auto unowned = MonthCloseRepository(m_context.database).unowned(from, to);
    SD_RETURN_IF_ERROR(unowned);
    if (unowned->isEmpty()) {
        return {};
    }
    QStringList named;
    for (const UnownedItem &item : unowned->mid(0, kUnownedNamed)) {
        named << (item.kind == u"alert"_s ? tr("alert %1 has no handling officer")
                                          : tr("record %1 has no officer"))
                     .arg(item.number);
    }
    if (unowned->size() > kUnownedNamed) {
        named << tr("%n more", nullptr, int(unowned->size() - kUnownedNamed));
    }
    return Error::validation(
        u"period"_s,
        tr("%1 cannot be closed while items have no owner: %2.").arg(period, named.join(u"; "_s)));
}

Result<MonthClose> MonthCloseService::close(const QString &period, const QString &reason) const {
    auto range = bounds(period);
    SD_RETURN_IF_ERROR(range);
    SD_RETURN_IF_ERROR(requireReason(reason));
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::CloseMonth, kKind, period));
    const qint64 now = m_context.clock.nowMs();
    if (range->second > now) {
        return Error::validation(u"period"_s,
                                 tr("%1 has not ended yet and cannot be closed.").arg(period));
    }
    return inTransaction(m_context.database, [&]() -> Result<MonthClose> {
        const MonthCloseRepository repository(m_context.database);
        auto existing = repository.find(period);
        SD_RETURN_IF_ERROR(existing);
        if (existing->has_value() && (*existing)->isClosed()) {
            return Error::validation(
                u"period"_s,
                tr("%1 is already closed (by %2).").arg(period, (*existing)->closedBy));
        }
        SD_RETURN_IF_ERROR(checkOwned(period, range->first, range->second));
        auto figures = repository.figures(range->first, range->second);
        SD_RETURN_IF_ERROR(figures);
        auto head = m_context.audit.head();
        SD_RETURN_IF_ERROR(head);
        MonthClose close = existing->value_or(MonthClose{});
        close.period = period;
        close.startsAt = range->first;
        close.endsAt = range->second;
        close.status = u"closed"_s;
        close.closedAt = now;
        close.closedBy = m_context.session.actor().name;
        close.closeReason = reason.trimmed();
        close.figuresJson = figures->canonical();
        close.auditHead = head->toString();
        close.digest = MonthClose::digestOf(period, close.figuresJson, close.auditHead);
        SD_RETURN_IF_ERROR(existing->has_value() ? repository.reclose(close)
                                                 : repository.insert(close));
        auto stored = repository.find(period);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(
            Result<MonthClose>(stored->value()),
            {u"month.close"_s, kKind, period, u"success"_s, sealDetails(close)});
    });
}

Result<MonthClose> MonthCloseService::reopen(const QString &period, const QString &reason) const {
    SD_RETURN_IF_ERROR(bounds(period));
    SD_RETURN_IF_ERROR(requireReason(reason));
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::CloseMonth, kKind, period));
    return inTransaction(m_context.database, [&]() -> Result<MonthClose> {
        const MonthCloseRepository repository(m_context.database);
        auto existing = repository.find(period);
        SD_RETURN_IF_ERROR(existing);
        if (!existing->has_value() || !(*existing)->isClosed()) {
            return Error::validation(u"period"_s, tr("%1 is not closed.").arg(period));
        }
        SD_RETURN_IF_ERROR(repository.reopen(existing->value(), m_context.clock.nowMs(),
                                             m_context.session.actor().name, reason.trimmed()));
        auto stored = repository.find(period);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(
            Result<MonthClose>(stored->value()),
            {u"month.reopen"_s, kKind, period, u"success"_s, u"reason=%1"_s.arg(reason.trimmed())});
    });
}

Status MonthCloseService::checkAmendable(const QString &period, const QString &ref, qint64 from,
                                         qint64 to) const {
    // The amendment names an item of that month: an alert by its received time, a case by
    // when it was opened (a record goes by its alert, so its alert is named).
    std::optional<qint64> datedAt;
    auto alert = AlertRepository(m_context.database).findByNumber(ref);
    SD_RETURN_IF_ERROR(alert);
    if (alert->has_value()) {
        datedAt = (*alert)->receivedAt;
    } else {
        const MediationRepository cases(m_context.database);
        auto id = cases.idByNumber(ref);
        SD_RETURN_IF_ERROR(id);
        if (id->has_value()) {
            auto found = cases.find(**id);
            SD_RETURN_IF_ERROR(found);
            datedAt = found->openedAt;
        }
    }
    if (!datedAt) {
        return Error::validation(u"ref"_s, tr("There is no alert or mediation case %1.").arg(ref));
    }
    if (*datedAt < from || *datedAt >= to) {
        return Error::validation(u"ref"_s, tr("%1 is not dated in %2.").arg(ref, period));
    }
    return {};
}

Result<MonthAmendment> MonthCloseService::amend(const QString &period, const QString &ref,
                                                const QString &reason) const {
    auto range = bounds(period);
    SD_RETURN_IF_ERROR(range);
    SD_RETURN_IF_ERROR(requireReason(reason));
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::CloseMonth, kKind, period));
    return inTransaction(m_context.database, [&]() -> Result<MonthAmendment> {
        const MonthCloseRepository repository(m_context.database);
        auto existing = repository.find(period);
        SD_RETURN_IF_ERROR(existing);
        if (!existing->has_value() || !(*existing)->isClosed()) {
            return Error::validation(
                u"period"_s, tr("%1 is not closed: edit %2 as usual.").arg(period, ref.trimmed()));
        }
        SD_RETURN_IF_ERROR(checkAmendable(period, ref.trimmed(), range->first, range->second));
        const qint64 now = m_context.clock.nowMs();
        const QTimeZone zone = stationZone(m_context.station);
        MonthAmendment amendment;
        amendment.period = period;
        amendment.ref = ref.trimmed();
        amendment.reason = reason.trimmed();
        amendment.grantedAt = now;
        amendment.grantedBy = m_context.session.actor().name;
        amendment.validUntil =
            QDateTime(stationToday(m_context.clock, m_context.station).addDays(1), QTime(0, 0),
                      zone)
                .toMSecsSinceEpoch();
        SD_RETURN_IF_ERROR(repository.insertAmendment(amendment));
        return m_context.audit.confirm(
            Result<MonthAmendment>(amendment),
            {u"month.amend"_s, kKind, period, u"success"_s,
             u"ref=%1 reason=%2"_s.arg(amendment.ref, amendment.reason)});
    });
}

Result<QList<MonthClose>> MonthCloseService::list() const {
    return MonthCloseRepository(m_context.database).list();
}

Result<std::optional<MonthClose>> MonthCloseService::find(const QString &period) const {
    return MonthCloseRepository(m_context.database).find(period);
}

Result<QList<MonthAmendment>> MonthCloseService::revisionsShownIn(const QString &period) const {
    const auto first = parsePeriod(period);
    if (!first) {
        return Error::validation(u"period"_s,
                                 tr("\"%1\" is not a month: write it as YYYY-MM.").arg(period));
    }
    return MonthCloseRepository(m_context.database).amendments(periodOf(first->addMonths(-1)));
}

Status MonthCloseService::recordOutput(const QString &period) const {
    return m_context.audit.record({u"month.report_pdf"_s, kKind, period, u"success"_s, {}});
}

Result<QList<RecordProblem>> MonthCloseService::verifyAll() const {
    auto closes = list();
    SD_RETURN_IF_ERROR(closes);
    QList<RecordProblem> problems;
    for (const MonthClose &close : closes.value()) {
        if (!close.isClosed()) {
            continue;
        }
        if (MonthClose::digestOf(close.period, close.figuresJson, close.auditHead) !=
            close.digest) {
            problems << RecordProblem{close.period,
                                      tr("its figures or audit head differ from what was sealed")};
            continue;
        }
        auto anchored = AuditLog::contains(m_context.database, u"month.close"_s, close.period,
                                           sealDetails(close));
        SD_RETURN_IF_ERROR(anchored);
        if (!anchored.value()) {
            problems << RecordProblem{close.period, tr("no audit row sealed it with this digest")};
        }
    }
    return problems;
}

} // namespace sd
