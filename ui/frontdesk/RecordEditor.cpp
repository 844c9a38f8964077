#include "ui/frontdesk/RecordEditor.h"

#include "core/frontdesk/AlertService.h"
#include "core/frontdesk/OnSceneRecordReport.h"
#include "core/frontdesk/RecordCanonical.h"
#include "core/frontdesk/RecordService.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/frontdesk/PartyEditor.h"
#include "ui/frontdesk/RecordForm.h"
#include "ui/frontdesk/RecordSignaturesPanel.h"
#include "ui/widgets/Prompter.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

RecordEditor::RecordEditor(const FrontDeskContext &context, const OnSceneRecord &record,
                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_record(record)
    , m_autosave(new QTimer(this))
    , m_heading(new QLabel(this))
    , m_savedLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_form(new RecordForm(context, this))
    , m_signatures(new RecordSignaturesPanel(context, this))
    , m_changes(new QTableWidget(this)) {
    setObjectName(u"recordEditor"_s);
    setSizeGripEnabled(true);
    resize(900, 760);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &RecordEditor::saveNow);

    m_heading->setObjectName(u"recordHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_savedLabel->setObjectName(u"draftSavedLabel"_s);
    m_savedLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_savedLabel);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    m_tabs->setObjectName(u"recordTabs"_s);
    m_tabs->addTab(scroll, tr("&Record"));
    m_tabs->addTab(m_signatures, tr("&Signatures"));
    m_changes->setObjectName(u"changesTable"_s);
    m_changes->setColumnCount(3);
    m_changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setWordWrap(true);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setColumnWidth(0, 180);
    m_changes->setColumnWidth(1, 300);
    // Only an amendment has the Changes tab; otherwise the table must not float in the dialog.
    m_changes->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(u"printButton"_s);
    m_pdfButton = buttons->addButton(tr("E&xport PDF…"), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(u"pdfButton"_s);
    m_amendButton = buttons->addButton(tr("&Amend…"), QDialogButtonBox::ActionRole);
    m_amendButton->setObjectName(u"amendButton"_s);
    m_fileButton = buttons->addButton(tr("F&ile"), QDialogButtonBox::ActionRole);
    m_fileButton->setObjectName(u"fileButton"_s);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(u"closeButton"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordEditor::reject);
    connect(m_fileButton, &QPushButton::clicked, this, &RecordEditor::fileRecord);
    connect(m_amendButton, &QPushButton::clicked, this, &RecordEditor::amend);
    connect(m_previewButton, &QPushButton::clicked, this, &RecordEditor::printPreview);
    connect(m_printButton, &QPushButton::clicked, this, &RecordEditor::print);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF"), m_record.number + u".pdf"_s, tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            exportPdf(path);
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_form, &RecordForm::changed, this, &RecordEditor::contentChanged);
    // A signature is over the content as stored: whatever was typed is saved first.
    m_signatures->setPrepare([this]() -> std::optional<OnSceneRecord> {
        m_showProblems = true;
        if (!saveNow()) {
            return std::nullopt;
        }
        return m_record;
    });
    connect(m_signatures, &RecordSignaturesPanel::signaturesChanged, this,
            &RecordEditor::reloadFromService);
    connect(m_signatures, &RecordSignaturesPanel::refusalGiven, this,
            [this](int slot, const QString &reason) {
                if (slot < 0 || slot >= m_form->parties().size()) {
                    return;
                }
                PartyEditor *party = m_form->parties().at(slot);
                party->refusedCheck()->setChecked(true);
                party->refusalField()->setText(reason);
                contentChanged();
                saveNow();
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_signatures && !isReadOnly()) {
            // Looking at the signatures means getting ready to sign: show what stops it.
            m_showProblems = true;
            saveNow();
            updateState();
        }
    });

    showRecord(record);
}

void RecordEditor::showRecord(const OnSceneRecord &record) {
    m_record = record;
    m_form->setReadOnly(isReadOnly());
    m_form->setRecord(record);
    m_dirty = false;
    if (record.amendsId) {
        if (m_tabs->indexOf(m_changes) < 0) {
            m_tabs->addTab(m_changes, tr("&Changes"));
        }
        fillChanges();
    }
    updateState();
}

