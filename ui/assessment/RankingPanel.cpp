#include "ui/assessment/RankingPanel.h"

#include "ui/assessment/ExportButtons.h"
#include "ui/assessment/SchemeCombo.h"
#include "ui/widgets/PanelWidgets.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

RankingPanel::RankingPanel(const AssessmentService &service, const AssessmentAnalytics &views,
                           Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_views(views)
    , m_prompter(prompter)
    , m_scheme(new SchemeCombo(this))
    , m_period(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
    , m_export(new ExportButtons(
          *m_model, u"ranking"_s, [this] { return title(); }, prompter, true, this)) {
    setObjectName(u"rankingPanel"_s);
    m_scheme->setObjectName(u"rankingScheme"_s);
    m_period->setObjectName(u"rankingPeriod"_s);
    m_view->setObjectName(u"rankingTable"_s);
    m_note->setObjectName(u"rankingNote"_s);
    m_note->setWordWrap(true);
    m_period->setPlaceholderText(tr("2026-07, 2026-Q3 or 2026"));
    m_view->setModel(m_model);
    setUpRecordTable(m_view);

    auto *show = new QPushButton(tr("&Show"), this);
    auto *bar = new QHBoxLayout;
    auto *schemeLabel = new QLabel(tr("Sc&heme:"), this);
    schemeLabel->setBuddy(m_scheme);
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    bar->addWidget(schemeLabel);
    bar->addWidget(m_scheme, 1);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(show);
    bar->addStretch();
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(show, &QPushButton::clicked, this, &RankingPanel::refresh);
    connect(m_period, &QLineEdit::returnPressed, this, &RankingPanel::refresh);
    connect(m_scheme, &QComboBox::activated, this, [this] {
        // Suggest the scheme's latest period with approved sheets: only those are ranked.
        SheetFilter filter;
        filter.schemeId = m_scheme->schemeId();
        filter.status = SheetStatus::Approved;
        filter.limit = 100000;
        auto sheets = m_service.sheets(filter);
        if (sheets && !sheets->isEmpty()) {
            m_period->setText(sheets->last().period);
        }
        refresh();
    });
    m_export->auditWith(service,
                        [this] { return u"%1 %2"_s.arg(m_scheme->code(), m_period->text()); });
    reload();
}

void RankingPanel::reload() {
    if (m_scheme->reload(m_service) && m_scheme->count() > 0) {
        Q_EMIT m_scheme->activated(0);
    }
}

bool RankingPanel::showRanking(const QString &schemeCode, const QString &period) {
    m_scheme->selectCode(schemeCode);
    m_period->setText(period);
    refresh();
    return m_model->rowCount() > 0;
}

void RankingPanel::refresh() {
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Rank"), tr("Subject"), tr("Score"), tr("Grade"), tr("Deductions")});
    m_note->clear();
    if (m_scheme->currentIndex() < 0 || m_period->text().trimmed().isEmpty()) {
        return;
    }
    auto rows = m_views.ranking(m_scheme->schemeId(), m_period->text());
    if (!rows) {
        m_prompter.warn(this, tr("Ranking"), rows.error().message);
        return;
    }
    for (const RankingRow &row : rows.value()) {
        QList<QStandardItem *> items = {new QStandardItem(QString::number(row.rank)),
                                        new QStandardItem(row.subject),
                                        new QStandardItem(QString::number(row.score)),
                                        new QStandardItem(displayName(row.grade)),
                                        new QStandardItem(QString::number(row.deductions))};
        for (QStandardItem *item : items) {
            item->setEditable(false);
        }
        m_model->appendRow(items);
    }
    // Say what is left out, so an empty or short ranking is not read as the whole period.
    SheetFilter period;
    period.schemeId = m_scheme->schemeId();
    const auto parsed = AssessmentPeriod::parse(m_period->text().trimmed());
    period.period = parsed ? parsed->toString() : m_period->text().trimmed();
    auto all = m_service.countSheets(period);
    const int unranked = all ? all.value() - static_cast<int>(rows->size()) : 0;
    m_note->setText(unranked > 0
                        ? tr("Only approved sheets are ranked: %n sheet(s) of this period still "
                             "in draft or under review are not.",
                             nullptr, unranked)
                        : tr("Only approved sheets are ranked."));
}

QString RankingPanel::noteText() const {
    return m_note->text();
}

QString RankingPanel::title() const {
    return tr("Ranking: %1, %2").arg(m_scheme->currentText(), m_period->text().trimmed());
}

Status RankingPanel::exportCsv(const QString &path) const {
    return m_export->exportCsv(path);
}

Status RankingPanel::exportPdf(const QString &path) const {
    return m_export->exportPdf(path);
}

} // namespace sd
