#pragma once

#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Result.h"
#include "core/statistics/StatisticsDefinition.h"

namespace sd {

// The station's statistics definitions and their history. Reading needs no permission;
// adding a version needs ChangeSettings and is audited in the same transaction.
class StatisticsDefinitionService {
    Q_DECLARE_TR_FUNCTIONS(sd::Statistics)

public:
    explicit StatisticsDefinitionService(const ServiceContext &context)
        : m_context(context) {}

    // Every stored version, newest first, then the built-in default that applies before
    // the first.
    Result<QList<StatisticsDefinition>> history() const;
    // The version added last (the one a change is made from), or the default.
    Result<StatisticsDefinition> current() const;
    // The version in force on a station-local day, or the default before the first.
    Result<StatisticsDefinition> inForceOn(QDate day) const;
    // Adds the version change makes of the current one (see changedDefinition); the version
    // as stored.
    Result<StatisticsDefinition> define(const StatisticsDefinitionChange &change) const;

private:
    const ServiceContext &m_context;
};

} // namespace sd
