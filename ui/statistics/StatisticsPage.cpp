#include "ui/statistics/StatisticsPage.h"

#include "core/kernel/documents/OutputFile.h"
#include "core/kernel/settings/StationCalendar.h"
#include "ui/statistics/ChangeChart.h"
#include "ui/statistics/ChangeTableModel.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/ViewExport.h"

#include <QBuffer>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

StatisticsPage::StatisticsPage(const AlertStatistics &statistics, const Clock &clock,
                               const Station &station, Prompter &prompter, QWidget *parent)
    : Page(parent)
    , m_statistics(statistics)
    , m_clock(clock)
    , m_station(station)
    , m_prompter(prompter)
    , m_year(new QSpinBox(this))
    , m_range(new QLabel(this))
    , m_content(new QWidget(this))
    , m_months(new ChangeChart(tr("This year against last, by month"), prompter, m_content))
    , m_categories(new ChangeChart(tr("Categories"), prompter, m_content))
    , m_preventable(new ChangeChart(tr("Preventable alerts, by month"), prompter, m_content))
    , m_areas(new ChangeTableModel(tr("Area"), this))
    , m_summary(new ChangeTableModel(tr("Measure"), this))
    , m_windows(new ChangeTableModel(tr("Rolling window"), this))
    , m_areaView(tableFor(m_areas, u"areaView"_s))
    , m_summaryView(tableFor(m_summary, u"summaryView"_s))
    , m_windowView(tableFor(m_windows, u"windowView"_s))
    , m_data(new QStandardItemModel(this)) {
    setObjectName(u"statisticsPage"_s);
    m_months->setObjectName(u"monthChart"_s);
    m_categories->setObjectName(u"categoryChart"_s);
    m_preventable->setObjectName(u"preventableChart"_s);
    const int thisYear = stationToday(m_clock, m_station).year();
    m_year->setObjectName(u"statisticsYear"_s);
    m_year->setRange(2000, thisYear);
    m_year->setValue(thisYear);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    connect(m_year, &QSpinBox::valueChanged, this, &StatisticsPage::reload);

    auto *csv = new QPushButton(tr("Export &data (CSV)…"), this);
    csv->setObjectName(u"exportStatisticsCsv"_s);
    connect(csv, &QPushButton::clicked, this, [this] { choose(u"csv"_s); });
    auto *pdf = new QPushButton(tr("Export page as &PDF…"), this);
    pdf->setObjectName(u"exportStatisticsPdf"_s);
    connect(pdf, &QPushButton::clicked, this, [this] { choose(u"pdf"_s); });
    auto *printButton = new QPushButton(tr("P&rint…"), this);
    printButton->setObjectName(u"printStatistics"_s);
    connect(printButton, &QPushButton::clicked, this, &StatisticsPage::printPreview);

    auto *rule = new QLabel(CountChange::rule(), this);
    rule->setObjectName(u"statisticsRule"_s);
    rule->setWordWrap(true);
    m_range->setObjectName(u"statisticsRange"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addWidget(m_range);
    top->addStretch(1);
    top->addWidget(csv);
    top->addWidget(pdf);
    top->addWidget(printButton);

    const auto boxed = [this](const QString &title, QWidget *inside) {
        auto *box = new QGroupBox(title, m_content);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(6, 6, 6, 6);
        layout->addWidget(inside);
        return box;
    };
    auto *grid = new QGridLayout(m_content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_months, 0, 0);
    grid->addWidget(m_categories, 0, 1);
    // Areas and the rolling windows share the place, a tab each, so neither is squeezed.
    auto *tables = new QTabWidget(m_content);
    tables->setObjectName(u"statisticsTables"_s);
    tables->addTab(m_areaView, tr("&Areas, with their trend"));
    tables->addTab(m_windowView, tr("Rolling &windows"));
    grid->addWidget(tables, 1, 0);
    auto *right = new QVBoxLayout;
    right->addWidget(boxed(tr("Two down, one up"), m_summaryView));
    right->addWidget(m_preventable, 1);
    grid->addLayout(right, 1, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rule);
    layout->addWidget(m_content, 1);

    for (ChangeChart *chart : {m_months, m_categories, m_preventable}) {
        connect(chart, &ChangeChart::alertsRequested, this, &StatisticsPage::alertsRequested);
    }
    setTabOrder(m_year, csv);
    setTabOrder(csv, pdf);
    setTabOrder(pdf, printButton);
    setTabOrder(printButton, m_months);
    setTabOrder(m_months, m_categories);
    setTabOrder(m_categories, m_areaView);
    setTabOrder(m_areaView, m_windowView);
    setTabOrder(m_windowView, m_summaryView);
    setTabOrder(m_summaryView, m_preventable);
}

QString StatisticsPage::title() const {
    return tr("Statistics");
}

QIcon StatisticsPage::icon() const {
    return QIcon(u":/icons/statistics.svg"_s);
}

QTableView *StatisticsPage::tableFor(ChangeTableModel *model, const QString &name) {
    auto *view = new QTableView(m_content);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    // The name takes what the numbers leave, elided: the table never scrolls sideways.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(ChangeTableModel::NameColumn,
                                                   QHeaderView::Stretch);
    view->setWordWrap(false);
    // Enter or a double click lists the line's alerts of this year.
    connect(view, &QTableView::activated, this, [this, model](const QModelIndex &index) {
        if (const DashboardLine *line = model->line(index.row()); line && line->alerts) {
            Q_EMIT alertsRequested(*line->alerts, line->description);
        }
    });
    return view;
}

