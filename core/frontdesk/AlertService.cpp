#include "core/frontdesk/AlertService.h"

#include "core/frontdesk/AlertRepository.h"
#include "core/frontdesk/AlertRules.h"
#include "core/frontdesk/ChecklistRepository.h"
#include "core/kernel/security/ChangedFields.h"
#include "core/kernel/settings/ClosedPeriodRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/PersonRepository.h"
#include "core/organisation/UnitRepository.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QString changedAlertFields(const Alert &before, const Alert &after) {
    return ChangedFields()
        .compare(before, after, auditField(&Alert::receivedAt, u"received_at"),
                 auditField(&Alert::source, u"source"), auditField(&Alert::category, u"category"),
                 auditField(&Alert::preventable, u"preventable"),
                 auditField(&Alert::areaId, u"area"), auditField(&Alert::location, u"location"),
                 auditField(&Alert::callerName, u"caller_name"),
                 auditField(&Alert::callerPhone, u"caller_phone"),
                 auditField(&Alert::summary, u"summary"), auditField(&Alert::status, u"status"),
                 auditField(&Alert::officerIds, u"officers"))
        .details();
}

Alert trimmed(Alert alert) {
    alert.number = alert.number.trimmed();
    alert.location = alert.location.trimmed();
    alert.callerName = alert.callerName.trimmed();
    alert.callerPhone = alert.callerPhone.trimmed();
    alert.summary = alert.summary.trimmed();
    return alert;
}
} // namespace

int AlertService::stationYear(qint64 utcMs) const {
    return QDateTime::fromMSecsSinceEpoch(utcMs, stationZone(m_context.station)).date().year();
}

Status AlertService::moveOn(const Database &database, const AuditLog &audit, Alert alert,
                            AlertStatus status, qint64 nowMs, const QString &actor) {
    // Moved on by its record or its mediation case: still an edit of the alert's month.
    SD_RETURN_IF_ERROR(ClosedPeriodRepository(database).requireOpen(alert.receivedAt, alert.number,
                                                                    u"status"_s, nowMs));
    alert.status = status;
    auto updated = AlertRepository(database).update(alert, nowMs, actor);
    SD_RETURN_IF_ERROR(updated);
    return audit.append({u"alert.update"_s, u"alert"_s, alert.number, u"success"_s, u"status"_s});
}

Result<QList<Alert>> AlertService::page(const AlertFilter &filter,
                                        const AlertPageRequest &request) const {
    return AlertRepository(m_context.database).page(filter, request);
}

Result<qint64> AlertService::count(const AlertFilter &filter, std::optional<qint64> atMost) const {
    return AlertRepository(m_context.database).count(filter, atMost);
}

Result<Alert> AlertService::alert(qint64 id) const {
    return AlertRepository(m_context.database).find(id);
}

Result<std::optional<Alert>> AlertService::alertByNumber(const QString &number) const {
    return AlertRepository(m_context.database).findByNumber(number);
}

Status AlertService::checkReferences(const Alert &alert) const {
    if (alert.areaId) {
        auto area = UnitRepository(m_context.database).areaExists(*alert.areaId);
        SD_RETURN_IF_ERROR(area);
        if (!*area) {
            return Error::validation(u"area"_s, tr("The community area no longer exists."));
        }
    }
    for (const qint64 officerId : alert.officerIds) {
        auto officer = PersonRepository(m_context.database).findIfExists(officerId);
        SD_RETURN_IF_ERROR(officer);
        if (!officer->has_value()) {
            return Error::validation(u"officers"_s, tr("A handling officer no longer exists."));
        }
        if (!(*officer)->active) {
            return Error::validation(u"officers"_s, tr("%1 has left the station and cannot "
                                                       "handle alerts.")
                                                        .arg((*officer)->name));
        }
    }
    return {};
}

Status AlertService::validate(const Alert &alert) const {
    const auto problems = AlertRules::problems(trimmed(alert), m_context.clock.nowMs());
    if (!problems.isEmpty()) {
        return problems.first();
    }
    return checkReferences(alert);
}

