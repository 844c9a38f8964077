#include "ui/mediation/MediationCaseEditor.h"

#include "core/mediation/MediationAgreementReport.h"
#include "core/mediation/MediationService.h"
#include "core/mediation/MediationSummaryReport.h"
#include "ui/mediation/MediationAgreementTab.h"
#include "ui/mediation/MediationCaseForm.h"
#include "ui/mediation/MediationFollowUpsTab.h"
#include "ui/mediation/MediationSessionsTab.h"
#include "ui/mediation/MediationSignaturesPanel.h"
#include "ui/widgets/ConflictPrompt.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/Prompter.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

MediationCaseEditor::MediationCaseEditor(const MediationContext &context,
                                         const MediationCase &mediation, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_case(mediation)
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this)) {
    setObjectName(u"mediationCaseEditor"_s);
    setMinimumSize(960, 640);
    const MediationApply apply = [this](const Result<MediationCase> &result, FieldErrors &errors) {
        return this->apply(result, errors);
    };
    m_form = new MediationCaseForm(context, this);
    m_sessions = new MediationSessionsTab(context, apply, this);
    m_agreement = new MediationAgreementTab(context, apply, this);
    m_signatures = new MediationSignaturesPanel(context, apply, this);
    m_followUps = new MediationFollowUpsTab(context, apply, this);
    m_signatures->setPrepare([this]() -> std::optional<MediationCase> {
        // What is signed is what is stored: a changed agreement text is saved first.
        if (m_agreement->agreementChanged() && !m_agreement->saveAgreement()) {
            m_tabs->setCurrentWidget(m_agreement);
            return std::nullopt;
        }
        return m_case;
    });

    auto *layout = new QVBoxLayout(this);
    m_heading->setObjectName(u"caseHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_message->setObjectName(u"editorMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b24a00;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    m_tabs->setObjectName(u"caseTabs"_s);
    m_tabs->addTab(m_form, tr("&1 Case"));
    m_tabs->addTab(m_sessions, tr("&2 Sessions"));
    m_tabs->addTab(m_agreement, tr("&3 Outcome and agreement"));
    m_tabs->addTab(m_signatures, tr("&4 Signatures"));
    m_tabs->addTab(m_followUps, tr("&5 Follow-up visits"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save case"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveCaseButton"_s);
    m_save->setDefault(true);
    m_closeCase = buttons->addButton(tr("&Close case…"), QDialogButtonBox::ActionRole);
    m_closeCase->setObjectName(u"closeCaseButton"_s);
    m_reopen = buttons->addButton(tr("Reopen…"), QDialogButtonBox::ActionRole);
    m_reopen->setObjectName(u"reopenButton"_s);
    m_agreementPreview =
        buttons->addButton(tr("Agreement pre&view…"), QDialogButtonBox::ActionRole);
    m_agreementPreview->setObjectName(u"agreementPreviewButton"_s);
    m_agreementPdf = buttons->addButton(tr("Agreeme&nt PDF…"), QDialogButtonBox::ActionRole);
    m_agreementPdf->setObjectName(u"agreementPdfButton"_s);
    m_summaryPreview = buttons->addButton(tr("Summary previe&w…"), QDialogButtonBox::ActionRole);
    m_summaryPreview->setObjectName(u"summaryPreviewButton"_s);
    m_summaryPdf = buttons->addButton(tr("Summar&y PDF…"), QDialogButtonBox::ActionRole);
    m_summaryPdf->setObjectName(u"summaryPdfButton"_s);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);

    // Enter in a field must not close the editor: the default button saves instead.
    connect(m_save, &QPushButton::clicked, this, &MediationCaseEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &MediationCaseEditor::reject);
    connect(m_closeCase, &QPushButton::clicked, this, &MediationCaseEditor::closeCase);
    connect(m_reopen, &QPushButton::clicked, this, &MediationCaseEditor::reopenCase);
    connect(m_agreementPreview, &QPushButton::clicked, this,
            &MediationCaseEditor::previewAgreement);
    connect(m_summaryPreview, &QPushButton::clicked, this, &MediationCaseEditor::previewSummary);
    const auto askPdf = [this](bool agreement) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"),
            m_case.number + (agreement ? u"-agreement.pdf"_s : u"-summary.pdf"_s),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            agreement ? exportAgreementPdf(path) : exportSummaryPdf(path);
        }
    };
    connect(m_agreementPdf, &QPushButton::clicked, this, [askPdf] { askPdf(true); });
    connect(m_summaryPdf, &QPushButton::clicked, this, [askPdf] { askPdf(false); });
    connect(m_form, &MediationCaseForm::changed, this, [this] { m_formDirty = true; });

    showCase(m_case);
    m_form->setFocus();
}

