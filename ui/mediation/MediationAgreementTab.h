#pragma once

#include "ui/mediation/MediationContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sd {

class OptionalDateEdit;

// The outcome of the mediation and, when the parties agreed, the agreement (调解协议书):
// liability, terms and how, where and by when they are carried out. Saving the agreement
// keeps it as a draft that the parties and the mediator sign on the signatures tab; Seal
// fixes it for good (after a confirmation) and the tab turns read-only.
class MediationAgreementTab : public QWidget {
    Q_OBJECT

public:
    MediationAgreementTab(const MediationContext &context, MediationApply apply,
                          QWidget *parent = nullptr);

    void setCase(const MediationCase &mediation);
    // The agreement as typed, on top of the stored one.
    MediationAgreement typedAgreement() const;
    // Whether the agreement fields differ from what is stored.
    bool agreementChanged() const;

    // As the buttons: true when stored.
    bool setOutcome();
    bool saveAgreement();
    bool seal();

    QComboBox *outcomeField() const { return m_outcome; }
    QComboBox *channelField() const { return m_channel; }
    QLineEdit *referredToField() const { return m_referredTo; }
    QLineEdit *liabilityField() const { return m_liability; }
    QPlainTextEdit *termsField() const { return m_terms; }
    QLineEdit *methodField() const { return m_method; }
    QLineEdit *placeField() const { return m_place; }
    OptionalDateEdit *deadlineField() const { return m_deadline; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *sealButton() const { return m_seal; }
    QLabel *stateLabel() const { return m_state; }
    FieldErrors &errors() const { return *m_errors; }

private:
    void updateOutcomeFields();

    const MediationContext &m_context;
    MediationApply m_apply;
    MediationCase m_case;
    FieldErrors *m_errors;
    QComboBox *m_outcome;
    QComboBox *m_channel;
    QLineEdit *m_referredTo;
    QLineEdit *m_outcomeNote;
    QPushButton *m_setOutcome;
    QLabel *m_state;
    QLineEdit *m_liability;
    QPlainTextEdit *m_terms;
    QLineEdit *m_method;
    QLineEdit *m_place;
    OptionalDateEdit *m_deadline;
    QPushButton *m_save;
    QPushButton *m_seal;
};

} // namespace sd
