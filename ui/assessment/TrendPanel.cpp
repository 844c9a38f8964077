#include "ui/assessment/TrendPanel.h"

#include "core/kernel/documents/OutputFile.h"
#include "ui/assessment/ExportButtons.h"
#include "ui/assessment/ItemNames.h"
#include "ui/assessment/SchemeCombo.h"
#include "ui/widgets/PanelWidgets.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kDefaultPeriods = 24;

QTableView *tableFor(QStandardItemModel *model, const QString &name, QWidget *parent) {
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    setUpRecordTable(view);
    return view;
}

void appendRow(QStandardItemModel *model, const QStringList &cells) {
    QList<QStandardItem *> items;
    for (const QString &cell : cells) {
        auto *item = new QStandardItem(cell);
        item->setEditable(false);
        items << item;
    }
    model->appendRow(items);
}
} // namespace

TrendPanel::TrendPanel(const AssessmentService &service, const AssessmentAnalytics &views,
                       Prompter &prompter, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_views(views)
    , m_prompter(prompter)
    , m_scheme(new SchemeCombo(this))
    , m_subject(new QComboBox(this))
    , m_periods(new QSpinBox(this))
    , m_chartView(new QChartView(this))
    , m_streaks(new QLabel(this))
    , m_deductions(new QStandardItemModel(this))
    , m_comparison(new QStandardItemModel(this))
    , m_deductionsExport(new ExportButtons(
          *m_deductions, u"deductions"_s,
          [this] { return tr("Most frequent deductions: %1").arg(m_scheme->currentText()); },
          prompter, false, this))
    , m_comparisonExport(new ExportButtons(
          *m_comparison, u"comparison"_s,
          [this] {
              return tr("Comparison: %1, %2 – %3").arg(m_scheme->currentText(), m_from, m_to);
          },
          prompter, false, this)) {
    setObjectName(u"trendPanel"_s);
    m_scheme->setObjectName(u"trendScheme"_s);
    m_subject->setObjectName(u"trendSubject"_s);
    m_streaks->setObjectName(u"streakText"_s);
    m_chartView->setObjectName(u"trendChart"_s);
    m_periods->setRange(12, 60);
    m_periods->setValue(kDefaultPeriods);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_streaks->setWordWrap(true);

    auto *png = new QPushButton(tr("Export chart &PNG…"), this);
    auto *bar = new QHBoxLayout;
    auto *schemeLabel = new QLabel(tr("Sc&heme:"), this);
    schemeLabel->setBuddy(m_scheme);
    auto *subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    auto *periodsLabel = new QLabel(tr("Peri&ods:"), this);
    periodsLabel->setBuddy(m_periods);
    bar->addWidget(schemeLabel);
    bar->addWidget(m_scheme, 1);
    bar->addWidget(subjectLabel);
    bar->addWidget(m_subject, 1);
    bar->addWidget(periodsLabel);
    bar->addWidget(m_periods);
    bar->addStretch();
    bar->addWidget(png);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QHBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *leftBar = new QHBoxLayout;
    leftBar->addWidget(new QLabel(tr("Most frequent deductions (approved sheets)"), tables), 1);
    leftBar->addWidget(m_deductionsExport);
    left->addLayout(leftBar);
    left->addWidget(tableFor(m_deductions, u"deductionsTable"_s, tables));
    auto *right = new QVBoxLayout;
    auto *rightBar = new QHBoxLayout;
    rightBar->addWidget(new QLabel(tr("Comparison of subjects over the periods shown"), tables), 1);
    rightBar->addWidget(m_comparisonExport);
    right->addLayout(rightBar);
    right->addWidget(tableFor(m_comparison, u"comparisonTable"_s, tables));
    tablesLayout->addLayout(left, 1);
    tablesLayout->addLayout(right, 1);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_chartView, 1);
    topLayout->addWidget(m_streaks);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_scheme, &QComboBox::activated, this, [this] {
        fillSubjects();
        refresh();
    });
    connect(m_subject, &QComboBox::activated, this, &TrendPanel::refresh);
    connect(m_periods, &QSpinBox::valueChanged, this, &TrendPanel::refresh);
    connect(png, &QPushButton::clicked, this, &TrendPanel::chooseExport);
    const auto schemeCode = [this] {
        return m_scheme->code();
    };
    m_deductionsExport->auditWith(service, schemeCode);
    m_comparisonExport->auditWith(
        service, [this, schemeCode] { return u"%1 %2..%3"_s.arg(schemeCode(), m_from, m_to); });
    reload();
}

