#pragma once

#include "core/assessment/Assessment.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/storage/Database.h"

namespace sd {

// Schemes with their items, and score sheets with their entries and review history.
// No rules here: AssessmentService validates, checks permissions and audits.
class AssessmentRepository {
public:
    explicit AssessmentRepository(const Database &database)
        : m_database(database) {}

    Result<QList<AssessmentScheme>> schemes() const;
    Result<AssessmentScheme> scheme(qint64 id) const;
    Result<std::optional<AssessmentScheme>> schemeByCode(const QString &code) const;
    Result<AssessmentScheme> insertScheme(const AssessmentScheme &scheme, qint64 nowMs,
                                          const QString &actor) const;
    // Header, thresholds and items (new ones inserted, existing ones updated by id).
    Result<AssessmentScheme> updateScheme(const AssessmentScheme &scheme, qint64 nowMs,
                                          const QString &actor) const;
    Result<int> countSheets(qint64 schemeId) const;
    // The items most often deducted on approved sheets (of one scheme, or all), most first.
    Result<QList<DeductionFrequency>> frequentDeductions(std::optional<qint64> schemeId,
                                                         int limit) const;

    Result<ScoreSheet> sheet(qint64 id) const;
    Result<std::optional<qint64>> findSheet(qint64 schemeId, qint64 subjectId,
                                            const QString &period) const;
    // Without entries or reviews, with subject name and deduction count; ordered by
    // period, then total descending.
    Result<QList<ScoreSheet>> sheets(const SheetFilter &filter) const;
    Result<int> countSheets(const SheetFilter &filter) const;
    Result<ScoreSheet> insertSheet(const ScoreSheet &sheet, qint64 nowMs,
                                   const QString &actor) const;
    // Everything but the drafter; entries replaced. A stale rowVersion is a Conflict.
    Result<ScoreSheet> updateSheet(const ScoreSheet &sheet, qint64 nowMs,
                                   const QString &actor) const;
    Status addReview(qint64 sheetId, const SheetReview &review) const;

private:
    Result<QList<AssessmentItem>> items(qint64 schemeId) const;
    Status writeItems(qint64 schemeId, const QList<AssessmentItem> &items) const;
    Status writeEntries(qint64 sheetId, const QList<ScoreEntry> &entries) const;

    const Database &m_database;
};

} // namespace sd
