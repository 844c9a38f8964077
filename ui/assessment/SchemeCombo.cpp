#include "ui/assessment/SchemeCombo.h"

#include "core/assessment/AssessmentService.h"

using namespace Qt::StringLiterals;

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
        addItem(u"%1 %2"_s.arg(scheme.code, scheme.name), scheme.id);
        setItemData(count() - 1, int(scheme.periodKind), kPeriodKindRole);
    }
    return true;
}

int SchemeCombo::firstOfKind(PeriodKind kind) const {
    return findData(int(kind), kPeriodKindRole);
}

bool SchemeCombo::selectCode(const QString &code) {
    for (int i = 0; i < count(); ++i) {
        if (itemText(i).startsWith(code + u' ')) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

} // namespace sd
