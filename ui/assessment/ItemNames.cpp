#include "ui/assessment/ItemNames.h"

#include <algorithm>

namespace sd {

QString ItemNames::of(const AssessmentScheme &scheme, const AssessmentItem &item) {
    const QString name = item.description.trimmed();
    if (name.isEmpty()) {
        return item.code;
    }
    const auto sameName = std::count_if(
        scheme.items.cbegin(), scheme.items.cend(),
        [&name](const AssessmentItem &other) { return other.description.trimmed() == name; });
    return sameName > 1 ? tr("%1 (%2)").arg(name, item.code) : name;
}

QString ItemNames::of(const AssessmentScheme &scheme, qint64 itemId, const QString &code) {
    const AssessmentItem *item = scheme.item(itemId);
    return item ? of(scheme, *item) : code;
}

} // namespace sd
