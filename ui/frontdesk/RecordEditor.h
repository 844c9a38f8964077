#pragma once

#include "core/frontdesk/OnSceneRecord.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace sd {

class OnSceneRecordReport;
class RecordForm;
class RecordSignaturesPanel;
struct FrontDeskContext;

// The on-scene record of one alert. A draft is saved by itself: every change restarts a
// short timer and the draft is stored when typing pauses, so nothing is lost if the desk
// crashes. Signatures are collected on their own tab; "File" seals the record once none is
// missing. A sealed record opens read-only and is corrected by an amendment.
class RecordEditor : public QDialog {
    Q_OBJECT

public:
    // The pause after the last change before the draft is stored: well inside the two
    // seconds promised, long enough not to write on every keystroke.
    static constexpr int kAutosaveDelayMs = 1500;

    RecordEditor(const FrontDeskContext &context, const OnSceneRecord &record,
                 QWidget *parent = nullptr);

    const OnSceneRecord &record() const { return m_record; }
    RecordForm *form() const { return m_form; }
    RecordSignaturesPanel *signatures() const { return m_signatures; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *savedLabel() const { return m_savedLabel; }
    QPushButton *fileButton() const { return m_fileButton; }
    QPushButton *amendButton() const { return m_amendButton; }
    bool isReadOnly() const { return m_record.status == RecordStatus::Sealed; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // Stores the draft now if anything changed; false when the service refused it.
    bool saveNow();
    // "File": asks for confirmation, then seals. True when the record is now sealed.
    bool fileRecord();
    // "Amend…": asks the reason and opens the amendment draft (amendmentOpened).
    bool amend();
    // Writes the official layout as a PDF (and the audit row); false with a warning on failure.
    bool exportPdf(const QString &path);
    // The official layout of the record as stored, with the draft's content fingerprint.
    OnSceneRecordReport report() const;
    void printPreview();
    void print();

Q_SIGNALS:
    // Stored: a draft saved, a signature added, the record filed.
    void recordSaved(const sd::OnSceneRecord &record);
    void amendmentOpened(const sd::OnSceneRecord &amendment);

protected:
    void closeEvent(QCloseEvent *event) override;

public Q_SLOTS:
    void reject() override;

private:
    void showRecord(const OnSceneRecord &record);
    void contentChanged();
    void updateState();
    void reloadFromService();
    void fillChanges();
    bool printable();

    const FrontDeskContext &m_context;
    OnSceneRecord m_record;
    bool m_dirty = false;
    bool m_showProblems = false;
    QTimer *m_autosave;
    QLabel *m_heading;
    QLabel *m_savedLabel;
    QTabWidget *m_tabs;
    RecordForm *m_form;
    RecordSignaturesPanel *m_signatures;
    QTableWidget *m_changes;
    QPushButton *m_fileButton;
    QPushButton *m_amendButton;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
};

} // namespace sd
