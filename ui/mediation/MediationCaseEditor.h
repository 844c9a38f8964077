#pragma once

#include "ui/mediation/MediationContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;

namespace sd {

class MediationAgreementTab;
class MediationCaseForm;
class MediationFollowUpsTab;
class MediationSessionsTab;
class MediationSignaturesPanel;

// One mediation case: the case itself, its sessions, the outcome and agreement, the
// signatures and the follow-up visits, each on its own tab. Every change is one service
// call; a refusal appears next to the field it names, and when someone else saved the case
// first the latest version is loaded while what was typed stays in the fields. The
// agreement and the case summary print, preview and export to PDF through the core reports.
class MediationCaseEditor : public QDialog {
    Q_OBJECT

public:
    MediationCaseEditor(const MediationContext &context, const MediationCase &mediation,
                        QWidget *parent = nullptr);

    const MediationCase &mediationCase() const { return m_case; }
    MediationCaseForm *form() const { return m_form; }
    MediationSessionsTab *sessions() const { return m_sessions; }
    MediationAgreementTab *agreement() const { return m_agreement; }
    MediationSignaturesPanel *signatures() const { return m_signatures; }
    MediationFollowUpsTab *followUps() const { return m_followUps; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeCaseButton() const { return m_closeCase; }
    QPushButton *reopenButton() const { return m_reopen; }
    bool hasUnsavedChanges() const;

    // Saves the case tab (creates the case when new); true when stored.
    bool save();
    // "Close case…" after a confirmation; "Reopen…" asks the reason.
    bool closeCase();
    bool reopenCase();
    // Writes the agreement or the summary as PDF (with the audit row); false with a warning.
    bool exportAgreementPdf(const QString &path);
    bool exportSummaryPdf(const QString &path);
    void previewAgreement();
    void previewSummary();
    void printAgreement();

Q_SIGNALS:
    void caseSaved(const sd::MediationCase &mediation);

public Q_SLOTS:
    void reject() override;

private:
    bool apply(const Result<MediationCase> &result, FieldErrors &errors);
    void showCase(const MediationCase &mediation);
    bool agreementReady();
    void preview(bool agreement);

    const MediationContext &m_context;
    MediationCase m_case;
    bool m_formDirty = false;
    QLabel *m_heading;
    QLabel *m_message;
    QTabWidget *m_tabs;
    MediationCaseForm *m_form;
    MediationSessionsTab *m_sessions;
    MediationAgreementTab *m_agreement;
    MediationSignaturesPanel *m_signatures;
    MediationFollowUpsTab *m_followUps;
    QPushButton *m_save;
    QPushButton *m_closeCase;
    QPushButton *m_reopen;
    QPushButton *m_agreementPreview;
    QPushButton *m_agreementPdf;
    QPushButton *m_summaryPreview;
    QPushButton *m_summaryPdf;
};

} // namespace sd
