#pragma once

#include "ui/frontdesk/AlertImportFlow.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/widgets/Page.h"

#include <QPointer>

namespace sd {

class AlertsPanel;
class RecordEditor;
struct Alert;
struct OnSceneRecord;
struct Station;

// The front desk: the alert register, and the on-scene record editors opened from it.
// Editing needs FileAlerts; without it everything shows but nothing can be changed. After
// login the page offers back the user's unfinished record drafts.
class FrontDeskPage : public Page {
    Q_OBJECT

public:
    FrontDeskPage(const AlertService &alerts, const RecordService &records,
                  const OrganisationService &organisation, const AccessControl &access,
                  const Session &session, const Clock &clock, const Station &station,
                  Prompter &prompter, QWidget *parent = nullptr);
    ~FrontDeskPage() override;

    QString title() const override;
    QIcon icon() const override;
    void focusSearch() override;
    void createNew() override;
    QStringList unsavedWork() const override;
    QStringList saveDrafts() override;

    AlertsPanel *alerts() const { return m_alerts; }
    FrontDeskContext &context() { return m_context; }
    bool editAllowed() const { return m_editAllowed; }

    // Opens the record editor of an alert: its draft if there is one; once a record is
    // filed, a choice between opening a filed record and amending it (a second record is
    // never offered, the core refuses it); else a new draft.
    RecordEditor *openRecordFor(const Alert &alert);
    RecordEditor *openRecord(const OnSceneRecord &record);
    // Asks the reason and opens the amendment draft of a sealed record.
    RecordEditor *amendRecord(qint64 sealedId, const QString &number);
    QList<RecordEditor *> openEditors() const;
    // The user's drafts (updated by them, not filed): asks whether to continue one.
    RecordEditor *offerDrafts();

    // Shows "Import…" (with FileAlerts) and runs imports through importer.
    void setAlertImporter(AlertImportFlow::Importer importer);
    AlertImportFlow *importFlow() const { return m_importFlow.get(); }

private:
    FrontDeskContext m_context;
    bool m_editAllowed;
    AlertsPanel *m_alerts;
    QList<QPointer<RecordEditor>> m_editors;
    std::unique_ptr<AlertImportFlow> m_importFlow;
};

} // namespace sd