bool MediationCaseEditor::hasUnsavedChanges() const {
    return m_formDirty || m_agreement->agreementChanged();
}

void MediationCaseEditor::showCase(const MediationCase &mediation) {
    m_case = mediation;
    setWindowTitle(mediation.id == 0 ? tr("New mediation case")
                                     : tr("Mediation case %1").arg(mediation.number));
    QStringList heading;
    heading << (mediation.id == 0 ? tr("New mediation case") : mediation.number);
    if (mediation.id != 0) {
        heading << displayName(mediation.status) << displayName(mediation.disputeType)
                << tr("risk %1").arg(displayName(mediation.risk));
        if (mediation.status == MediationStatus::Open) {
            const QDate deadline = m_context.mediation.deadline(mediation);
            heading << (m_context.mediation.isOverdue(mediation)
                            ? tr("overdue since %1").arg(deadline.toString(u"yyyy-MM-dd"_s))
                            : tr("deadline %1").arg(deadline.toString(u"yyyy-MM-dd"_s)));
        }
        if (mediation.agreementSealed()) {
            heading << tr("agreement sealed");
        }
    }
    m_heading->setText(heading.join(u" · "_s));
    // A form with typing not yet saved keeps it; Save then decides.
    if (!m_formDirty) {
        m_form->setCase(mediation, m_context.editAllowed);
    }
    m_sessions->setCase(mediation);
    m_agreement->setCase(mediation);
    m_signatures->setCase(mediation);
    m_followUps->setCase(mediation);
    const bool stored = mediation.id != 0;
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        m_tabs->setTabEnabled(tab, stored);
    }
    const bool open = mediation.status == MediationStatus::Open;
    m_save->setVisible(m_context.editAllowed);
    m_save->setEnabled(open);
    m_closeCase->setVisible(m_context.editAllowed && stored && open);
    m_reopen->setVisible(m_context.editAllowed && stored && !open);
    m_agreementPreview->setEnabled(mediation.agreement.has_value());
    m_agreementPdf->setEnabled(mediation.agreement.has_value());
    m_summaryPreview->setEnabled(stored);
    m_summaryPdf->setEnabled(stored);
}

bool MediationCaseEditor::apply(const Result<MediationCase> &result, FieldErrors &errors) {
    if (result) {
        m_message->hide();
        showCase(result.value());
        Q_EMIT caseSaved(m_case);
        return true;
    }
    const Error &error = result.error();
    if (error.code != ErrorCode::Conflict) {
        errors.show(error);
        return false;
    }
    // Someone else saved first: show their version; what this user typed stays in the
    // fields of the tab (and an unsaved case form keeps its typing) to be tried again.
    auto latest = m_context.mediation.mediationCase(m_case.id);
    m_message->setText(
        tr("%1\nThe latest version is shown; what you typed is still in the form. Check it "
           "and try again.")
            .arg(error.message));
    m_message->show();
    if (latest) {
        showCase(latest.value());
    }
    return false;
}

bool MediationCaseEditor::save() {
    if (!m_context.editAllowed) {
        return false;
    }
    m_form->clearErrors();
    MediationCase edited = m_form->edited();
    edited.rowVersion = m_case.rowVersion;
    auto result = edited.id == 0 ? m_context.mediation.createCase(edited)
                                 : m_context.mediation.updateCase(edited);
    if (!result) {
        if (result.error().code == ErrorCode::Conflict) {
            FieldErrors &errors = m_form->errors();
            if (ConflictPrompt::askToReload(m_context.desk.prompter, this, errors,
                                            result.error().message)) {
                auto latest = m_context.mediation.mediationCase(m_case.id);
                if (!latest) {
                    ConflictPrompt::cannotReload(m_context.desk.prompter, this,
                                                 latest.error().message);
                    return false;
                }
                m_formDirty = false;
                showCase(latest.value());
            }
            return false;
        }
        m_tabs->setCurrentWidget(m_form);
        m_form->showError(result.error());
        return false;
    }
    m_formDirty = false;
    showCase(result.value());
    Q_EMIT caseSaved(m_case);
    return true;
}

bool MediationCaseEditor::closeCase() {
    if (hasUnsavedChanges() && !save()) {
        return false;
    }
    if (!m_context.desk.prompter.confirm(
            this, tr("Close case %1").arg(m_case.number),
            tr("Close the mediation case %1? It leaves the open and overdue lists; a new risk "
               "found on a follow-up visit reopens it.")
                .arg(m_case.number),
            tr("Close case"))) {
        return false;
    }
    FieldErrors &errors = m_agreement->errors();
    const bool closed = apply(m_context.mediation.close(m_case.id, m_case.rowVersion), errors);
    if (!closed) {
        m_tabs->setCurrentWidget(m_agreement);
    }
    return closed;
}

