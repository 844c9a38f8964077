#pragma once

#include "core/assessment/AssessmentPeriod.h"
#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sd {

#define SD_ENUM_KEYS_FILE "core/assessment/AssessmentKeys.def"
#include "core/kernel/common/EnumKeysDeclare.inc"

// The lowest total for each grade; below passMin is a fail. Strictly descending.
struct GradeThresholds {
    int excellentMin = 95;
    int goodMin = 85;
    int passMin = 70;

    Grade gradeFor(int total) const;
    bool operator==(const GradeThresholds &other) const = default;
};

// One line of a scheme's catalogue: points is what one occurrence costs (negative, a
// deduction) or earns (positive, a bonus); maxPerPeriod caps the item's points on one
// sheet, in absolute value.
struct AssessmentItem {
    qint64 id = 0;
    QString code;
    QString description;
    int points = 0;
    int maxPerPeriod = 0;

    bool isDeduction() const { return points < 0; }
};

struct AssessmentScheme {
    qint64 id = 0;
    QString code;
    QString name;
    SubjectKind subjectKind = SubjectKind::Unit;
    PeriodKind periodKind = PeriodKind::Month;
    int baseScore = 100;
    GradeThresholds thresholds;
    bool zeroDeductionTarget = false; // the goal is a sheet without any deduction
    QList<AssessmentItem> items;

    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;

    const AssessmentItem *item(qint64 itemId) const;
    const AssessmentItem *itemByCode(const QString &code) const;
};

// One deduction or bonus on a sheet, optionally about a record (by kind and number).
struct ScoreEntry {
    qint64 id = 0;
    qint64 itemId = 0;
    QString itemCode; // filled when read
    int points = 0;
    QString reason;
    QString evidence;
    std::optional<RecordKind> recordKind;
    QString recordNumber;

    bool operator==(const ScoreEntry &other) const = default;
};

struct SheetReview {
    QString action; // submit | approve | return
    QString comment;
    QString actor;
    qint64 atMs = 0;
};

// The score sheet of one subject for one period under one scheme. total and grade are
// computed from the entries (AssessmentRules), never typed.

struct ScoreSheet {
    qint64 id = 0;
    qint64 schemeId = 0;
    SubjectKind subjectKind = SubjectKind::Unit;
    qint64 subjectId = 0;
    QString period;
    SheetStatus status = SheetStatus::Draft;
    QList<ScoreEntry> entries;
    // The scheme's base score and thresholds as they were when the sheet was last saved;
    // an approved sheet keeps them, so a later change to the scheme never regrades it.
    int baseScore = 100;
    GradeThresholds thresholds;
    int total = 0;
    Grade grade = Grade::Excellent;
    QString draftedBy;
    std::optional<qint64> submittedAt;
    std::optional<qint64> approvedAt;
    QString approvedBy;
    QString contentHash; // set once approved: SHA-256 of canonicalContent
    QList<SheetReview> reviews;

    QString subjectName;    // filled when read
    QString schemeCode;     // filled when read
    QString schemeName;     // filled when read: what the desk shows
    int deductionCount = 0; // filled when read: entries with negative points
    qint64 rowVersion = 0;
    qint64 updatedAt = 0;
    QString updatedBy;
};

struct SheetFilter {
    std::optional<qint64> schemeId;
    std::optional<SheetStatus> status;
    QString period;     // exact, or empty for all
    QString fromPeriod; // inclusive, same kind as the scheme
    QString toPeriod;   // inclusive
    std::optional<qint64> subjectId;
    int limit = 1000;
    int offset = 0;
};

// How often an item was deducted on approved sheets, for the analytics.
struct DeductionFrequency {
    QString schemeCode;
    QString itemCode;
    QString description;
    int count = 0;  // entries
    int points = 0; // their sum (negative)
};

} // namespace sd
