#pragma once

#include "core/frontdesk/Alert.h"
#include "ui/widgets/EditDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd {

class AlertChecklistView;
class OfficerPicker;
struct FrontDeskContext;

// Registers a new alert or edits one. Saving goes to AlertService; a refusal appears next
// to the field it names and nothing is stored. An existing alert also shows its handling
// checklist and offers to file the on-scene record. Without FileAlerts it only shows.
class AlertDialog : public EditDialog {
    Q_OBJECT

public:
    AlertDialog(const FrontDeskContext &context, const Alert &alert, bool editAllowed,
                QWidget *parent = nullptr);

    const Alert &alert() const { return m_alert; }
    AlertChecklistView *checklist() const { return m_checklist; }
    OfficerPicker *officers() const { return m_officers; }

Q_SIGNALS:
    void saved(const sd::Alert &alert);
    // The user asked to file (or reopen) the on-scene record of this saved alert.
    void recordRequested(const sd::Alert &alert);

private:
    void fill(const Alert &alert);
    void fillStatuses(AlertStatus stored, AlertStatus current);
    Alert edited() const;
    Status store() override;
    bool canReload() const override { return true; }
    Status reloadStored() override;

    const FrontDeskContext &m_context;
    Alert m_alert;
    QLineEdit *m_number;
    QDateTimeEdit *m_received;
    QComboBox *m_source;
    QComboBox *m_category;
    QCheckBox *m_preventable;
    QComboBox *m_area;
    QLineEdit *m_location;
    QLineEdit *m_callerName;
    QLineEdit *m_callerPhone;
    QPlainTextEdit *m_summary;
    OfficerPicker *m_officers;
    QComboBox *m_status;
    AlertChecklistView *m_checklist = nullptr;
    QPushButton *m_recordButton = nullptr;
    QPushButton *m_mediationButton = nullptr;
};

} // namespace sd
