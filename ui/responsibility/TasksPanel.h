#pragma once

#include "ui/responsibility/RegisterPanel.h"

class QCheckBox;

namespace sd {

class TaskTableModel;

// The task register: search, overdue and orphan filters, add and edit, and "Mark done",
// which logs the completion and moves a recurring task to its next occurrence.
class TasksPanel : public RegisterPanel {
    Q_OBJECT

public:
    TasksPanel(const ResponsibilityService &service, const OwnershipService &owners,
               Prompter &prompter, bool editAllowed, QWidget *parent = nullptr);

    TaskTableModel *model() const { return m_model; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    void applyFilter() override;
    bool completeSelected();

private:
    std::unique_ptr<OwnedItemDialog> createDialog(int row) override;

    TaskTableModel *m_model;
    QCheckBox *m_overdue;
    QCheckBox *m_orphaned;
    QCheckBox *m_closed;
};

} // namespace sd
