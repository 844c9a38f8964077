#pragma once

#include "ui/mediation/MediationContext.h"
#include "ui/widgets/RecordRowsTable.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

namespace sd {

class OptionalDateEdit;

// Follow-up visits after a sealed agreement: the scheduled and recorded visits, a form to
// schedule another (the date suggested from the station's setting), and a form to record
// the selected visit (terms carried out, satisfaction, new risk, which reopens the case).
class MediationFollowUpsTab : public QWidget {
    Q_OBJECT

public:
    MediationFollowUpsTab(const MediationContext &context, MediationApply apply,
                          QWidget *parent = nullptr);

    void setCase(const MediationCase &mediation);
    // The date offered for the next visit: after the last one, or the agreement, by the
    // station's first_follow_up_days setting.
    QDate suggestedDueDate() const;

    bool schedule();
    // Records the visit selected in the table (or the first one not yet recorded).
    bool recordVisit();

    RecordRowsTable *table() const { return m_table; }
    QDateEdit *dueField() const { return m_due; }
    QLineEdit *planField() const { return m_plan; }
    QPushButton *scheduleButton() const { return m_schedule; }
    QDateTimeEdit *visitedAtField() const { return m_visitedAt; }
    QComboBox *visitorField() const { return m_visitor; }
    QComboBox *termsField() const { return m_terms; }
    QComboBox *satisfactionField() const { return m_satisfaction; }
    QCheckBox *newRiskField() const { return m_newRisk; }
    QLineEdit *newRiskNoteField() const { return m_newRiskNote; }
    QLineEdit *notesField() const { return m_notes; }
    OptionalDateEdit *nextDueField() const { return m_nextDue; }
    QPushButton *recordButton() const { return m_record; }
    FieldErrors &errors() const { return *m_errors; }

private:
    const MediationFollowUp *selectedVisit() const;
    void updateButtons();

    const MediationContext &m_context;
    MediationApply m_apply;
    MediationCase m_case;
    FieldErrors *m_errors;
    RecordRowsTable *m_table;
    QDateEdit *m_due;
    QLineEdit *m_plan;
    QPushButton *m_schedule;
    QDateTimeEdit *m_visitedAt;
    QComboBox *m_visitor;
    QComboBox *m_terms;
    QComboBox *m_satisfaction;
    QCheckBox *m_newRisk;
    QLineEdit *m_newRiskNote;
    QLineEdit *m_notes;
    OptionalDateEdit *m_nextDue;
    QPushButton *m_record;
};

} // namespace sd
