#pragma once

#include "core/kernel/common/Clock.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationRepository.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// What every feature's service works with: the station's database, who is signed in, the
// clock, the audit log, the permission check and the station itself. Application owns one
// and hands it to each service, so a service takes one reference for these six, and a new
// one (or a test) cannot wire them up inconsistently.
struct ServiceContext {
    const Database &database;
    const Session &session;
    const Clock &clock;
    const AuditLog &audit;
    const AccessControl &access;
    const Station &station;
};

} // namespace sd