void TrendPanel::reload() {
    if (!m_scheme->reload(m_service)) {
        return;
    }
    // A monthly scheme first: its two years fill the chart.
    m_scheme->setCurrentIndex(qMax(m_scheme->firstOfKind(PeriodKind::Month), 0));
    fillSubjects();
    refresh();
}

void TrendPanel::fillSubjects() {
    m_subject->clear();
    if (m_scheme->currentIndex() < 0) {
        return;
    }
    // The subjects with an approved sheet: the trend plots nothing else.
    SheetFilter filter;
    filter.schemeId = m_scheme->schemeId();
    filter.status = SheetStatus::Approved;
    filter.limit = 100000;
    auto sheets = m_service.sheets(filter);
    if (!sheets) {
        return;
    }
    QMap<QString, qint64> subjects;
    for (const ScoreSheet &sheet : sheets.value()) {
        subjects.insert(sheet.subjectName, sheet.subjectId);
    }
    for (auto it = subjects.cbegin(); it != subjects.cend(); ++it) {
        m_subject->addItem(it.key(), it.value());
    }
}

bool TrendPanel::showTrend(const QString &schemeCode, const QString &subject) {
    m_scheme->selectCode(schemeCode);
    fillSubjects();
    const int index = m_subject->findText(subject);
    if (index < 0) {
        return false;
    }
    m_subject->setCurrentIndex(index);
    refresh();
    return true;
}

QString TrendPanel::streakText() const {
    return m_streaks->text();
}

int TrendPanel::pointCount() const {
    return m_points;
}

void TrendPanel::refresh() {
    if (m_scheme->currentIndex() < 0) {
        return;
    }
    auto scheme = m_service.scheme(m_scheme->schemeId());
    if (!scheme) {
        return;
    }
    fillTables(scheme.value());
    if (m_subject->currentIndex() < 0) {
        m_chartView->setChart(new QChart);
        m_streaks->clear();
        m_points = 0;
        return;
    }
    const qint64 subjectId = m_subject->currentData().toLongLong();
    auto points = m_views.trend(scheme->id, subjectId, {}, m_periods->value());
    if (!points) {
        m_prompter.warn(this, tr("Trend"), points.error().message);
        return;
    }
    drawChart(scheme.value(), points.value());
    auto streaks = m_views.streaksOf(scheme->id, subjectId);
    QStringList lines;
    if (streaks) {
        for (const Streak &streak : streaks.value()) {
            lines << tr("%1 (%2 – %3)%4")
                         .arg(AssessmentAnalytics::describe(streak, scheme->periodKind),
                              streak.from, streak.to,
                              streak.current ? tr(", continuing") : QString());
        }
    }
    m_streaks->setText(lines.isEmpty() ? tr("No approved sheets yet.")
                                       : tr("Longest runs: %1").arg(lines.join(u"; "_s)));
}

