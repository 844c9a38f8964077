#pragma once

#include "core/assessment/Assessment.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/storage/Database.h"

#include <QCoreApplication>

namespace sd {

// Assessment schemes and the review of score sheets: draft (DraftAssessments: squad
// leader, admin) → submitted → approved and sealed, or returned with a comment to draft
// (ApproveAssessments: instructor, chief; never the sheet's own drafter). Totals and
// grades are always computed here from the entries. Every step writes its audit row in
// the same transaction; problems come back by field (code, name, thresholds, items,
// subject, period, points, reason, record, comment, status, drafted_by).
class AssessmentService {
    Q_DECLARE_TR_FUNCTIONS(sd::AssessmentService)

public:
    explicit AssessmentService(const ServiceContext &context)
        : m_context(context) {}

    // A sheet as messages and the review desk name it: scheme name · period · subject.
    static QString shownId(const ScoreSheet &sheet);

    Result<QList<AssessmentScheme>> schemes() const;
    Result<AssessmentScheme> scheme(qint64 id) const;
    // NotFound (naming the code) when there is none.
    Result<AssessmentScheme> schemeByCode(const QString &code) const;
    // Schemes are the yardstick the reviewers apply, so setting them needs
    // ApproveAssessments. Changing base or thresholds regrades sheets not yet approved.
    Result<AssessmentScheme> addScheme(const AssessmentScheme &draft) const;
    Result<AssessmentScheme> updateScheme(const AssessmentScheme &edited) const;

    Result<QList<ScoreSheet>> sheets(const SheetFilter &filter) const;
    Result<int> countSheets(const SheetFilter &filter) const;
    Result<ScoreSheet> sheet(qint64 id) const;
    // What waits for the reviewer: submitted sheets, oldest period first.
    Result<QList<ScoreSheet>> reviewInbox() const;

    // What createSheet and updateSheet check about the entries, without writing: the
    // scheme's rules (AssessmentRules::checkEntries) and that each linked alert or
    // on-scene record exists. The sheet editor asks this before it takes an entry.
    Status checkEntries(qint64 schemeId, const QList<ScoreEntry> &entries) const;

    Result<ScoreSheet> createSheet(const ScoreSheet &draft) const;
    Result<ScoreSheet> updateSheet(const ScoreSheet &edited) const;
    Result<ScoreSheet> submitSheet(qint64 id, qint64 rowVersion) const;
    Result<ScoreSheet> approveSheet(qint64 id, qint64 rowVersion) const;
    Result<ScoreSheet> returnSheet(qint64 id, qint64 rowVersion, const QString &comment) const;

    // Writes the audit row for a view leaving the desk (view: "ranking", "deductions",
    // "comparison"; what: the scheme and period shown; format: "pdf" or "csv"), as the
    // on-scene records' printing is: what the station printed is on record.
    Status recordExport(const QString &view, const QString &what, const QString &format) const;

    // Recomputes the stored total and grade from the entries and, for an approved sheet,
    // its seal; a mismatch (someone edited the tables directly) is a Validation error.
    Status verifySheet(qint64 id) const;

private:
    Status validateScheme(const AssessmentScheme &scheme) const;
    Status validateSubject(const AssessmentScheme &scheme, const ScoreSheet &sheet) const;
    Status requireDraftable(const ScoreSheet &sheet) const;
    Status checkLinkedRecords(const QList<ScoreEntry> &entries) const;
    // The sheet as stored, carrying the row version the caller saw: the repository's
    // updateSheet (WHERE row_version = ?) is the one place a stale change is refused.
    Result<ScoreSheet> loadForChange(qint64 id, qint64 rowVersion) const;
    Result<ScoreSheet> transition(const ScoreSheet &sheet, const QString &action,
                                  const QString &comment) const;
    // The audit names a sheet by its codes.
    static QString auditId(const ScoreSheet &sheet);

    const ServiceContext m_context;
};

} // namespace sd
