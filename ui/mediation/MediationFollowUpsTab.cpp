#include "ui/mediation/MediationFollowUpsTab.h"

#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationSettings.h"
#include "core/mediation/MediationService.h"
#include "core/organisation/Person.h"
#include "ui/mediation/StationTime.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"
#include "ui/widgets/RecordRowsTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

MediationFollowUpsTab::MediationFollowUpsTab(const MediationContext &context, MediationApply apply,
                                             QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_apply(std::move(apply))
    , m_errors(new FieldErrors(this))
    , m_table(
          new RecordRowsTable({tr("Due"), tr("Plan"), tr("Visited"), tr("Visitor"),
                               tr("Terms carried out"), tr("Satisfaction"), tr("New risk / notes")},
                              this))
    , m_due(new QDateEdit(this))
    , m_plan(new QLineEdit(this))
    , m_schedule(new QPushButton(tr("Sc&hedule visit"), this))
    , m_visitedAt(new QDateTimeEdit(this))
    , m_visitor(new QComboBox(this))
    , m_terms(new QComboBox(this))
    , m_satisfaction(new QComboBox(this))
    , m_newRisk(new QCheckBox(tr("New &risk found (reopens the case)"), this))
    , m_newRiskNote(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_nextDue(new OptionalDateEdit(this))
    , m_record(new QPushButton(tr("Record &visit"), this)) {
    setObjectName(u"followUpsTab"_s);
    m_table->setObjectName(u"followUpsTable"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    auto *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"followUpGeneralError"_s);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);

    auto *scheduleBox = new QGroupBox(tr("Schedule a visit"), this);
    auto *scheduleForm = new QFormLayout(scheduleBox);
    m_due->setObjectName(u"dueEdit"_s);
    m_due->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_due->setCalendarPopup(true);
    m_errors->addRow(scheduleForm, tr("&Due on:"), m_due, u"due_on"_s);
    m_plan->setObjectName(u"planEdit"_s);
    m_plan->setPlaceholderText(tr("what to look at"));
    m_errors->addRow(scheduleForm, tr("&Plan:"), m_plan, u"plan"_s);
    m_schedule->setObjectName(u"scheduleButton"_s);
    scheduleForm->addRow(QString(), m_schedule);
    columns->addWidget(scheduleBox, 1);

    auto *recordBox = new QGroupBox(tr("Record the selected visit"), this);
    auto *recordForm = new QFormLayout(recordBox);
    recordForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_visitedAt->setObjectName(u"visitedAtEdit"_s);
    m_visitedAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_visitedAt->setCalendarPopup(true);
    m_errors->addRow(recordForm, tr("Visited &at:"), m_visitedAt, u"visited_at"_s);
    m_visitor->setObjectName(u"visitorCombo"_s);
    m_errors->addRow(recordForm, tr("V&isitor:"), m_visitor, u"visitor"_s);
    m_terms->setObjectName(u"termsCarriedOutCombo"_s);
    addEnumItems(m_terms, allTermsCarriedOut());
    m_errors->addRow(recordForm, tr("&Terms carried out:"), m_terms, u"terms_carried_out"_s);
    m_satisfaction->setObjectName(u"satisfactionCombo"_s);
    addEnumItems(m_satisfaction, allSatisfactions());
    m_errors->addRow(recordForm, tr("&Satisfaction:"), m_satisfaction, u"satisfaction"_s);
    m_newRisk->setObjectName(u"newRiskCheck"_s);
    recordForm->addRow(QString(), m_newRisk);
    m_newRiskNote->setObjectName(u"newRiskNoteEdit"_s);
    m_newRiskNote->setPlaceholderText(tr("what the new risk is"));
    m_errors->addRow(recordForm, tr("New risk &note:"), m_newRiskNote, u"new_risk_note"_s);
    m_notes->setObjectName(u"visitNotesEdit"_s);
    m_errors->addRow(recordForm, tr("N&otes:"), m_notes, u"notes"_s);
    m_nextDue->setObjectName(u"nextDueEdit"_s);
    m_nextDue->setToolTip(tr("Schedule the next visit at the same time (optional)"));
    m_errors->addRow(recordForm, tr("Ne&xt visit:"), m_nextDue, u"next_due_on"_s);
    m_record->setObjectName(u"recordVisitButton"_s);
    recordForm->addRow(QString(), m_record);
    columns->addWidget(recordBox, 2);
    m_errors->addField(u"follow_up"_s, m_table, general);

    connect(m_schedule, &QPushButton::clicked, this, &MediationFollowUpsTab::schedule);
    connect(m_record, &QPushButton::clicked, this, &MediationFollowUpsTab::recordVisit);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &MediationFollowUpsTab::updateButtons);
    connect(m_newRisk, &QCheckBox::toggled, this, &MediationFollowUpsTab::updateButtons);
}

QDate MediationFollowUpsTab::suggestedDueDate() const {
    const int days = int(m_context.settings.value(SettingKey::FirstFollowUpDays));
    QDate from = m_context.mediation.agreementDate(m_case);
    for (const MediationFollowUp &visit : m_case.followUps) {
        if (!from.isValid() || visit.dueOn > from) {
            from = visit.dueOn;
        }
    }
    if (!from.isValid()) {
        from = QDateTime::fromMSecsSinceEpoch(m_context.desk.clock.nowMs(), m_context.desk.zone)
                   .date();
    }
    return from.addDays(days);
}

