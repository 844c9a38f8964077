#pragma once

#include "ui/statistics/DashboardFigures.h"

#include <QChartView>

namespace sd {

class Prompter;

// Bars of this year against the same days a year before, one pair per line, each category
// marked ▲ or ▼ when its change is significant. A click on a bar (or Enter on the bar
// chosen with the arrow keys) asks for the alerts it counts; the context menu (or Ctrl+S)
// saves the chart as a PNG image.
class ChangeChart : public QChartView {
    Q_OBJECT

public:
    ChangeChart(QString title, Prompter &prompter, QWidget *parent = nullptr);

    void show(const QList<DashboardLine> &lines, int year);
    // The line the keyboard has chosen, and whether its previous-year bar is meant.
    int chosenLine() const { return m_chosen; }
    bool choosingPrevious() const { return m_previousChosen; }
    // Writes the chart as it is drawn, whole or not at all (OutputFile).
    Status savePng(const QString &path);
    // A category's label: the line's name, ▲/▼ when significant.
    static QString axisLabel(const DashboardLine &line);

Q_SIGNALS:
    void alertsRequested(const sd::AlertFilter &filter, const QString &description);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void request(int index, bool previous);
    void choose(int index, bool previous);
    void askAndSave();

    QString m_title;
    Prompter &m_prompter;
    QList<DashboardLine> m_lines;
    int m_chosen = -1;
    bool m_previousChosen = false;
};

} // namespace sd
