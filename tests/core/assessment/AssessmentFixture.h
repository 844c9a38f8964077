#pragma once

#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

namespace sd::test {

// A station with three squads, a monthly unit scheme and a quarterly one, and helpers to
// act as a squad leader (drafts) or an instructor (approves).
class AssessmentFixture : public EngineTest {
protected:
    void SetUp() override;

    AssessmentService &service() { return m_app->assessments(); }
    const AssessmentAnalytics &views() { return m_app->assessmentViews(); }

    void actAs(const QString &name, Role role);
    void actAsLeader() { actAs(QStringLiteral("吴海涛 (031011)"), Role::SquadLeader); }
    void actAsInstructor() { actAs(QStringLiteral("林志远 (031002)"), Role::Instructor); }

    static AssessmentScheme monthlyScheme();
    ScoreEntry entry(const AssessmentScheme &scheme, const QString &itemCode, int points) const;
    ScoreSheet draft(const AssessmentScheme &scheme, qint64 unitId, const QString &period,
                     const QList<ScoreEntry> &entries = {}) const;
    // Drafted (as the squad leader), submitted and approved (as the instructor).
    ScoreSheet approvedSheet(const AssessmentScheme &scheme, qint64 unitId, const QString &period,
                             const QList<ScoreEntry> &entries = {});
    // Drafted and submitted (as the squad leader), waiting for review.
    ScoreSheet submittedSheet(const AssessmentScheme &scheme, qint64 unitId, const QString &period,
                              const QList<ScoreEntry> &entries = {});
    // Submitted, then returned by the instructor with a comment: a draft again.
    ScoreSheet returnedSheet(const AssessmentScheme &scheme, qint64 unitId, const QString &period,
                             const QList<ScoreEntry> &entries = {});

    qint64 count(const QString &sql);
    qint64 auditCount(const QString &action);

    std::unique_ptr<Application> m_app;
    QList<qint64> m_units;
    AssessmentScheme m_monthly;
    AssessmentScheme m_quarterly;
};

} // namespace sd::test
