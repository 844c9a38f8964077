#pragma once

#include "core/assessment/Honour.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>

namespace sd {

// The honours register and the station's history. Recording them is organisational
// record-keeping, so writes need EditOrganisation; each is audited in its transaction.
// Problems come back by field (title, year, awarding_body, recipient, happened_on).
class HonourService {
    Q_DECLARE_TR_FUNCTIONS(sd::HonourService)

public:
    explicit HonourService(const ServiceContext &context)
        : m_context(context) {}

    Result<QList<Honour>> honours(const HonourFilter &filter = {}) const;
    Result<Honour> addHonour(const Honour &draft) const;
    Result<Honour> updateHonour(const Honour &edited) const;

    Result<QList<StationEvent>> events() const;
    Result<StationEvent> addEvent(const StationEvent &draft) const;

private:
    Status validateHonour(const Honour &honour) const;

    const ServiceContext m_context;
};

} // namespace sd
