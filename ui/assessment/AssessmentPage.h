#pragma once

#include "core/Application.h"
#include "ui/widgets/Page.h"
#include "ui/widgets/Prompter.h"

class QTabWidget;

namespace sd {

class HonoursPanel;
class RankingPanel;
class ReviewPanel;
class TrendPanel;

// Team assessments and honours: the review desk, the ranking of a period, a subject's
// trend with its streaks, and the honour wall with the station's history. What the user
// may do follows the role: the instructor and the chief approve or return, squad leaders
// and the administrator submit drafts; everyone with the page may look.
class AssessmentPage : public Page {
    Q_OBJECT

public:
    AssessmentPage(Application &app, Prompter &prompter, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    ReviewPanel *review() const { return m_review; }
    RankingPanel *ranking() const { return m_ranking; }
    TrendPanel *trend() const { return m_trend; }
    HonoursPanel *honours() const { return m_honours; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    ReviewPanel *m_review;
    RankingPanel *m_ranking;
    TrendPanel *m_trend;
    HonoursPanel *m_honours;
};

} // namespace sd
