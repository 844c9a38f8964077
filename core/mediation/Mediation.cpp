#include "core/mediation/Mediation.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Mediation)
};

} // namespace

#define SD_ENUM_KEYS_FILE "core/mediation/MediationKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

QString displayName(RepeatReason value) {
    return value == RepeatReason::SameAddress ? Tr::tr("Same address") : Tr::tr("Same party");
}

QString mediationSignerName(SignatureRole role) {
    return role == SignatureRole::Officer ? Tr::tr("Mediator") : displayName(role);
}

QString followUpPlanText(const QList<MediationFollowUp> &followUps, qsizetype index) {
    if (index < 0 || index >= followUps.size()) {
        return {};
    }
    const QString plan = followUps.at(index).plan.trimmed();
    if (!plan.isEmpty()) {
        return plan;
    }
    return index == 0 ? Tr::tr("First follow-up visit") : Tr::tr("Follow-up visit");
}

} // namespace sd