void RecordEditor::updateState() {
    const bool sealed = isReadOnly();
    QString heading =
        tr("On-scene record %1 · alert %2").arg(m_record.number, m_record.alertNumber);
    if (m_record.amendsId) {
        heading += u'\n' + tr("Amends %1: %2").arg(m_record.amendsNumber, m_record.amendmentReason);
    }
    heading +=
        u'\n' + (sealed ? tr("Filed on %1 by %2 · can no longer be changed")
                              .arg(QDateTime::fromMSecsSinceEpoch(m_record.sealedAt, m_context.zone)
                                       .toString(u"yyyy-MM-dd HH:mm"_s),
                                   m_record.sealedBy)
                        : tr("Draft"));
    m_heading->setText(heading);
    setWindowTitle(sealed ? tr("On-scene record %1 (filed)").arg(m_record.number)
                          : tr("On-scene record %1 (draft)").arg(m_record.number));
    const QStringList missing =
        sealed ? QStringList() : m_context.records.missingSignatures(m_record);
    const QList<Error> problems = sealed ? QList<Error>() : m_context.records.problems(m_record);
    m_signatures->setRecord(m_record, sealed, missing, problems);
    if (m_showProblems && !sealed) {
        m_form->showProblems(problems);
    }
    m_fileButton->setVisible(!sealed);
    m_fileButton->setEnabled(!sealed && missing.isEmpty() && problems.isEmpty() &&
                             !m_record.signatures.isEmpty());
    m_fileButton->setToolTip(missing.isEmpty()
                                 ? tr("Seal the record: it can never be changed afterwards")
                                 : tr("Still missing:\n%1").arg(missing.join(u'\n')));
    m_amendButton->setVisible(sealed);
}

void RecordEditor::contentChanged() {
    if (isReadOnly()) {
        return;
    }
    m_dirty = true;
    m_savedLabel->setText(tr("Unsaved changes…"));
    m_autosave->start();
}

bool RecordEditor::saveNow() {
    m_autosave->stop();
    if (isReadOnly()) {
        return false;
    }
    if (!m_dirty) {
        return true;
    }
    auto saved = m_context.records.saveDraft(m_form->record());
    if (!saved) {
        const Error &error = saved.error();
        m_savedLabel->setText(tr("Draft not saved"));
        if (error.code == ErrorCode::Conflict) {
            if (m_context.prompter.confirm(
                    this, tr("Changed by someone else"),
                    tr("%1\n\nLoad the latest version? What you typed since it was last saved "
                       "will be replaced.")
                        .arg(error.message),
                    tr("Reload"))) {
                reloadFromService();
            }
        } else {
            m_context.prompter.warn(this, tr("Cannot save the draft"), error.message);
        }
        return false;
    }
    const int signaturesBefore = int(m_record.signatures.size());
    m_record = saved.value();
    // The fields keep what is typed; only ids, version and signatures come back.
    m_form->setStored(m_record);
    m_dirty = false;
    m_savedLabel->setText(
        tr("Draft saved %1")
            .arg(QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs(), m_context.zone)
                     .toString(u"HH:mm:ss"_s)));
    if (m_record.signatures.size() < signaturesBefore) {
        m_savedLabel->setText(m_savedLabel->text() + u" · "_s +
                              tr("signatures over the old content were removed"));
    }
    updateState();
    Q_EMIT recordSaved(m_record);
    return true;
}

void RecordEditor::reloadFromService() {
    auto latest = m_context.records.record(m_record.id);
    if (!latest) {
        m_context.prompter.warn(this, tr("Cannot read the record"), latest.error().message);
        return;
    }
    showRecord(latest.value());
    Q_EMIT recordSaved(m_record);
}

