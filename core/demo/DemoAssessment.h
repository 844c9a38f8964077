#pragma once

#include "core/Application.h"
#include "core/kernel/common/Result.h"

#include <QCoreApplication>

namespace sd {

// The demo's assessments and honours: three schemes (the monthly law-enforcement
// assessment and quarterly review of the squads, the quarterly evaluation of the
// community police offices), two years of sheets drafted by a squad leader and reviewed
// by the instructor or the chief — mostly approved, some returned and corrected, the
// latest still waiting — and the station's honours and history, modelled on the
// article's station: twelve excellent months in a row, three quarters without a
// deduction, its offices rated best in the sub-bureau.
class DemoAssessment {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoAssessment)

public:
    struct Counts {
        int schemes = 0;
        int sheets = 0;
        int honours = 0;
        int events = 0;
    };

    explicit DemoAssessment(Application &app)
        : m_app(app) {}

    // Needs the demo's units and people. Runs as the demo's squad leader, instructor and
    // chief in turn, then gives the session back as it found it.
    Result<Counts> build();

private:
    Status addSchemes();
    Status addSheets();
    Status addHonours();
    Status addHistory();
    Status addSheet(const AssessmentScheme &scheme, qint64 unitId, const QString &period,
                    const QList<ScoreEntry> &entries, int unitIndex, bool latest);
    QList<ScoreEntry> entriesFor(const AssessmentScheme &scheme, const QString &unit,
                                 const AssessmentPeriod &period, int unitIndex) const;
    Result<qint64> unitId(const QString &name) const;
    Result<qint64> personId(const QString &badge) const;
    void actAs(const QString &name, Role role);

    Application &m_app;
    QList<AssessmentScheme> m_schemes;
    Counts m_counts;
};

} // namespace sd
