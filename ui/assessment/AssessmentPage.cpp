#include "ui/assessment/AssessmentPage.h"

#include "ui/assessment/HonoursPanel.h"
#include "ui/assessment/RankingPanel.h"
#include "ui/assessment/ReviewPanel.h"
#include "ui/assessment/TrendPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AssessmentPage::AssessmentPage(Application &app, Prompter &prompter, QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_review(new ReviewPanel(app.assessments(), app.organisation(), prompter,
                               app.access().allows(Permission::ApproveAssessments),
                               app.access().allows(Permission::DraftAssessments), this))
    , m_ranking(new RankingPanel(app.assessments(), app.assessmentViews(), prompter, this))
    , m_trend(new TrendPanel(app.assessments(), app.assessmentViews(), prompter, this))
    , m_honours(new HonoursPanel(app.honours(), this)) {
    setObjectName(u"assessmentPage"_s);
    m_tabs->setObjectName(u"assessmentTabs"_s);
    m_tabs->addTab(m_review, tr("&Review desk"));
    m_tabs->addTab(m_ranking, tr("Ran&king"));
    m_tabs->addTab(m_trend, tr("&Trend and streaks"));
    m_tabs->addTab(m_honours, tr("&Honours and history"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_review, &ReviewPanel::changed, this, [this] {
        m_ranking->reload();
        m_trend->reload();
    });
}

QString AssessmentPage::title() const {
    return tr("Assessment");
}

QIcon AssessmentPage::icon() const {
    return QIcon(u":/icons/assessment.svg"_s);
}

} // namespace sd
