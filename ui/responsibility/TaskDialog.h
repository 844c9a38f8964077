#pragma once

#include "core/responsibility/Task.h"
#include "ui/responsibility/OwnedItemDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class OptionalDateEdit;
class Prompter;

// Adds or edits one task: a one-off with a due date or a recurring duty with its first
// occurrence, an owner (required) and optionally the work-rule section it belongs to.
class TaskDialog : public OwnedItemDialogFor<Task, TaskRow, &TaskRow::task> {
    Q_OBJECT

public:
    // A task with id 0 is added, any other is edited. prompter asks about a conflict or
    // discarding input (message boxes without one).
    TaskDialog(const ResponsibilityService &service, const OwnershipService &owners,
               const Task &task, QWidget *parent = nullptr, Prompter *prompter = nullptr);

private:
    void fill(const Task &task) override;
    Task edited() const override;

    QLineEdit *m_title;
    QComboBox *m_section;
    QComboBox *m_recurrence;
    OptionalDateEdit *m_date;
    QPlainTextEdit *m_description;
};

} // namespace sd
