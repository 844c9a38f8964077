#pragma once

#include "core/responsibility/Task.h"
#include "ui/responsibility/OwnedItemDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class OptionalDateEdit;
class Prompter;
class ResponsibilityService;

// Adds or edits one task: a one-off with a due date or a recurring duty with its first
// occurrence, an owner (required) and optionally the work-rule section it belongs to.
class TaskDialog : public OwnedItemDialog {
    Q_OBJECT

public:
    // A task with id 0 is added, any other is edited. prompter asks about a conflict or
    // discarding input (message boxes without one).
    TaskDialog(const ResponsibilityService &service, const OwnershipService &owners,
               const Task &task, QWidget *parent = nullptr, Prompter *prompter = nullptr);

    const Task &task() const { return m_task; }

Q_SIGNALS:
    void saved(const sd::TaskRow &row);

private:
    void fill(const Task &task);
    Task edited() const;
    Status store() override;
    bool canReload() const override { return m_task.id != 0; }
    Status reloadStored() override;

    const ResponsibilityService &m_service;
    Task m_task;
    QLineEdit *m_title;
    QComboBox *m_section;
    QComboBox *m_recurrence;
    OptionalDateEdit *m_date;
    QPlainTextEdit *m_description;
};

} // namespace sd
