#include "ui/assessment/SchemeCombo.h"

#include "core/assessment/AssessmentService.h"

namespace sd {

SchemeCombo::SchemeCombo(QWidget *parent)
    : QComboBox(parent) {}

bool SchemeCombo::reload(const AssessmentService &service) {
    clear();
    auto schemes = service.schemes();
    if (!schemes) {
        return false;
    }
    for (const AssessmentScheme &scheme : schemes.value()) {
        addItem(scheme.name, scheme.id);
        setItemData(count() - 1, int(scheme.periodKind), kPeriodKindRole);
        setItemData(count() - 1, scheme.code, kCodeRole);
        setItemData(count() - 1, scheme.code, Qt::ToolTipRole);
    }
    return true;
}

int SchemeCombo::firstOfKind(PeriodKind kind) const {
    return findData(int(kind), kPeriodKindRole);
}

bool SchemeCombo::selectCode(const QString &code) {
    const int found = findData(code, kCodeRole);
    if (found >= 0) {
        setCurrentIndex(found);
    }
    return found >= 0;
}

} // namespace sd