void MediationFollowUpsTab::setCase(const MediationCase &mediation) {
    m_case = mediation;
    std::optional<int> firstOpen;
    QList<QStringList> rows;
    for (int row = 0; row < mediation.followUps.size(); ++row) {
        const MediationFollowUp &visit = mediation.followUps.at(row);
        if (!visit.isDone() && !firstOpen) {
            firstOpen = row;
        }
        QStringList notes;
        if (visit.newRisk) {
            notes << tr("New risk: %1").arg(visit.newRiskNote);
        }
        if (!visit.notes.isEmpty()) {
            notes << visit.notes;
        }
        rows << QStringList{
            visit.dueOn.toString(u"yyyy-MM-dd"_s),
            followUpPlanText(mediation.followUps, row),
            visit.visitedAt ? QDateTime::fromMSecsSinceEpoch(*visit.visitedAt, m_context.desk.zone)
                                  .toString(u"yyyy-MM-dd HH:mm"_s)
                            : tr("not yet"),
            visit.visitorName,
            visit.termsCarriedOut ? displayName(*visit.termsCarriedOut) : QString(),
            visit.satisfaction ? displayName(*visit.satisfaction) : QString(),
            notes.join(u"; "_s)};
    }
    {
        // The next visit to record is the one selected.
        const QSignalBlocker block(m_table);
        m_table->setRows(rows);
        if (firstOpen) {
            m_table->selectRow(*firstOpen);
        }
    }
    m_due->setDate(suggestedDueDate());
    setStationTime(m_visitedAt, m_context.desk.clock.nowMs(), m_context.desk.zone);
    {
        const QSignalBlocker blockVisitor(m_visitor);
        m_visitor->clear();
        QList<qint64> keep;
        for (const MediationFollowUp &visit : mediation.followUps) {
            if (visit.visitorId) {
                keep << *visit.visitorId;
            }
        }
        const qint64 me = m_context.desk.session.actor().personId;
        for (const Person &person : m_context.desk.pickablePeople(keep)) {
            m_visitor->addItem(personLabel(person), person.id);
            if (me != 0 && person.id == me) {
                m_visitor->setCurrentIndex(m_visitor->count() - 1);
            }
        }
    }
    updateButtons();
}

const MediationFollowUp *MediationFollowUpsTab::selectedVisit() const {
    const int row = m_table->selectedRow();
    if (row >= 0 && row < m_case.followUps.size()) {
        return &m_case.followUps.at(row);
    }
    return nullptr;
}

void MediationFollowUpsTab::updateButtons() {
    const bool editable = m_context.editAllowed && m_case.id != 0;
    const bool sealed = m_case.agreementSealed();
    m_due->setEnabled(editable && sealed);
    m_plan->setEnabled(editable && sealed);
    m_schedule->setEnabled(editable && sealed);
    const MediationFollowUp *visit = selectedVisit();
    const bool recordable = editable && visit && !visit->isDone();
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_visitedAt, m_visitor, m_terms, m_satisfaction,
                                          m_newRisk, m_notes, m_nextDue, m_record}) {
        field->setEnabled(recordable);
    }
    m_newRiskNote->setEnabled(recordable && m_newRisk->isChecked());
}

bool MediationFollowUpsTab::schedule() {
    m_errors->clear();
    return m_apply(m_context.mediation.scheduleFollowUp(m_case.id, m_case.rowVersion, m_due->date(),
                                                        m_plan->text().trimmed()),
                   *m_errors);
}

bool MediationFollowUpsTab::recordVisit() {
    m_errors->clear();
    const MediationFollowUp *visit = selectedVisit();
    if (!visit) {
        m_errors->show(Error::validation(u"follow_up"_s,
                                         tr("Select the scheduled visit to record in the list.")));
        return false;
    }
    FollowUpVisit typed;
    typed.visitedAt = stationTime(m_visitedAt, m_context.desk.zone);
    // The field shows minutes: a visit typed in the minute the agreement was sealed means
    // "just after it", not the seconds before.
    if (m_case.agreementSealed()) {
        const qint64 sealedAt = m_case.agreement->sealedAt;
        if (typed.visitedAt < sealedAt && typed.visitedAt / 60000 == sealedAt / 60000) {
            typed.visitedAt = sealedAt;
        }
    }
    const QVariant visitor = m_visitor->currentData();
    if (visitor.isValid()) {
        typed.visitorId = visitor.toLongLong();
    }
    typed.termsCarriedOut = selectedEnum(m_terms, termsCarriedOutFromKey, TermsCarriedOut::Fully);
    typed.satisfaction = selectedEnum(m_satisfaction, satisfactionFromKey, Satisfaction::Satisfied);
    typed.newRisk = m_newRisk->isChecked();
    typed.newRiskNote = typed.newRisk ? m_newRiskNote->text().trimmed() : QString();
    typed.notes = m_notes->text().trimmed();
    if (m_nextDue->optionalDate().isValid()) {
        typed.nextDueOn = m_nextDue->optionalDate();
    }
    const bool stored =
        m_apply(m_context.mediation.recordFollowUp(m_case.id, m_case.rowVersion, visit->id, typed),
                *m_errors);
    if (stored) {
        m_newRisk->setChecked(false);
        m_newRiskNote->clear();
        m_notes->clear();
        m_nextDue->setOptionalDate({});
    }
    return stored;
}

} // namespace sd
