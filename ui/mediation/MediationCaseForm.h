#pragma once

#include "core/kernel/common/Error.h"
#include "core/mediation/Mediation.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace sd {

class FieldErrors;
class MediationPartyEditor;
class OfficerPicker;
struct MediationContext;

// The case tab: source, dispute type, facts, area and place, risk (reason and, for high
// risk, the owning station leader), the parties with their roles and the mediators. Errors
// from the service appear next to the field they name; possible repeat alerts are listed
// under the form.
class MediationCaseForm : public QWidget {
    Q_OBJECT

public:
    MediationCaseForm(const MediationContext &context, QWidget *parent = nullptr);

    // Fills the form; parties and mediators are fixed once the agreement is sealed.
    void setCase(const MediationCase &mediation, bool editable);
    // The case as typed, on top of the one last set.
    MediationCase edited() const;

    void showError(const Error &error);
    void showProblems(const QList<Error> &problems);
    void clearErrors();
    FieldErrors &errors() const { return *m_errors; }
    // The message shown for a field, including party.N.* ones.
    QString errorText(const QString &field) const;
    void refreshRepeats();

    QComboBox *sourceField() const { return m_source; }
    QComboBox *typeField() const { return m_type; }
    QPlainTextEdit *factsField() const { return m_facts; }
    QComboBox *areaField() const { return m_area; }
    QLineEdit *locationField() const { return m_location; }
    QComboBox *riskField() const { return m_risk; }
    QLineEdit *riskReasonField() const { return m_riskReason; }
    QComboBox *leaderField() const { return m_leader; }
    OfficerPicker *mediatorsField() const { return m_mediators; }
    QPushButton *addPartyButton() const { return m_addParty; }
    QList<MediationPartyEditor *> parties() const { return m_parties; }
    QLabel *repeatsLabel() const { return m_repeats; }

Q_SIGNALS:
    void changed();

private:
    MediationPartyEditor *addParty(const MediationParty &party);
    void removeParty(int index);
    void updateRiskFields();

    const MediationContext &m_context;
    MediationCase m_case;
    bool m_editable = true;
    bool m_filling = false;
    FieldErrors *m_errors;
    QLabel *m_general;
    QLineEdit *m_number;
    QComboBox *m_source;
    QLabel *m_alert;
    QComboBox *m_type;
    QDateTimeEdit *m_opened;
    QComboBox *m_area;
    QLineEdit *m_location;
    QPlainTextEdit *m_facts;
    QComboBox *m_risk;
    QLineEdit *m_riskReason;
    QComboBox *m_leader;
    OfficerPicker *m_mediators;
    QVBoxLayout *m_partyList;
    QList<MediationPartyEditor *> m_parties;
    QPushButton *m_addParty;
    QLabel *m_partiesError;
    QLabel *m_repeats;
};

} // namespace sd
