#pragma once

#include "core/assessment/AssessmentAnalytics.h"
#include "core/assessment/AssessmentService.h"
#include "ui/widgets/Prompter.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTableView;

namespace sd {

class ExportButtons;
class SchemeCombo;

// A subject's trend over the last periods as a line chart over the shaded grade bands,
// with its streaks in words; beside it the station's most frequent deductions and the
// side-by-side comparison of the scheme's subjects. The chart exports to PNG, the
// tables to CSV and PDF.
class TrendPanel : public QWidget {
    Q_OBJECT

public:
    TrendPanel(const AssessmentService &service, const AssessmentAnalytics &views,
               Prompter &prompter, QWidget *parent = nullptr);

    void reload();
    // Selects scheme (by code) and subject (by name) and draws the trend.
    bool showTrend(const QString &schemeCode, const QString &subject);
    QString streakText() const;
    int pointCount() const;
    QStandardItemModel *deductions() const { return m_deductions; }
    QStandardItemModel *comparison() const { return m_comparison; }

    Status exportChartPng(const QString &path) const;
    ExportButtons *deductionsExport() const { return m_deductionsExport; }
    ExportButtons *comparisonExport() const { return m_comparisonExport; }

private:
    void fillSubjects();
    void refresh();
    void drawChart(const AssessmentScheme &scheme, const QList<TrendPoint> &points);
    void fillTables(const AssessmentScheme &scheme);
    void chooseExport();

    const AssessmentService &m_service;
    const AssessmentAnalytics &m_views;
    Prompter &m_prompter;
    SchemeCombo *m_scheme;
    QComboBox *m_subject;
    QSpinBox *m_periods;
    QChartView *m_chartView;
    QLabel *m_streaks;
    QStandardItemModel *m_deductions;
    QStandardItemModel *m_comparison;
    ExportButtons *m_deductionsExport;
    ExportButtons *m_comparisonExport;
    QString m_from; // the comparison's periods
    QString m_to;
    int m_points = 0;
};

} // namespace sd
