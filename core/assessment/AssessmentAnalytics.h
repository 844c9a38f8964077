#pragma once

#include "core/assessment/Assessment.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>

namespace sd {

struct RankingRow {
    int rank = 0; // 1-based; equal scores share a rank (1, 2, 2, 4)
    qint64 sheetId = 0;
    qint64 subjectId = 0;
    QString subject;
    int score = 0;
    Grade grade = Grade::Fail;
    SheetStatus status = SheetStatus::Draft;
    int deductions = 0;
};

// One period of a subject's trend; a period without a sheet has no score.
struct TrendPoint {
    QString period;
    std::optional<int> score;
    std::optional<Grade> grade;
    std::optional<SheetStatus> status;
};

enum class StreakKind { Excellent, ZeroDeductions };
QString toKey(StreakKind kind); // "excellent", "zero_deductions"

// A run of consecutive periods of one subject, from approved sheets only.
struct Streak {
    qint64 subjectId = 0;
    QString subject;
    StreakKind kind = StreakKind::Excellent;
    int length = 0;
    QString from;
    QString to;
    bool current = false; // reaches the subject's latest approved sheet
};

struct SubjectComparison {
    qint64 subjectId = 0;
    QString subject;
    int sheets = 0;
    double average = 0;
    int best = 0;
    int worst = 0;
    int excellent = 0;
    int zeroDeductionSheets = 0;
    int deductions = 0;
};

// The read-only views of the assessments: rankings, trends, streaks, frequent deductions
// and comparisons. Every view counts approved sheets only, so nothing still under review
// (a draft, a returned sheet, one waiting for approval) changes what the station claims,
// and the chart never plots a score the streak text beside it does not count.
class AssessmentAnalytics {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessmentAnalytics)

public:
    explicit AssessmentAnalytics(const Database &database)
        : m_database(database) {}

    // The approved sheets of the scheme for the period, best first; the period must be of
    // the scheme's kind.
    Result<QList<RankingRow>> ranking(qint64 schemeId, const QString &period) const;
    // count periods ending at lastPeriod (or at the subject's latest approved sheet when
    // empty); a period whose sheet is not approved has no score.
    Result<QList<TrendPoint>> trend(qint64 schemeId, qint64 subjectId, const QString &lastPeriod,
                                    int count) const;
    // Each subject's longest run of each kind (zero-deduction runs only for schemes with
    // that target, or when asked), longest first.
    Result<QList<Streak>> streaks(qint64 schemeId) const;
    // The longest runs of one subject.
    Result<QList<Streak>> streaksOf(qint64 schemeId, qint64 subjectId) const;
    Result<QList<DeductionFrequency>> frequentDeductions(std::optional<qint64> schemeId,
                                                         int limit = 10) const;
    Result<QList<SubjectComparison>> comparison(qint64 schemeId, const QString &fromPeriod,
                                                const QString &toPeriod) const;

    // "12 consecutive months excellent", "3 consecutive quarters with zero deductions".
    static QString describe(const Streak &streak, PeriodKind kind);

private:
    Result<QList<ScoreSheet>> approved(qint64 schemeId, std::optional<qint64> subjectId) const;
    static QList<Streak> runsOf(const QList<ScoreSheet> &sheets, PeriodKind kind);

    const Database &m_database;
};

} // namespace sd
