#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace sd {

class OwnerBoardModel;
class OwnershipService;
class Prompter;

// The accountability board: the orphan count in large type (the goal is zero), then
// counts by owner with overdue tasks and checks (all of them, or what one unit answers
// for, or one kind of asset), and the hand-over command.
class BoardPanel : public QWidget {
    Q_OBJECT

public:
    BoardPanel(const OwnershipService &service, Prompter &prompter, bool transferAllowed,
               QWidget *parent = nullptr);

    OwnerBoardModel *model() const { return m_model; }
    QLabel *orphanLabel() const { return m_orphans; }
    QTableView *view() const { return m_view; }
    QComboBox *unitFilter() const { return m_unit; }
    QComboBox *kindFilter() const { return m_kind; }
    void reload();
    void handOver();

Q_SIGNALS:
    void changed();

private:
    void loadUnits();

    const OwnershipService &m_service;
    Prompter &m_prompter;
    OwnerBoardModel *m_model;
    QTableView *m_view;
    QLabel *m_orphans;
    QLabel *m_totals;
    QComboBox *m_unit;
    QComboBox *m_kind;
};

} // namespace sd