Result<Alert> AlertService::store(const Alert &draft, bool create) const {
    Alert alert = trimmed(draft);
    const QString key = alert.number.isEmpty() ? u"new"_s : alert.number;
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::FileAlerts, u"alert"_s, key));
    return inTransaction(m_context.database, [&]() -> Result<Alert> {
        SD_RETURN_IF_ERROR(validate(alert));
        AlertRepository repository(m_context.database);
        const qint64 now = m_context.clock.nowMs();
        const QString actor = m_context.session.actor().name;
        // An alert is dated by its received time (in the station's zone, as the close fixed
        // its month's bounds): neither the month it was in nor the one it moves to may be
        // closed.
        const ClosedPeriodRepository closed(m_context.database);
        if (create) {
            SD_RETURN_IF_ERROR(closed.requireOpen(alert.receivedAt, {}, u"received_at"_s, now));
            if (alert.number.isEmpty()) {
                auto number = repository.nextNumber(stationYear(alert.receivedAt));
                SD_RETURN_IF_ERROR(number);
                alert.number = number.value();
            }
            auto stored = repository.insert(alert, now, actor);
            if (!stored && m_context.database.dialect().isUniqueViolation(stored.error())) {
                return Error::validation(u"number"_s,
                                         tr("Alert number %1 is already taken.").arg(alert.number));
            }
            SD_RETURN_IF_ERROR(stored);
            return m_context.audit.confirm(stored,
                                           {u"alert.create"_s, u"alert"_s, stored->number,
                                            u"success"_s, changedAlertFields(Alert{}, *stored)});
        }
        auto before = repository.find(alert.id);
        SD_RETURN_IF_ERROR(before);
        alert.number = before->number;
        SD_RETURN_IF_ERROR(
            closed.requireOpen(before->receivedAt, before->number, u"received_at"_s, now));
        SD_RETURN_IF_ERROR(
            closed.requireOpen(alert.receivedAt, before->number, u"received_at"_s, now));
        // The repository's matched UPDATE refuses a stale edit (a conflict naming who saved
        // first); once it matched, before is the version the user edited, and the status
        // rule is checked against it. A refused change rolls the transaction back.
        auto stored = repository.update(alert, now, actor);
        SD_RETURN_IF_ERROR(stored);
        if (!alertStatusChangeAllowed(before->status, alert.status)) {
            return Error::validation(
                u"status"_s, tr("An alert that is \"%1\" cannot become \"%2\".")
                                 .arg(displayName(before->status), displayName(alert.status)));
        }
        return m_context.audit.confirm(stored,
                                       {u"alert.update"_s, u"alert"_s, stored->number, u"success"_s,
                                        changedAlertFields(*before, *stored)});
    });
}

Result<Alert> AlertService::addAlert(const Alert &draft) const {
    return store(draft, true);
}

Result<Alert> AlertService::updateAlert(const Alert &edited) const {
    return store(edited, false);
}

Status AlertService::requireOpenMonth(const Alert &alert) const {
    return ClosedPeriodRepository(m_context.database)
        .requireOpen(alert.receivedAt, alert.number, u"checklist"_s, m_context.clock.nowMs());
}

Result<QList<ChecklistItem>> AlertService::checklist(qint64 alertId) const {
    return ChecklistRepository(m_context.database).items(alertId);
}

Status AlertService::tick(qint64 alertId, qint64 stepId) const {
    auto alert = AlertRepository(m_context.database).find(alertId);
    SD_RETURN_IF_ERROR(alert);
    if (Status allowed =
            m_context.access.require(Permission::FileAlerts, u"alert"_s, alert->number);
        !allowed) {
        return allowed;
    }
    return inTransaction(m_context.database, [&]() -> Status {
        SD_RETURN_IF_ERROR(requireOpenMonth(alert.value()));
        auto ticked =
            ChecklistRepository(m_context.database)
                .tick(alertId, stepId, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(ticked);
        return m_context.audit.append(
            {u"alert.checklist_tick"_s, u"alert"_s, alert->number, u"success"_s, ticked.value()});
    });
}

Status AlertService::untick(qint64 alertId, qint64 stepId) const {
    auto alert = AlertRepository(m_context.database).find(alertId);
    SD_RETURN_IF_ERROR(alert);
    if (Status allowed =
            m_context.access.require(Permission::FileAlerts, u"alert"_s, alert->number);
        !allowed) {
        return allowed;
    }
    return inTransaction(m_context.database, [&]() -> Status {
        SD_RETURN_IF_ERROR(requireOpenMonth(alert.value()));
        auto unticked = ChecklistRepository(m_context.database).untick(alertId, stepId);
        SD_RETURN_IF_ERROR(unticked);
        return m_context.audit.append({u"alert.checklist_untick"_s, u"alert"_s, alert->number,
                                       u"success"_s, unticked.value()});
    });
}

Result<QList<ChecklistStep>> AlertService::checklistTemplate() const {
    return ChecklistRepository(m_context.database).steps(false);
}

Result<QList<ChecklistStep>>
AlertService::saveChecklistTemplate(const QList<ChecklistStep> &steps) const {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ChangeSettings, u"checklist"_s));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps[i].key.isEmpty() && steps[i].label.trimmed().isEmpty()) {
            return Error::validation(u"steps"_s, tr("Step %1 has no name.").arg(i + 1));
        }
    }
    return inTransaction(m_context.database, [&]() -> Result<QList<ChecklistStep>> {
        auto saved = ChecklistRepository(m_context.database)
                         .replace(steps, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(saved);
        return m_context.audit.confirm(saved, {u"checklist.update"_s, u"checklist"_s, QString(),
                                               u"success"_s, u"steps=%1"_s.arg(steps.size())});
    });
}

} // namespace sd
