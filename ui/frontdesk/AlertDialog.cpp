#include "ui/frontdesk/AlertDialog.h"

#include "core/frontdesk/AlertService.h"
#include "core/organisation/OrganisationService.h"
#include "ui/frontdesk/AlertChecklistView.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/frontdesk/OfficerPicker.h"
#include "ui/widgets/EnumCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

AlertDialog::AlertDialog(const FrontDeskContext &context, const Alert &alert, bool editAllowed,
                         QWidget *parent)
    : EditDialog(&context.prompter, parent)
    , m_context(context)
    , m_alert(alert) {
    setObjectName(u"alertDialog"_s);
    setWindowTitle(alert.id == 0 ? tr("Register alert") : tr("Alert %1").arg(alert.number));
    setMinimumWidth(alert.id == 0 ? 560 : 900);

    m_number = addNewRow<QLineEdit>(tr("N&umber:"), u"numberEdit"_s, u"number"_s);
    m_number->setPlaceholderText(tr("given when saved"));
    m_number->setReadOnly(alert.id != 0);

    m_received = addNewRow<QDateTimeEdit>(tr("&Received:"), u"receivedEdit"_s, u"received_at"_s);
    m_received->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_received->setCalendarPopup(true);

    m_source = addNewRow<QComboBox>(tr("S&ource:"), u"sourceCombo"_s, u"source"_s);
    addEnumItems(m_source, allAlertSources());

    m_category = addNewRow<QComboBox>(tr("&Category:"), u"categoryCombo"_s, u"category"_s);
    addEnumItems(m_category, allAlertCategories());

    m_preventable = addNewRow<QCheckBox>(QString(), u"preventableCheck"_s, u"preventable"_s,
                                         tr("Could have been pre&vented"));

    m_area = new QComboBox(this);
    m_area->setObjectName(u"areaCombo"_s);
    m_area->addItem(tr("(no area)"), QVariant());
    if (auto areas = context.organisation.areas()) {
        for (const CommunityArea &area : areas.value()) {
            m_area->addItem(area.name, area.id);
        }
    }
    addRow(tr("Community &area:"), m_area, u"area"_s);

    m_location = addNewRow<QLineEdit>(tr("&Location:"), u"locationEdit"_s, u"location"_s);

    m_callerName = addNewRow<QLineEdit>(tr("Caller &name:"), u"callerNameEdit"_s, u"caller_name"_s);

    m_callerPhone =
        addNewRow<QLineEdit>(tr("Caller &phone:"), u"callerPhoneEdit"_s, u"caller_phone"_s);
    m_callerPhone->setPlaceholderText(tr("e.g. 13800138000 or 020-12345678"));

    m_summary = addNewRow<QPlainTextEdit>(tr("&Summary:"), u"summaryEdit"_s, u"summary"_s);
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(70);

    m_officers = new OfficerPicker(this);
    m_officers->setPeople(context.pickablePeople(alert.officerIds));
    addRow(tr("Handling o&fficers:"), m_officers, u"officers"_s);

    m_status = addNewRow<QComboBox>(tr("Sta&tus:"), u"statusCombo"_s, u"status"_s);

    if (alert.id != 0) {
        auto *box = new QGroupBox(tr("Handling checklist"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_checklist = new AlertChecklistView(context, alert.id, editAllowed, box);
        boxLayout->addWidget(m_checklist);
        addBeside(box, 2);
    }

    QDialogButtonBox *buttons = addButtons(editAllowed ? tr("Save") : QString(), u"saveButton"_s);
    if (editAllowed) {
        if (alert.id != 0) {
            m_recordButton =
                buttons->addButton(tr("On-scene r&ecord…"), QDialogButtonBox::ActionRole);
            m_recordButton->setObjectName(u"recordButton"_s);
            m_recordButton->setToolTip(tr("File the on-scene record of this alert, or open it"));
            connect(m_recordButton, &QPushButton::clicked, this,
                    [this] { Q_EMIT recordRequested(m_alert); });
            if (m_context.referToMediation) {
                m_mediationButton =
                    buttons->addButton(tr("Refer to &mediation…"), QDialogButtonBox::ActionRole);
                m_mediationButton->setObjectName(u"mediationButton"_s);
                m_mediationButton->setToolTip(
                    tr("Make a mediation case from this alert (the alert is saved first)"));
                connect(m_mediationButton, &QPushButton::clicked, this, [this] {
                    // What was typed is kept first; the referral then moves the alert's status.
                    QWidget *owner = parentWidget();
                    if (save()) {
                        const Alert referred = m_alert;
                        m_context.referToMediation(owner, referred);
                    }
                });
            }
        }
    }

    fill(alert);
    markUnchanged();
    setEditable(editAllowed);
    if (!editAllowed) {
        for (QWidget *field : std::initializer_list<QWidget *>{m_received, m_source, m_category,
                                                               m_preventable, m_area, m_status}) {
            field->setEnabled(false);
        }
        for (QLineEdit *edit : {m_number, m_location, m_callerName, m_callerPhone}) {
            edit->setReadOnly(true);
        }
        m_summary->setReadOnly(true);
        m_officers->setReadOnly(true);
    }
    (alert.id == 0 ? static_cast<QWidget *>(m_received) : m_summary)->setFocus();
}

void AlertDialog::fill(const Alert &alert) {
    m_number->setText(alert.number);
    const qint64 received = alert.receivedAt != 0 ? alert.receivedAt : m_context.clock.nowMs();
    // The edit shows the station's wall-clock time; edited() reads it back in that zone.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(received, m_context.zone);
    m_received->setDate(local.date());
    m_received->setTime(local.time());
    selectEnum(m_source, alert.source);
    selectEnum(m_category, alert.category);
    m_preventable->setChecked(alert.preventable);
    const int area = alert.areaId ? m_area->findData(*alert.areaId) : 0;
    if (area < 0 && alert.areaId) {
        m_area->addItem(alert.areaName, *alert.areaId);
        m_area->setCurrentIndex(m_area->count() - 1);
    } else {
        m_area->setCurrentIndex(area);
    }
    m_location->setText(alert.location);
    m_callerName->setText(alert.callerName);
    m_callerPhone->setText(alert.callerPhone);
    m_summary->setPlainText(alert.summary);
    m_officers->setSelectedIds(alert.officerIds);
    fillStatuses(alert.status, alert.status);
}

void AlertDialog::fillStatuses(AlertStatus stored, AlertStatus current) {
    // Only the changes the register allows from the stored status are offered.
    m_status->clear();
    for (AlertStatus status : allAlertStatuses()) {
        if (status == stored || alertStatusChangeAllowed(stored, status)) {
            m_status->addItem(displayName(status), toKey(status));
        }
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(toKey(current))));
}

Alert AlertDialog::edited() const {
    Alert alert = m_alert;
    if (alert.id == 0) {
        alert.number = m_number->text().trimmed();
    }
    alert.receivedAt =
        QDateTime(m_received->date(), m_received->time(), m_context.zone).toMSecsSinceEpoch();
    alert.source = selectedEnum(m_source, alertSourceFromKey, AlertSource::Dispatch);
    alert.category = selectedEnum(m_category, alertCategoryFromKey, AlertCategory::Other);
    alert.preventable = m_preventable->isChecked();
    const QVariant area = m_area->currentData();
    alert.areaId = area.isValid() ? std::optional<qint64>(area.toLongLong()) : std::nullopt;
    alert.areaName = area.isValid() ? m_area->currentText() : QString();
    alert.location = m_location->text().trimmed();
    alert.callerName = m_callerName->text().trimmed();
    alert.callerPhone = m_callerPhone->text().trimmed();
    alert.summary = m_summary->toPlainText().trimmed();
    alert.officerIds = m_officers->selectedIds();
    alert.status = alertStatusFromKey(m_status->currentData().toString()).value_or(alert.status);
    return alert;
}

Status AlertDialog::store() {
    const Alert draft = edited();
    auto result =
        draft.id == 0 ? m_context.alerts.addAlert(draft) : m_context.alerts.updateAlert(draft);
    SD_RETURN_IF_ERROR(result);
    m_alert = result.value();
    Q_EMIT saved(m_alert);
    return {};
}

Status AlertDialog::reloadStored() {
    auto latest = m_context.alerts.alert(m_alert.id);
    SD_RETURN_IF_ERROR(latest);
    m_alert = latest.value();
    fill(m_alert);
    if (m_checklist) {
        m_checklist->reload();
    }
    return {};
}

} // namespace sd
