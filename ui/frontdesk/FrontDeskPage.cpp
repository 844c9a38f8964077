#include "ui/frontdesk/FrontDeskPage.h"

#include "core/frontdesk/AlertService.h"
#include "core/frontdesk/RecordService.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/settings/StationRepository.h"
#include "ui/frontdesk/AlertsPanel.h"
#include "ui/frontdesk/RecordEditor.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SignatureSlotsPanel.h"

#include <QDateTime>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

std::optional<Secret> askPasswordInDialog(QWidget *parent, const QString &who) {
    return SignatureSlotsPanel::askPassword(
        parent, FrontDeskPage::tr("Officer's signature"),
        FrontDeskPage::tr("%1, enter your password to sign as the handling officer:").arg(who));
}
} // namespace

FrontDeskPage::FrontDeskPage(const AlertService &alerts, const RecordService &records,
                             const OrganisationService &organisation, const AccessControl &access,
                             const Session &session, const Clock &clock, const Station &station,
                             Prompter &prompter, QWidget *parent)
    : Page(parent)
    , m_context{alerts, records,  organisation,         access,       session,
                clock,  prompter, stationZone(station), station.name, askPasswordInDialog}
    , m_editAllowed(access.allows(Permission::FileAlerts))
    , m_alerts(new AlertsPanel(m_context, m_editAllowed, this)) {
    setObjectName(u"frontDeskPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_alerts);
    setFocusProxy(m_alerts);
    connect(m_alerts, &AlertsPanel::recordRequested, this, &FrontDeskPage::openRecordFor);
    // After login, once the window is up: unfinished drafts are offered back.
    if (m_editAllowed && session.isLoggedIn()) {
        QMetaObject::invokeMethod(this, &FrontDeskPage::offerDrafts, Qt::QueuedConnection);
    }
}

FrontDeskPage::~FrontDeskPage() {
    // Editors are children and would be destroyed anyway; saving first keeps their typing.
    for (const QPointer<RecordEditor> &editor : std::as_const(m_editors)) {
        if (editor) {
            editor->saveNow();
        }
    }
}

QString FrontDeskPage::title() const {
    return tr("Front desk");
}

QIcon FrontDeskPage::icon() const {
    return QIcon(u":/icons/search.svg"_s);
}

void FrontDeskPage::focusSearch() {
    m_alerts->focusSearch();
}

void FrontDeskPage::createNew() {
    m_alerts->addAlert();
}

QList<RecordEditor *> FrontDeskPage::openEditors() const {
    QList<RecordEditor *> open;
    for (const QPointer<RecordEditor> &editor : m_editors) {
        if (editor) {
            open << editor.data();
        }
    }
    return open;
}

QStringList FrontDeskPage::unsavedWork() const {
    QStringList work = m_alerts->openDialogs();
    for (RecordEditor *editor : openEditors()) {
        if (editor->hasUnsavedChanges()) {
            work << editor->windowTitle();
        }
    }
    return work;
}

QStringList FrontDeskPage::saveDrafts() {
    // Record editors keep everything as drafts; only an alert form has no draft.
    QStringList lost = m_alerts->openDialogs();
    for (RecordEditor *editor : openEditors()) {
        if (!editor->saveNow()) {
            lost << editor->windowTitle();
        }
    }
    return lost;
}

RecordEditor *FrontDeskPage::openRecord(const OnSceneRecord &record) {
    for (RecordEditor *editor : openEditors()) {
        // A closed editor lingers until deleted; only an open one is brought forward.
        if (editor->isVisible() && editor->record().id == record.id) {
            editor->raise();
            editor->activateWindow();
            return editor;
        }
    }
    auto *editor = new RecordEditor(m_context, record, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    connect(editor, &RecordEditor::amendmentOpened, this,
            [this](const OnSceneRecord &amendment) { openRecord(amendment); });
    m_editors.removeAll(nullptr);
    m_editors << editor;
    editor->show();
    return editor;
}

RecordEditor *FrontDeskPage::openRecordFor(const Alert &alert) {
    if (!m_editAllowed) {
        return nullptr;
    }
    RecordListFilter filter;
    filter.alertId = alert.id;
    auto existing = m_context.records.list(filter);
    if (!existing) {
        m_context.prompter.warn(this, tr("Cannot read the records"), existing.error().message);
        return nullptr;
    }
    std::optional<qint64> chosen;
    QList<RecordSummary> filed;
    for (const RecordSummary &summary : existing.value()) {
        if (summary.status == RecordStatus::Draft) {
            chosen = summary.id; // a draft is continued, never duplicated
            break;
        }
        filed << summary;
    }
    if (!chosen && !filed.isEmpty()) {
        // The core files one record per alert and refuses a second: once it is sealed the
        // only ways on are to read it or to correct it with an amendment, so only those
        // are offered. The amendment corrects the newest filed version.
        const RecordSummary *original = &filed.constFirst();
        const RecordSummary *latest = &filed.constFirst();
        for (const RecordSummary &summary : std::as_const(filed)) {
            if (summary.amendsNumber.isEmpty()) {
                original = &summary;
            }
            if (summary.sealedAt > latest->sealedAt) {
                latest = &summary;
            }
        }
        QStringList items;
        for (const RecordSummary &summary : std::as_const(filed)) {
            const QString filedAt = QDateTime::fromMSecsSinceEpoch(summary.sealedAt, m_context.zone)
                                        .toString(u"yyyy-MM-dd HH:mm"_s);
            items << (summary.amendsNumber.isEmpty()
                          ? tr("Open %1, filed %2").arg(summary.number, filedAt)
                          : tr("Open %1 (amends %2), filed %3")
                                .arg(summary.number, summary.amendsNumber, filedAt));
        }
        items << tr("Amend %1…").arg(latest->number);
        const auto picked = m_context.prompter.askChoice(
            this, tr("On-scene records of %1").arg(alert.number),
            tr("Alert %1 already has the filed record %2.\nA filed record cannot be changed or "
               "replaced by a new one:\nopen it, or correct it with an amendment (signed again).")
                .arg(alert.number, original->number),
            items, 0);
        if (!picked || *picked < 0 || *picked > filed.size()) {
            return nullptr;
        }
        if (*picked == filed.size()) {
            return amendRecord(latest->id, latest->number);
        }
        chosen = filed.at(*picked).id;
    }
    auto record =
        chosen ? m_context.records.record(*chosen) : m_context.records.createFromAlert(alert.id);
    if (!record) {
        m_context.prompter.warn(this, tr("Cannot open the on-scene record of %1").arg(alert.number),
                                record.error().message);
        return nullptr;
    }
    return openRecord(record.value());
}

RecordEditor *FrontDeskPage::amendRecord(qint64 sealedId, const QString &number) {
    const auto reason = m_context.prompter.askText(
        this, tr("Amend %1").arg(number),
        tr("Why does the filed record need correcting? The reason is part of the amendment."));
    if (!reason) {
        return nullptr;
    }
    auto amendment = m_context.records.amend(sealedId, reason->trimmed());
    if (!amendment) {
        m_context.prompter.warn(this, tr("Cannot amend %1").arg(number), amendment.error().message);
        return nullptr;
    }
    return openRecord(amendment.value());
}

void FrontDeskPage::setAlertImporter(AlertImportFlow::Importer importer) {
    m_importFlow = std::make_unique<AlertImportFlow>(std::move(importer), m_context.prompter);
    m_alerts->importAction()->setVisible(m_editAllowed);
    // The imported alerts reach the list through the change feed.
    connect(m_alerts, &AlertsPanel::importRequested, this,
            [this] { m_importFlow->chooseAndImport(this); });
}

RecordEditor *FrontDeskPage::offerDrafts() {
    RecordListFilter filter;
    filter.status = RecordStatus::Draft;
    filter.updatedBy = m_context.session.actor().name;
    auto drafts = m_context.records.list(filter);
    if (!drafts || drafts->isEmpty()) {
        return nullptr;
    }
    std::optional<qint64> chosen;
    if (drafts->size() == 1) {
        const RecordSummary &draft = drafts->constFirst();
        if (m_context.prompter.confirm(
                this, tr("Unfinished on-scene record"),
                tr("Continue draft %1 (alert %2), last saved %3?")
                    .arg(draft.number, draft.alertNumber,
                         QDateTime::fromMSecsSinceEpoch(draft.updatedAt, m_context.zone)
                             .toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                tr("Continue"))) {
            chosen = draft.id;
        }
    } else {
        QStringList items;
        for (const RecordSummary &draft : drafts.value()) {
            items << tr("%1 (alert %2), last saved %3")
                         .arg(draft.number, draft.alertNumber,
                              QDateTime::fromMSecsSinceEpoch(draft.updatedAt, m_context.zone)
                                  .toString(u"yyyy-MM-dd HH:mm:ss"_s));
        }
        const auto picked = m_context.prompter.askChoice(
            this, tr("Unfinished on-scene records"),
            tr("You have %n unfinished draft(s). Continue one?", nullptr, int(items.size())), items,
            0);
        if (picked && *picked >= 0 && *picked < drafts->size()) {
            chosen = drafts->at(*picked).id;
        }
    }
    if (!chosen) {
        return nullptr;
    }
    auto record = m_context.records.record(*chosen);
    if (!record) {
        m_context.prompter.warn(this, tr("Cannot open the draft"), record.error().message);
        return nullptr;
    }
    return openRecord(record.value());
}

} // namespace sd
