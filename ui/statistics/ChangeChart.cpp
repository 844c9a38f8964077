#include "ui/statistics/ChangeChart.h"

#include "core/kernel/documents/OutputFile.h"
#include "ui/widgets/Prompter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QColor kLastYear(160, 174, 192);
const QColor kThisYear(45, 90, 136);
const QColor kChosen(230, 160, 30);
} // namespace

ChangeChart::ChangeChart(QString title, Prompter &prompter, QWidget *parent)
    : QChartView(parent)
    , m_title(std::move(title))
    , m_prompter(prompter) {
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    setToolTip(tr("Click a bar, or choose one with the arrow keys and press Enter, to list its "
                  "alerts. Ctrl+S saves the chart as an image."));
}

QString ChangeChart::axisLabel(const DashboardLine &line) {
    switch (line.change.flag) {
    case ChangeFlag::Rise:
        return line.label + u"▲"_s;
    case ChangeFlag::Fall:
        return line.label + u"▼"_s;
    case ChangeFlag::Noise:
        break;
    }
    return line.label;
}

void ChangeChart::show(const QList<DashboardLine> &lines, int year) {
    m_lines = lines;
    m_chosen = -1;
    auto *chart = new QChart;
    chart->setTitle(m_title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *previous = new QBarSet(QString::number(year - 1), chart);
    auto *current = new QBarSet(QString::number(year), chart);
    previous->setColor(kLastYear);
    current->setColor(kThisYear);
    QStringList categories;
    qint64 highest = 1;
    for (const DashboardLine &line : lines) {
        previous->append(qreal(line.change.previous));
        current->append(qreal(line.change.current));
        categories << axisLabel(line);
        highest = std::max({highest, line.change.previous, line.change.current});
    }
    auto *series = new QBarSeries(chart);
    series->append(previous);
    series->append(current);
    connect(previous, &QBarSet::clicked, this, [this](int index) { request(index, true); });
    connect(current, &QBarSet::clicked, this, [this](int index) { request(index, false); });
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    // Twelve months with their marks fit under a half-width chart.
    QFont small = axisX->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    axisX->setLabelsFont(small);
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(0, double(highest) * 1.1);
    axisY->setLabelFormat(u"%d"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void ChangeChart::request(int index, bool previous) {
    if (index < 0 || index >= m_lines.size()) {
        return;
    }
    const DashboardLine &line = m_lines[index];
    const auto &filter = previous ? line.previousAlerts : line.alerts;
    if (filter) {
        Q_EMIT alertsRequested(*filter, previous ? line.previousDescription : line.description);
    }
}

void ChangeChart::choose(int index, bool previous) {
    if (m_lines.isEmpty()) {
        return;
    }
    m_chosen = std::clamp(index, 0, int(m_lines.size()) - 1);
    m_previousChosen = previous;
    const auto sets = static_cast<QBarSeries *>(chart()->series().value(0))->barSets();
    for (int set = 0; set < sets.size(); ++set) {
        sets[set]->deselectAllBars();
        sets[set]->setSelectedColor(kChosen);
    }
    sets.value(previous ? 0 : 1)->selectBar(m_chosen);
}

void ChangeChart::keyPressEvent(QKeyEvent *event) {
    switch (event->key()) {
    case Qt::Key_Right:
        choose(m_chosen < 0 ? 0 : m_chosen + (m_previousChosen ? 0 : 1), !m_previousChosen);
        return;
    case Qt::Key_Left:
        choose(m_chosen < 0 ? 0 : m_chosen - (m_previousChosen ? 1 : 0), !m_previousChosen);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        request(m_chosen, m_previousChosen);
        return;
    default:
        break;
    }
    if (event->matches(QKeySequence::Save)) {
        askAndSave();
        return;
    }
    QChartView::keyPressEvent(event);
}

void ChangeChart::contextMenuEvent(QContextMenuEvent *event) {
    QMenu menu(this);
    connect(menu.addAction(tr("Save chart as &PNG…")), &QAction::triggered, this,
            &ChangeChart::askAndSave);
    menu.exec(event->globalPos());
}

void ChangeChart::askAndSave() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG: %1").arg(m_title), {}, tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status saved = savePng(path); !saved) {
        m_prompter.warn(this, tr("Save chart as PNG"), saved.error().message);
    }
}

Status ChangeChart::savePng(const QString &path) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    grab().save(&buffer, "PNG");
    return OutputFile::write(path, buffer.data());
}

} // namespace sd
