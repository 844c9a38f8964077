#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace sd {

class OwnershipService;
class Prompter;
class ResponsibilityService;
class TaskTableModel;

// The task register: search, overdue and orphan filters, add and edit, and "Mark done",
// which logs the completion and moves a recurring task to its next occurrence.
class TasksPanel : public QWidget {
    Q_OBJECT

public:
    TasksPanel(const ResponsibilityService &service, const OwnershipService &owners,
               Prompter &prompter, bool editAllowed, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *search() const { return m_search; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    void applyFilter();
    void addTask();
    void editSelected();
    bool completeSelected();

Q_SIGNALS:
    void changed();

private:
    const ResponsibilityService &m_service;
    const OwnershipService &m_owners;
    Prompter &m_prompter;
    TaskTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_overdue;
    QCheckBox *m_orphaned;
    QCheckBox *m_closed;
    QLabel *m_count;
    QAction *m_editAction;
};

} // namespace sd
