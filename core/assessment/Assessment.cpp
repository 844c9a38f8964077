#include "core/assessment/Assessment.h"

using namespace Qt::StringLiterals;

namespace sd {

#define SD_ENUM_KEYS_FILE "core/assessment/AssessmentKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

Grade GradeThresholds::gradeFor(int total) const {
    if (total >= excellentMin) {
        return Grade::Excellent;
    }
    if (total >= goodMin) {
        return Grade::Good;
    }
    if (total >= passMin) {
        return Grade::Pass;
    }
    return Grade::Fail;
}

const AssessmentItem *AssessmentScheme::item(qint64 itemId) const {
    for (const AssessmentItem &candidate : items) {
        if (candidate.id == itemId) {
            return &candidate;
        }
    }
    return nullptr;
}

const AssessmentItem *AssessmentScheme::itemByCode(const QString &itemCode) const {
    for (const AssessmentItem &candidate : items) {
        if (candidate.code == itemCode) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace sd