void StatisticsPage::setYear(int year) {
    m_year->setValue(year);
}

int StatisticsPage::year() const {
    return m_year->value();
}

void StatisticsPage::showEvent(QShowEvent *event) {
    Page::showEvent(event);
    reload();
}

void StatisticsPage::reload() {
    const QTimeZone zone = stationZone(m_station);
    auto figures =
        DashboardFigures::load(m_statistics, year(), stationToday(m_clock, m_station), zone);
    if (!figures) {
        m_range->setText(figures.error().message);
        return;
    }
    m_figures = figures.value();
    m_range->setText(
        tr("%1 to %2, against the same days of %3; counted under %4")
            .arg(m_figures.from.toString(Qt::ISODate), m_figures.to.toString(Qt::ISODate))
            .arg(m_figures.year - 1)
            .arg(m_figures.definition));
    m_months->show(m_figures.months, m_figures.year);
    m_categories->show(m_figures.categories, m_figures.year);
    m_preventable->show(m_figures.preventableMonths, m_figures.year);
    m_areas->setLines(m_figures.areas, m_figures.year);
    m_summary->setLines(m_figures.twoDownOneUp, m_figures.year);
    m_areaView->setColumnHidden(ChangeTableModel::WantedColumn, true);
    // The three measures always show whole; the chart below takes what is left.
    m_windows->setLines(m_figures.windows, tr("Now"), tr("Before"));
    m_windowView->resizeRowsToContents();
    m_summaryView->resizeRowsToContents();
    m_summaryView->setFixedHeight(m_summaryView->horizontalHeader()->sizeHint().height() +
                                  m_summaryView->verticalHeader()->length() +
                                  2 * m_summaryView->frameWidth());
    fillDataModel();
}

void StatisticsPage::fillDataModel() {
    m_data->clear();
    m_data->setHorizontalHeaderLabels({tr("Figure"), tr("Line"), QString::number(m_figures.year),
                                       QString::number(m_figures.year - 1), tr("Change"), tr("%"),
                                       tr("z"), tr("Significance")});
    const auto add = [this](const QString &figure, const QList<DashboardLine> &lines) {
        for (const DashboardLine &line : lines) {
            const CountChange &change = line.change;
            QList<QStandardItem *> row;
            for (const QString &text :
                 {figure, line.label, QString::number(change.current),
                  QString::number(change.previous), QString::number(change.change),
                  ChangeTableModel::percentText(change), QString::number(change.z, 'f', 2),
                  displayName(change.flag)}) {
                row << new QStandardItem(text);
            }
            m_data->appendRow(row);
        }
    };
    add(tr("Months"), m_figures.months);
    add(tr("Categories"), m_figures.categories);
    add(tr("Areas"), m_figures.areas);
    add(tr("Two down, one up"), m_figures.twoDownOneUp);
    add(tr("Preventable alerts"), m_figures.preventableMonths);
    add(tr("Rolling windows"), m_figures.windows);
}

Status StatisticsPage::exportCsv(const QString &path) const {
    return ViewExport::writeCsv(*m_data, path);
}

void StatisticsPage::print(QPagedPaintDevice &device) {
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageOrientation(QPageLayout::Landscape);
    device.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    QPainter painter(&device);
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QString heading = tr("Alert statistics %1 — %2").arg(m_figures.year).arg(m_range->text());
    QFont font = painter.font();
    font.setPointSizeF(12);
    painter.setFont(font);
    // The heading and the rule wrap to the paper's width; the page goes below them.
    const QString text = heading + u"\n"_s + CountChange::rule();
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const int headingHeight =
        painter.boundingRect(QRect(0, 0, page.width(), page.height()), flags, text).height() +
        painter.fontMetrics().height() / 2;
    painter.drawText(QRect(0, 0, page.width(), headingHeight), flags, text);
    // The page as drawn on screen, scaled to the paper's width (or height) keeping its shape.
    const QSize source = m_content->size();
    const double scale = std::min(double(page.width()) / source.width(),
                                  double(page.height() - headingHeight) / source.height());
    painter.translate(0, headingHeight);
    painter.scale(scale, scale);
    m_content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

Status StatisticsPage::exportPdf(const QString &path) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(tr("Alert statistics %1").arg(m_figures.year));
        writer.setResolution(300);
        print(writer);
    }
    return OutputFile::write(path, buffer.data());
}

void StatisticsPage::choose(const QString &format) {
    const bool pdf = format == u"pdf"_s;
    const QString caption = pdf ? tr("Export page as PDF") : tr("Export data as CSV");
    const QString path = QFileDialog::getSaveFileName(
        this, caption, {}, pdf ? tr("PDF files (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (Status written = pdf ? exportPdf(path) : exportCsv(path); !written) {
        m_prompter.warn(this, caption, written.error().message);
    }
}

void StatisticsPage::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { print(*target); });
    preview.exec();
}

} // namespace sd