bool RecordEditor::fileRecord() {
    if (isReadOnly() || !saveNow()) {
        return false;
    }
    const QStringList missing = m_context.records.missingSignatures(m_record);
    if (!missing.isEmpty()) {
        m_context.prompter.warn(this, tr("Cannot file yet"),
                                tr("Still missing:\n%1").arg(missing.join(u'\n')));
        return false;
    }
    if (!m_context.prompter.confirm(
            this, tr("File record %1").arg(m_record.number),
            tr("A filed record can never be changed; corrections are amendments.\n\nFile it now?"),
            tr("File"))) {
        return false;
    }
    auto sealed = m_context.records.seal(m_record.id, m_record.rowVersion);
    if (!sealed) {
        m_context.prompter.warn(this, tr("Cannot file the record"), sealed.error().message);
        reloadFromService();
        return false;
    }
    showRecord(sealed.value());
    Q_EMIT recordSaved(m_record);
    return true;
}

bool RecordEditor::amend() {
    if (!isReadOnly()) {
        return false;
    }
    const auto reason = m_context.prompter.askText(
        this, tr("Amend %1").arg(m_record.number),
        tr("Why does the filed record need correcting? The reason is part of the amendment."));
    if (!reason) {
        return false;
    }
    auto amendment = m_context.records.amend(m_record.id, reason->trimmed());
    if (!amendment) {
        m_context.prompter.warn(this, tr("Cannot amend %1").arg(m_record.number),
                                amendment.error().message);
        return false;
    }
    Q_EMIT amendmentOpened(amendment.value());
    return true;
}

void RecordEditor::fillChanges() {
    m_changes->setRowCount(0);
    auto changes = m_context.records.changes(m_record);
    if (!changes) {
        return;
    }
    for (const RecordChange &change : changes.value()) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        m_changes->setItem(row, 0, new QTableWidgetItem(change.field));
        m_changes->setItem(row, 1, new QTableWidgetItem(change.before));
        m_changes->setItem(row, 2, new QTableWidgetItem(change.after));
    }
    m_changes->resizeRowsToContents();
}

bool RecordEditor::printable() {
    // What is printed is what is stored, so a draft is saved first.
    return isReadOnly() || saveNow();
}

OnSceneRecordReport RecordEditor::report() const {
    auto alert = m_context.alerts.alert(m_record.alertId);
    OnSceneRecordReport report(m_context.stationName, m_record, alert ? alert.value() : Alert(),
                               m_context.zone);
    // A printed draft carries the hash of what it shows, so the paper can later be matched
    // to what was signed; a sealed record shows its own sealed hash.
    report.setDraftFingerprint(RecordCanonical::contentSha256(m_record));
    return report;
}

bool RecordEditor::exportPdf(const QString &path) {
    if (!printable()) {
        return false;
    }
    const Status written = report().writePdf(path);
    if (!written) {
        m_context.prompter.warn(this, tr("Cannot export the PDF"), written.error().message);
        return false;
    }
    const Status audited = m_context.records.recordOutput(m_record.id, u"pdf"_s);
    if (!audited) {
        m_context.prompter.warn(this, tr("Cannot record the export"), audited.error().message);
    }
    return true;
}

void RecordEditor::printPreview() {
    if (!printable()) {
        return;
    }
    const OnSceneRecordReport printed = report();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(OnSceneRecordReport::defaultPageLayout());
    printer.setDocName(m_record.number);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(m_record.number));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&printed](QPrinter *target) { printed.paint(*target); });
    // Printing from the preview cannot be told apart from looking, so the preview itself
    // is the output the audit row names.
    const Status audited = m_context.records.recordOutput(m_record.id, u"print_preview"_s);
    if (!audited) {
        m_context.prompter.warn(this, tr("Cannot record the printout"), audited.error().message);
        return;
    }
    preview.exec();
}

void RecordEditor::print() {
    if (!printable()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(OnSceneRecordReport::defaultPageLayout());
    printer.setDocName(m_record.number);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    report().paint(printer);
    const Status audited = m_context.records.recordOutput(m_record.id, u"print"_s);
    if (!audited) {
        m_context.prompter.warn(this, tr("Cannot record the printout"), audited.error().message);
    }
}

void RecordEditor::closeEvent(QCloseEvent *event) {
    // Closing never loses typing: the draft is stored first.
    saveNow();
    QDialog::closeEvent(event);
}

void RecordEditor::reject() {
    saveNow();
    QDialog::reject();
}

} // namespace sd