void TrendPanel::drawChart(const AssessmentScheme &scheme, const QList<TrendPoint> &points) {
    auto *chart = new QChart;
    chart->setTitle(tr("%1 — %2").arg(m_subject->currentText(), scheme.name));
    chart->legend()->setAlignment(Qt::AlignBottom);
    int low = scheme.thresholds.passMin - 10;
    int high = scheme.baseScore + 5;
    QStringList categories;
    auto *line = new QLineSeries(chart);
    line->setName(tr("Score"));
    m_points = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        categories << points.at(i).period;
        if (points.at(i).score) {
            line->append(static_cast<qreal>(i), *points.at(i).score);
            low = qMin(low, *points.at(i).score - 5);
            high = qMax(high, *points.at(i).score + 2);
            ++m_points;
        }
    }
    const qreal left = -0.5;
    const qreal right = static_cast<qreal>(points.size()) - 0.5;
    struct Band {
        QString name;
        int from;
        int to;
        QColor color;
    };
    const QList<Band> bands = {
        {displayName(Grade::Excellent), scheme.thresholds.excellentMin, high,
         QColor(46, 160, 67, 60)},
        {displayName(Grade::Good), scheme.thresholds.goodMin, scheme.thresholds.excellentMin,
         QColor(45, 90, 136, 50)},
        {displayName(Grade::Pass), scheme.thresholds.passMin, scheme.thresholds.goodMin,
         QColor(230, 160, 30, 50)},
        {displayName(Grade::Fail), low, scheme.thresholds.passMin, QColor(200, 50, 50, 45)},
    };
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    axisX->setLabelsAngle(-90);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axisX->setLabelsFont(small);
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(low, high);
    axisY->setLabelFormat(u"%d"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (const Band &band : bands) {
        auto *upper = new QLineSeries(chart);
        auto *lower = new QLineSeries(chart);
        upper->append(left, band.to);
        upper->append(right, band.to);
        lower->append(left, band.from);
        lower->append(right, band.from);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(band.name);
        area->setColor(band.color);
        area->setBorderColor(Qt::transparent);
        chart->addSeries(area);
        area->attachAxis(axisY);
        // The band spans the whole width: a value axis for x, hidden under the categories.
        auto *bandX = new QValueAxis(chart);
        bandX->setRange(left, right);
        bandX->setVisible(false);
        chart->addAxis(bandX, Qt::AlignBottom);
        area->attachAxis(bandX);
    }
    line->setPointsVisible(true);
    QPen pen(QColor(45, 90, 136));
    pen.setWidth(2);
    line->setPen(pen);
    chart->addSeries(line);
    line->attachAxis(axisX);
    line->attachAxis(axisY);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void TrendPanel::fillTables(const AssessmentScheme &scheme) {
    m_deductions->clear();
    m_deductions->setHorizontalHeaderLabels({tr("Item"), tr("Times"), tr("Points")});
    auto frequent = m_views.frequentDeductions(scheme.id);
    if (frequent) {
        for (const DeductionFrequency &row : frequent.value()) {
            const AssessmentItem *item = scheme.itemByCode(row.itemCode);
            appendRow(m_deductions, {item ? ItemNames::of(scheme, *item) : row.description,
                                     QString::number(row.count), QString::number(row.points)});
            m_deductions->item(m_deductions->rowCount() - 1, 0)->setToolTip(row.itemCode);
        }
    }
    m_comparison->clear();
    m_comparison->setHorizontalHeaderLabels({tr("Subject"), tr("Sheets"), tr("Average"), tr("Best"),
                                             tr("Worst"), tr("Excellent"), tr("No deductions")});
    // The periods shown end at the latest approved sheet, as the trend does.
    SheetFilter approved;
    approved.schemeId = scheme.id;
    approved.status = SheetStatus::Approved;
    approved.limit = 100000;
    auto sheets = m_service.sheets(approved);
    m_from.clear();
    m_to.clear();
    if (sheets && !sheets->isEmpty()) {
        auto last = AssessmentPeriod::parse(sheets->last().period, scheme.periodKind);
        if (last) {
            m_to = last->toString();
            m_from = last->shifted(1 - m_periods->value()).toString();
        }
    }
    auto rows = m_views.comparison(scheme.id, m_from, m_to);
    if (rows) {
        for (const SubjectComparison &row : rows.value()) {
            appendRow(m_comparison,
                      {row.subject, QString::number(row.sheets),
                       QString::number(row.average, 'f', 1), QString::number(row.best),
                       QString::number(row.worst), QString::number(row.excellent),
                       QString::number(row.zeroDeductionSheets)});
        }
    }
}

Status TrendPanel::exportChartPng(const QString &path) const {
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!m_chartView->grab().save(&png, "PNG")) {
        return Error::storage(tr("Cannot write %1.").arg(path));
    }
    return OutputFile::write(path, png.data());
}

void TrendPanel::chooseExport() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), {}, tr("PNG images (*.png)"));
    if (!path.isEmpty()) {
        if (Status written = exportChartPng(path); !written) {
            m_prompter.warn(this, tr("Export chart"), written.error().message);
        }
    }
}

} // namespace sd
