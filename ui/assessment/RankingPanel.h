#pragma once

#include "core/assessment/AssessmentAnalytics.h"
#include "core/assessment/AssessmentService.h"
#include "ui/widgets/Prompter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace sd {

class ExportButtons;
class SchemeCombo;

// The ranking of a scheme's approved sheets for one period, best first, with export to
// CSV and to a printable PDF.
class RankingPanel : public QWidget {
    Q_OBJECT

public:
    RankingPanel(const AssessmentService &service, const AssessmentAnalytics &views,
                 Prompter &prompter, QWidget *parent = nullptr);

    void reload();
    // Shows the ranking of scheme (by code) for period; false with a warning when refused.
    bool showRanking(const QString &schemeCode, const QString &period);
    QStandardItemModel *model() const { return m_model; }
    // What the ranking leaves out (sheets not yet approved).
    QString noteText() const;

    Status exportCsv(const QString &path) const;
    Status exportPdf(const QString &path) const;
    ExportButtons *exportButtons() const { return m_export; }

private:
    void refresh();
    QString title() const;

    const AssessmentService &m_service;
    const AssessmentAnalytics &m_views;
    Prompter &m_prompter;
    SchemeCombo *m_scheme;
    QLineEdit *m_period;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
    ExportButtons *m_export;
};

} // namespace sd
