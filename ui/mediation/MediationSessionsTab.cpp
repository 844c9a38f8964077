#include "ui/mediation/MediationSessionsTab.h"

#include "core/mediation/MediationService.h"
#include "ui/mediation/StationTime.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/RecordRowsTable.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

MediationSessionsTab::MediationSessionsTab(const MediationContext &context, MediationApply apply,
                                           QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_apply(std::move(apply))
    , m_errors(new FieldErrors(this))
    , m_table(new RecordRowsTable({tr("Date and time"), tr("Place"), tr("Attendees"), tr("Notes")},
                                  this))
    , m_heldAt(new QDateTimeEdit(this))
    , m_place(new QLineEdit(this))
    , m_attendees(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("&Add session"), this))
    , m_update(new QPushButton(tr("Save &changes to selected"), this))
    , m_remove(new QPushButton(tr("Remo&ve selected"), this)) {
    setObjectName(u"sessionsTab"_s);
    m_table->setObjectName(u"sessionsTable"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"sessionGeneralError"_s);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_heldAt->setObjectName(u"sessionHeldAt"_s);
    m_heldAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_heldAt->setCalendarPopup(true);
    m_errors->addRow(form, tr("&Held at:"), m_heldAt, u"session.held_at"_s);
    m_place->setObjectName(u"sessionPlace"_s);
    m_errors->addRow(form, tr("P&lace:"), m_place, u"session.place"_s);
    m_attendees->setObjectName(u"sessionAttendees"_s);
    m_attendees->setPlaceholderText(tr("who came: parties, relatives, committee members"));
    m_errors->addRow(form, tr("A&ttendees:"), m_attendees, u"session.attendees"_s);
    m_notes->setObjectName(u"sessionNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    m_errors->addRow(form, tr("&Notes:"), m_notes, u"session.notes"_s);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_add->setObjectName(u"addSessionButton"_s);
    m_update->setObjectName(u"updateSessionButton"_s);
    m_remove->setObjectName(u"removeSessionButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_update);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &MediationSessionsTab::addSession);
    connect(m_update, &QPushButton::clicked, this, &MediationSessionsTab::updateSelected);
    connect(m_remove, &QPushButton::clicked, this, &MediationSessionsTab::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &MediationSessionsTab::selectionChanged);
    setStationTime(m_heldAt, m_context.desk.clock.nowMs(), m_context.desk.zone);
}

void MediationSessionsTab::setCase(const MediationCase &mediation) {
    m_case = mediation;
    QList<QStringList> rows;
    QList<qint64> ids;
    for (const MediationSession &session : mediation.sessions) {
        rows << QStringList{QDateTime::fromMSecsSinceEpoch(session.heldAt, m_context.desk.zone)
                                .toString(u"yyyy-MM-dd HH:mm"_s),
                            session.place, session.attendees, session.notes};
        ids << session.id;
    }
    // The session selected before stays selected after a save.
    m_table->setRows(rows, ids);
    const bool editable = m_context.editAllowed && mediation.id != 0;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_heldAt, m_place, m_attendees, m_notes, m_add}) {
        widget->setEnabled(editable);
    }
    selectionChanged();
}

void MediationSessionsTab::selectionChanged() {
    const int row = m_table->selectedRow();
    const bool picked = row >= 0 && row < m_case.sessions.size();
    const bool editable = m_context.editAllowed && m_case.id != 0;
    m_update->setEnabled(editable && picked);
    m_remove->setEnabled(editable && picked);
    if (picked) {
        const MediationSession &session = m_case.sessions.at(row);
        setStationTime(m_heldAt, session.heldAt, m_context.desk.zone);
        m_place->setText(session.place);
        m_attendees->setText(session.attendees);
        m_notes->setPlainText(session.notes);
    }
}

MediationSession MediationSessionsTab::typed() const {
    MediationSession session;
    session.heldAt = stationTime(m_heldAt, m_context.desk.zone);
    session.place = m_place->text().trimmed();
    session.attendees = m_attendees->text().trimmed();
    session.notes = m_notes->toPlainText().trimmed();
    return session;
}

bool MediationSessionsTab::addSession() {
    m_errors->clear();
    const bool stored =
        m_apply(m_context.mediation.addSession(m_case.id, m_case.rowVersion, typed()), *m_errors);
    if (stored) {
        m_place->clear();
        m_attendees->clear();
        m_notes->clear();
        m_table->clearSelection();
    }
    return stored;
}

bool MediationSessionsTab::updateSelected() {
    const int row = m_table->selectedRow();
    if (row < 0 || row >= m_case.sessions.size()) {
        return false;
    }
    m_errors->clear();
    MediationSession session = typed();
    session.id = m_case.sessions.at(row).id;
    return m_apply(m_context.mediation.updateSession(m_case.id, m_case.rowVersion, session),
                   *m_errors);
}

bool MediationSessionsTab::removeSelected() {
    const int row = m_table->selectedRow();
    if (row < 0 || row >= m_case.sessions.size()) {
        return false;
    }
    if (!m_context.desk.prompter.confirm(
            this, tr("Remove session"),
            tr("Remove the session of %1?").arg(m_table->item(row, 0)->text()), tr("Remove"))) {
        return false;
    }
    m_errors->clear();
    return m_apply(
        m_context.mediation.removeSession(m_case.id, m_case.rowVersion, m_case.sessions.at(row).id),
        *m_errors);
}

} // namespace sd
