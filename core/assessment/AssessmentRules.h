#pragma once

#include "core/assessment/Assessment.h"
#include "core/kernel/common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace sd {

// The arithmetic and the seal of a sheet, in one place so the service, the views and the
// verification agree.
class AssessmentRules {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessmentRules)

public:
    static int totalOf(int baseScore, const QList<ScoreEntry> &entries);
    // Sets the sheet's base, thresholds, total and grade from the scheme and its entries.
    static void compute(const AssessmentScheme &scheme, ScoreSheet &sheet);
    // Thresholds must be strictly descending and within 0..base (field "thresholds").
    static Status checkThresholds(const GradeThresholds &thresholds, int baseScore);
    // Each entry's item belongs to the scheme, its points have the item's sign and at
    // most its size, no item passes its maximum, and the total stays at zero or above.
    // A linked record's number has its register's form (field "record"): JQ-YYYY-NNNNNN
    // (alert), CJ-YYYY-NNNNNN (on-scene record) or TJ-YYYY-NNNN (mediation case).
    static Status checkRecordNumber(RecordKind kind, const QString &number);
    static Status checkEntries(const AssessmentScheme &scheme, const QList<ScoreEntry> &entries);
    // Stable text of everything the approval vouches for; its SHA-256 is the seal.
    // Entries must carry their item codes.
    static QByteArray canonicalContent(const QString &schemeCode, const ScoreSheet &sheet);
    static QString sealOf(const QString &schemeCode, const ScoreSheet &sheet);
};

} // namespace sd
