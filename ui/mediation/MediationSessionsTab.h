#pragma once

#include "ui/mediation/MediationContext.h"
#include "ui/widgets/RecordRowsTable.h"

#include <QWidget>

class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd {

// The mediation sessions of a case: the list (date and time, place, attendees, notes) and
// a form to add one or change the selected one.
class MediationSessionsTab : public QWidget {
    Q_OBJECT

public:
    MediationSessionsTab(const MediationContext &context, MediationApply apply,
                         QWidget *parent = nullptr);

    void setCase(const MediationCase &mediation);

    // As the buttons: true when the service stored it.
    bool addSession();
    bool updateSelected();
    bool removeSelected();

    RecordRowsTable *table() const { return m_table; }
    QDateTimeEdit *heldAtField() const { return m_heldAt; }
    QLineEdit *placeField() const { return m_place; }
    QLineEdit *attendeesField() const { return m_attendees; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPushButton *addButton() const { return m_add; }
    FieldErrors &errors() const { return *m_errors; }

private:
    MediationSession typed() const;
    void selectionChanged();

    const MediationContext &m_context;
    MediationApply m_apply;
    MediationCase m_case;
    FieldErrors *m_errors;
    RecordRowsTable *m_table;
    QDateTimeEdit *m_heldAt;
    QLineEdit *m_place;
    QLineEdit *m_attendees;
    QPlainTextEdit *m_notes;
    QPushButton *m_add;
    QPushButton *m_update;
    QPushButton *m_remove;
};

} // namespace sd