bool MediationCaseEditor::reopenCase() {
    const auto reason = m_context.desk.prompter.askText(
        this, tr("Reopen case %1").arg(m_case.number), tr("Why is the case reopened?"));
    if (!reason) {
        return false;
    }
    FieldErrors &errors = m_form->errors();
    return apply(m_context.mediation.reopen(m_case.id, m_case.rowVersion, reason->trimmed()),
                 errors);
}

bool MediationCaseEditor::agreementReady() {
    // What is printed is what is stored.
    if (m_agreement->agreementChanged() && !m_agreement->saveAgreement()) {
        m_tabs->setCurrentWidget(m_agreement);
        return false;
    }
    if (!m_case.agreement) {
        m_context.desk.prompter.warn(this, tr("No agreement to print"),
                                     tr("Type the agreement's terms and save it first."));
        return false;
    }
    return true;
}

bool MediationCaseEditor::exportAgreementPdf(const QString &path) {
    if (!agreementReady()) {
        return false;
    }
    const MediationAgreementReport report(m_context.desk.stationName, m_case, m_context.desk.zone);
    const Status written = report.writePdf(path);
    if (!written) {
        m_context.desk.prompter.warn(this, tr("Cannot write the PDF"), written.error().message);
        return false;
    }
    const Status audited = m_context.mediation.recordOutput(m_case.id, u"pdf"_s);
    if (!audited) {
        m_context.desk.prompter.warn(this, tr("Cannot record the export"), audited.error().message);
    }
    return true;
}

bool MediationCaseEditor::exportSummaryPdf(const QString &path) {
    if (m_case.id == 0) {
        return false;
    }
    const MediationSummaryReport report(m_context.desk.stationName, m_case, m_context.desk.zone,
                                        m_context.mediation.deadline(m_case));
    const Status written = report.writePdf(path);
    if (!written) {
        m_context.desk.prompter.warn(this, tr("Cannot write the PDF"), written.error().message);
        return false;
    }
    const Status audited = m_context.mediation.recordOutput(m_case.id, u"summary_pdf"_s);
    if (!audited) {
        m_context.desk.prompter.warn(this, tr("Cannot record the export"), audited.error().message);
    }
    return true;
}

void MediationCaseEditor::preview(bool agreement) {
    if (agreement ? !agreementReady() : m_case.id == 0) {
        return;
    }
    const MediationAgreementReport agreementReport(m_context.desk.stationName, m_case,
                                                   m_context.desk.zone);
    const MediationSummaryReport summaryReport(m_context.desk.stationName, m_case,
                                               m_context.desk.zone,
                                               m_context.mediation.deadline(m_case));
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(agreement ? MediationAgreementReport::defaultPageLayout()
                                    : MediationSummaryReport::defaultPageLayout());
    printer.setDocName(m_case.number);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview: %1").arg(m_case.number));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        agreement ? agreementReport.paint(*target) : summaryReport.paint(*target);
    });
    // Looking at the pages is itself audited (they carry the parties' personal data), before
    // anything is shown.
    const Status audited = m_context.mediation.recordOutput(
        m_case.id, agreement ? u"print_preview"_s : u"summary_preview"_s);
    if (!audited) {
        m_context.desk.prompter.warn(this, tr("Cannot record the preview"),
                                     audited.error().message);
        return;
    }
    // The preview accepts only after its Print button sent the pages to the printer.
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Status printed =
        m_context.mediation.recordOutput(m_case.id, agreement ? u"print"_s : u"summary_print"_s);
    if (!printed) {
        m_context.desk.prompter.warn(this, tr("Cannot record the printout"),
                                     printed.error().message);
    }
}

void MediationCaseEditor::previewAgreement() {
    preview(true);
}

void MediationCaseEditor::previewSummary() {
    preview(false);
}

void MediationCaseEditor::printAgreement() {
    if (!agreementReady()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(MediationAgreementReport::defaultPageLayout());
    printer.setDocName(m_case.number);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const Status audited = m_context.mediation.recordOutput(m_case.id, u"print"_s);
    if (!audited) {
        m_context.desk.prompter.warn(this, tr("Cannot record the printout"),
                                     audited.error().message);
        return;
    }
    MediationAgreementReport(m_context.desk.stationName, m_case, m_context.desk.zone)
        .paint(printer);
}

void MediationCaseEditor::reject() {
    if (m_context.editAllowed && hasUnsavedChanges() &&
        !m_context.desk.prompter.confirm(
            this, tr("Unsaved changes"),
            tr("The case has changes that are not saved. Close and lose them?"),
            tr("Close without saving"))) {
        return;
    }
    QDialog::reject();
}

} // namespace sd
