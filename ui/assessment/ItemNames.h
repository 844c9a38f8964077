#pragma once

#include "core/assessment/Assessment.h"

#include <QCoreApplication>

namespace sd {

// What the review desk calls a scheme's item: its description, which is what a reader knows
// it by. The code follows in brackets only where two items of the scheme share a
// description, so they can still be told apart; elsewhere it is a tooltip at most.
class ItemNames {
    Q_DECLARE_TR_FUNCTIONS(sd::ItemNames)

public:
    static QString of(const AssessmentScheme &scheme, const AssessmentItem &item);
    // The name of the scheme's item with that id, or code when the scheme does not hold it.
    static QString of(const AssessmentScheme &scheme, qint64 itemId, const QString &code);
};

} // namespace sd
