#pragma once

#include "core/kernel/security/Secret.h"
#include "core/organisation/Person.h"

#include <QString>
#include <QTimeZone>
#include <functional>
#include <optional>

class QWidget;

namespace sd {

class AccessControl;
class AlertService;
class Clock;
class OrganisationService;
class Prompter;
class RecordService;
class Session;
struct Alert;

// What every front-desk screen works with, handed down from the page so each dialog does
// not take ten constructor arguments. The services are owned by the Application.
struct FrontDeskContext {
    const AlertService &alerts;
    const RecordService &records;
    const OrganisationService &organisation;
    const AccessControl &access;
    const Session &session;
    const Clock &clock;
    Prompter &prompter;
    QTimeZone zone;      // the station's, for every date and time shown or typed
    QString stationName; // printed at the top of a record

    // Asks the logged-in officer for their password before they sign; nothing when they
    // cancel. Tests replace it to answer without a modal dialog.
    std::function<std::optional<Secret>(QWidget *parent, const QString &who)> askPassword;

    // Set by the shell when the mediation page is there: turns a stored alert into a
    // mediation case in one step; true when the case was made (or an open one opened).
    std::function<bool(QWidget *parent, const Alert &alert)> referToMediation = {};

    // Everyone who may be picked as a handling officer or witness: the active people, and
    // those of keep (already chosen on a record) even if they have left since.
    QList<Person> pickablePeople(const QList<qint64> &keep = {}) const;
};

} // namespace sd
