#pragma once

#include "core/kernel/common/Result.h"
#include "core/mediation/Mediation.h"
#include "ui/frontdesk/FrontDeskContext.h"

#include <functional>

namespace sd {

class FieldErrors;
class MediationService;
class StationSettings;

// What every mediation screen works with. The front-desk context comes along because the
// party editor, the people list and the signing password prompt are the front desk's.
struct MediationContext {
    const MediationService &mediation;
    const StationSettings &settings;
    FrontDeskContext desk;
    bool editAllowed = false; // FileAlerts: without it every screen only shows
};

// How a tab hands the result of a service call to the case editor: stored, the editor shows
// the new case everywhere; refused, the error goes to errors (next to the field it names),
// a conflict reloads the case while the tab keeps what was typed. True when stored.
using MediationApply =
    std::function<bool(const Result<MediationCase> &result, FieldErrors &errors)>;

} // namespace sd
