#pragma once

#include "core/frontdesk/Alert.h"
#include "core/frontdesk/AlertChecklist.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>

namespace sd {

// The alert register. Writes need FileAlerts (the checklist template: ChangeSettings),
// are validated as a whole (problems come back by field: received_at, source, category,
// area, location, caller_name, caller_phone, summary, status, officers), and are stored
// with their audit row in one transaction.
class AlertService {
    Q_DECLARE_TR_FUNCTIONS(sd::AlertService)

public:
    explicit AlertService(const ServiceContext &context)
        : m_context(context) {}

    // Moves a stored alert on to status as another write does (sealing its record resolves
    // it, a mediation case refers it), inside that write's transaction, with its audit row.
    static Status moveOn(const Database &database, const AuditLog &audit, Alert alert,
                         AlertStatus status, qint64 nowMs, const QString &actor);

    Result<QList<Alert>> page(const AlertFilter &filter, const AlertPageRequest &request) const;
    // With atMost, counting stops there: a count of atMost means "at least that many".
    Result<qint64> count(const AlertFilter &filter, std::optional<qint64> atMost = {}) const;
    Result<Alert> alert(qint64 id) const;
    Result<std::optional<Alert>> alertByNumber(const QString &number) const;

    // An empty number is generated (JQ-<year of receipt, station time>-NNNNNN).
    Result<Alert> addAlert(const Alert &draft) const;
    Result<Alert> updateAlert(const Alert &edited) const;
    // Every field and rule checked, nothing stored: the editor and the importer use it.
    Status validate(const Alert &alert) const;

    // The checklist of one alert: every active template step, ticked or not.
    Result<QList<ChecklistItem>> checklist(qint64 alertId) const;
    Status tick(qint64 alertId, qint64 stepId) const;
    Status untick(qint64 alertId, qint64 stepId) const;

    Result<QList<ChecklistStep>> checklistTemplate() const;
    // Replaces the template (ChangeSettings): steps keep their ids when edited, new ones
    // get ids, removed ones are deactivated so past ticks still name them.
    Result<QList<ChecklistStep>> saveChecklistTemplate(const QList<ChecklistStep> &steps) const;

    // The station's calendar year of an instant, for alert numbers.
    int stationYear(qint64 utcMs) const;

    // The station's change feed, for lists of what this writes (they refresh on its commits).
    ChangeFeed &changes() const { return m_context.database.changes(); }

private:
    Status checkReferences(const Alert &alert) const;
    // Refused when the alert's month is closed (an edit of its checklist included).
    Status requireOpenMonth(const Alert &alert) const;
    Result<Alert> store(const Alert &alert, bool create) const;

    const ServiceContext m_context;
};

} // namespace sd
