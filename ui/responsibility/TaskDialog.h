#pragma once

#include "core/responsibility/Task.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sd {

class FieldErrors;
class OptionalDateEdit;
class OwnerPicker;
class OwnershipService;
class ResponsibilityService;

// Adds or edits one task: a one-off with a due date or a recurring duty with its first
// occurrence, an owner (required) and optionally the work-rule section it belongs to.
class TaskDialog : public QDialog {
    Q_OBJECT

public:
    TaskDialog(const ResponsibilityService &service, const OwnershipService &owners,
               const Task &task, QWidget *parent = nullptr);

    const Task &task() const { return m_task; }
    const FieldErrors &errors() const { return *m_errors; }
    bool save();

Q_SIGNALS:
    void saved(const sd::TaskRow &row);

private:
    Task edited() const;

    const ResponsibilityService &m_service;
    Task m_task;
    FieldErrors *m_errors;
    QLineEdit *m_title;
    QComboBox *m_section;
    QComboBox *m_recurrence;
    OptionalDateEdit *m_date;
    OwnerPicker *m_owner;
    QLineEdit *m_reason;
    QPlainTextEdit *m_description;
};

} // namespace sd
