#pragma once

#include "core/kernel/common/Clock.h"
#include "core/kernel/settings/StationRepository.h"
#include "ui/statistics/DashboardFigures.h"
#include "ui/widgets/Page.h"

class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace sd {

class ChangeChart;
class ChangeTableModel;
class Prompter;

// The chief's page: this year against last by month, the categories, the areas with their
// trend, two down one up, and the preventable alerts, each with whether the change is more
// than chance (the rule is written on the page). Every figure drills into the alert list
// holding exactly its alerts; the figures export as CSV, the page as PDF or to a printer,
// and each chart as a PNG image.
class StatisticsPage : public Page {
    Q_OBJECT

public:
    StatisticsPage(const AlertStatistics &statistics, const Clock &clock, const Station &station,
                   Prompter &prompter, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;

    void setYear(int year);
    int year() const;
    // Reads the figures again (the page does when shown, and when the year changes).
    void reload();
    const DashboardFigures &figures() const { return m_figures; }

    ChangeChart *monthChart() const { return m_months; }
    ChangeChart *categoryChart() const { return m_categories; }
    ChangeChart *preventableChart() const { return m_preventable; }
    QTableView *areaView() const { return m_areaView; }
    QTableView *summaryView() const { return m_summaryView; }
    QTableView *windowView() const { return m_windowView; }
    const QStandardItemModel &dataModel() const { return *m_data; }

    Status exportCsv(const QString &path) const;
    Status exportPdf(const QString &path);
    void print(QPagedPaintDevice &device);

Q_SIGNALS:
    void alertsRequested(const sd::AlertFilter &filter, const QString &description);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTableView *tableFor(ChangeTableModel *model, const QString &name);
    void fillDataModel();
    void choose(const QString &format);
    void printPreview();

    const AlertStatistics &m_statistics;
    const Clock &m_clock;
    const Station &m_station;
    Prompter &m_prompter;
    DashboardFigures m_figures;
    QSpinBox *m_year;
    QLabel *m_range;
    QWidget *m_content;
    ChangeChart *m_months;
    ChangeChart *m_categories;
    ChangeChart *m_preventable;
    ChangeTableModel *m_areas;
    ChangeTableModel *m_summary;
    ChangeTableModel *m_windows;
    QTableView *m_areaView;
    QTableView *m_summaryView;
    QTableView *m_windowView;
    QStandardItemModel *m_data;
};

} // namespace sd
