#include "ui/mediation/MediationCaseForm.h"

#include "core/mediation/MediationService.h"
#include "core/organisation/OrganisationService.h"
#include "ui/frontdesk/OfficerPicker.h"
#include "ui/mediation/MediationContext.h"
#include "ui/mediation/MediationPartyEditor.h"
#include "ui/mediation/StationTime.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

MediationCaseForm::MediationCaseForm(const MediationContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_errors(new FieldErrors(this))
    , m_general(FieldErrors::createErrorLabel(this))
    , m_number(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_alert(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_opened(new QDateTimeEdit(this))
    , m_area(new QComboBox(this))
    , m_location(new QLineEdit(this))
    , m_facts(new QPlainTextEdit(this))
    , m_risk(new QComboBox(this))
    , m_riskReason(new QLineEdit(this))
    , m_leader(new QComboBox(this))
    , m_mediators(new OfficerPicker(this))
    , m_partyList(new QVBoxLayout)
    , m_addParty(new QPushButton(QIcon(u":/icons/person-add.svg"_s), tr("Add par&ty"), this))
    , m_partiesError(FieldErrors::createErrorLabel(this))
    , m_repeats(new QLabel(this)) {
    setObjectName(u"mediationCaseForm"_s);
    m_general->setObjectName(u"caseGeneralError"_s);
    m_errors->setGeneralLabel(m_general);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *host = new QWidget(scroll);
    scroll->setWidget(host);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_general);
    outer->addWidget(scroll, 1);

    auto *columns = new QHBoxLayout(host);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(form, 1);

    m_number->setObjectName(u"caseNumber"_s);
    m_number->setReadOnly(true);
    m_number->setPlaceholderText(tr("given when saved"));
    m_errors->addRow(form, tr("Number:"), m_number, u"number"_s);

    m_source->setObjectName(u"caseSource"_s);
    addEnumItems(m_source, allMediationSources());
    m_errors->addRow(form, tr("So&urce:"), m_source, u"source"_s);
    m_alert->setObjectName(u"caseAlert"_s);
    m_errors->addRow(form, tr("Alert:"), m_alert, u"alert"_s);

    m_type->setObjectName(u"caseType"_s);
    addEnumItems(m_type, allDisputeTypes());
    m_errors->addRow(form, tr("&Dispute:"), m_type, u"dispute_type"_s);

    m_opened->setObjectName(u"caseOpened"_s);
    m_opened->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_opened->setCalendarPopup(true);
    m_errors->addRow(form, tr("&Opened:"), m_opened, u"opened_at"_s);

    m_area->setObjectName(u"caseArea"_s);
    m_area->addItem(tr("(no area)"), QVariant());
    if (auto areas = context.desk.organisation.areas()) {
        for (const CommunityArea &area : areas.value()) {
            m_area->addItem(area.name, area.id);
        }
    }
    m_errors->addRow(form, tr("Community &area:"), m_area, u"area"_s);

    m_location->setObjectName(u"caseLocation"_s);
    m_errors->addRow(form, tr("&Place of dispute:"), m_location, u"location"_s);

    m_facts->setObjectName(u"caseFacts"_s);
    m_facts->setTabChangesFocus(true);
    m_facts->setMinimumHeight(80);
    // Room for the mediators list under it on a laptop screen.
    m_facts->setMaximumHeight(140);
    m_errors->addRow(form, tr("Brief &facts:"), m_facts, u"facts"_s);

    m_risk->setObjectName(u"caseRisk"_s);
    addEnumItems(m_risk, allRiskGrades());
    m_errors->addRow(form, tr("&Risk grade:"), m_risk, u"risk"_s);
    m_riskReason->setObjectName(u"caseRiskReason"_s);
    m_riskReason->setPlaceholderText(tr("why this grade (needed for medium and high)"));
    m_errors->addRow(form, tr("Risk r&eason:"), m_riskReason, u"risk_reason"_s);

    m_leader->setObjectName(u"caseLeader"_s);
    m_leader->addItem(tr("(none)"), QVariant());
    if (auto leaders = context.mediation.stationLeaders()) {
        for (const Person &leader : leaders.value()) {
            m_leader->addItem(personLabel(leader), leader.id);
        }
    }
    m_leader->setToolTip(tr("A high-risk case is owned personally by a station leader"));
    m_errors->addRow(form, tr("Owning &leader:"), m_leader, u"owning_leader"_s);

    m_mediators->setObjectName(u"caseMediators"_s);
    m_mediators->setMinimumHeight(120);
    m_errors->addRow(form, tr("&Mediators:"), m_mediators, u"mediators"_s);

    auto *partiesColumn = new QVBoxLayout;
    columns->addLayout(partiesColumn, 1);
    auto *partiesTitle = new QLabel(tr("<b>Parties</b>"), host);
    partiesColumn->addWidget(partiesTitle);
    m_partiesError->setObjectName(u"error_parties"_s);
    partiesColumn->addWidget(m_partiesError);
    m_errors->addField(u"parties"_s, m_addParty, m_partiesError);
    partiesColumn->addLayout(m_partyList);
    m_addParty->setObjectName(u"addPartyButton"_s);
    partiesColumn->addWidget(m_addParty, 0, Qt::AlignLeft);
    m_repeats->setObjectName(u"possibleRepeats"_s);
    m_repeats->setWordWrap(true);
    m_repeats->setTextFormat(Qt::PlainText);
    m_repeats->setStyleSheet(u"color: #b24a00;"_s);
    partiesColumn->addWidget(m_repeats);
    partiesColumn->addStretch(1);

    const auto edited = [this] {
        if (!m_filling) {
            Q_EMIT changed();
        }
    };
    for (QLineEdit *edit : {m_location, m_riskReason}) {
        connect(edit, &QLineEdit::textEdited, this, edited);
    }
    connect(m_facts, &QPlainTextEdit::textChanged, this, edited);
    for (QComboBox *combo : {m_source, m_type, m_area, m_leader}) {
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
    }
    connect(m_risk, &QComboBox::currentIndexChanged, this, [this, edited] {
        updateRiskFields();
        edited();
    });
    connect(m_opened, &QDateTimeEdit::dateTimeChanged, this, edited);
    connect(m_mediators, &OfficerPicker::selectionChanged, this, edited);
    connect(m_addParty, &QPushButton::clicked, this, [this, edited] {
        MediationParty party;
        party.role = m_parties.isEmpty() ? PartyRole::Applicant : PartyRole::Respondent;
        addParty(party)->nameField()->setFocus();
        edited();
    });
    connect(m_location, &QLineEdit::editingFinished, this, &MediationCaseForm::refreshRepeats);
}

MediationPartyEditor *MediationCaseForm::addParty(const MediationParty &party) {
    auto *editor = new MediationPartyEditor(m_context.desk, int(m_parties.size()), this);
    editor->setMediationParty(party);
    editor->setPartyReadOnly(!m_editable, m_case.number);
    connect(editor, &PartyEditor::changed, this, [this] {
        if (!m_filling) {
            Q_EMIT changed();
        }
    });
    connect(editor, &PartyEditor::removeRequested, this, &MediationCaseForm::removeParty);
    connect(editor->documentField(), &QLineEdit::editingFinished, this,
            &MediationCaseForm::refreshRepeats);
    m_partyList->addWidget(editor);
    m_parties << editor;
    // Keyboard order follows the screen: the parties, then the Add button.
    QWidget *previous = m_parties.size() > 1 ? m_parties.at(m_parties.size() - 2)
                                             : static_cast<QWidget *>(m_mediators->list());
    setTabOrder(previous, editor);
    setTabOrder(editor, m_addParty);
    return editor;
}

void MediationCaseForm::removeParty(int index) {
    if (index < 0 || index >= m_parties.size()) {
        return;
    }
    MediationPartyEditor *editor = m_parties.takeAt(index);
    editor->hide();
    editor->deleteLater();
    for (int i = 0; i < m_parties.size(); ++i) {
        m_parties.at(i)->setIndex(i);
    }
    Q_EMIT changed();
}

void MediationCaseForm::setCase(const MediationCase &mediation, bool editable) {
    m_filling = true;
    m_case = mediation;
    m_number->setText(mediation.number);
    m_source->setCurrentIndex(std::max(0, m_source->findData(toKey(mediation.source))));
    m_alert->setText(mediation.alertNumber.isEmpty() ? tr("(none)") : mediation.alertNumber);
    m_type->setCurrentIndex(std::max(0, m_type->findData(toKey(mediation.disputeType))));
    const qint64 opened =
        mediation.openedAt != 0 ? mediation.openedAt : m_context.desk.clock.nowMs();
    setStationTime(m_opened, opened, m_context.desk.zone);
    int area = mediation.areaId ? m_area->findData(*mediation.areaId) : 0;
    if (area < 0) {
        m_area->addItem(mediation.areaName, *mediation.areaId);
        area = m_area->count() - 1;
    }
    m_area->setCurrentIndex(area);
    m_location->setText(mediation.location);
    m_facts->setPlainText(mediation.facts);
    m_risk->setCurrentIndex(std::max(0, m_risk->findData(toKey(mediation.risk))));
    m_riskReason->setText(mediation.riskReason);
    int leader = mediation.owningLeaderId ? m_leader->findData(*mediation.owningLeaderId) : 0;
    if (leader < 0) {
        m_leader->addItem(mediation.owningLeaderName, *mediation.owningLeaderId);
        leader = m_leader->count() - 1;
    }
    m_leader->setCurrentIndex(leader);
    m_mediators->setPeople(m_context.desk.pickablePeople(mediation.mediatorIds));
    m_mediators->setSelectedIds(mediation.mediatorIds);

    for (MediationPartyEditor *editor : std::as_const(m_parties)) {
        editor->hide();
        editor->deleteLater();
    }
    m_parties.clear();
    // Parties and mediators are part of a sealed agreement; the rest stays editable while
    // the case is open.
    const bool open = editable && mediation.status == MediationStatus::Open;
    m_editable = open && !mediation.agreementSealed();
    for (const MediationParty &party : mediation.parties) {
        addParty(party);
    }
    m_addParty->setVisible(m_editable);
    m_mediators->setReadOnly(!m_editable);
    for (QWidget *field :
         std::initializer_list<QWidget *>{m_source, m_type, m_opened, m_area, m_risk, m_leader}) {
        field->setEnabled(open);
    }
    // The source of a case made from an alert is the alert.
    if (mediation.alertId) {
        m_source->setEnabled(false);
    }
    m_opened->setEnabled(open && mediation.id == 0);
    m_location->setReadOnly(!open);
    m_riskReason->setReadOnly(!open);
    m_facts->setReadOnly(!open);
    updateRiskFields();
    m_filling = false;
    refreshRepeats();
}

void MediationCaseForm::updateRiskFields() {
    const bool high = m_risk->currentData().toString() == toKey(RiskGrade::High);
    m_leader->setToolTip(high ? tr("Required: the station leader who owns this high-risk case")
                              : tr("A high-risk case is owned personally by a station leader"));
}

MediationCase MediationCaseForm::edited() const {
    MediationCase mediation = m_case;
    mediation.source = selectedEnum(m_source, mediationSourceFromKey, MediationSource::WalkIn);
    mediation.disputeType = selectedEnum(m_type, disputeTypeFromKey, DisputeType::Other);
    if (mediation.id == 0) {
        mediation.openedAt = stationTime(m_opened, m_context.desk.zone);
    }
    const QVariant area = m_area->currentData();
    mediation.areaId = area.isValid() ? std::optional<qint64>(area.toLongLong()) : std::nullopt;
    mediation.areaName = area.isValid() ? m_area->currentText() : QString();
    mediation.location = m_location->text().trimmed();
    mediation.facts = m_facts->toPlainText().trimmed();
    mediation.risk = selectedEnum(m_risk, riskGradeFromKey, RiskGrade::Low);
    mediation.riskReason = m_riskReason->text().trimmed();
    const QVariant leader = m_leader->currentData();
    mediation.owningLeaderId =
        leader.isValid() ? std::optional<qint64>(leader.toLongLong()) : std::nullopt;
    if (m_editable) {
        mediation.mediatorIds = m_mediators->selectedIds();
        mediation.parties.clear();
        for (const MediationPartyEditor *editor : m_parties) {
            mediation.parties << editor->mediationParty();
        }
    }
    return mediation;
}

void MediationCaseForm::clearErrors() {
    m_errors->clear();
    for (MediationPartyEditor *editor : std::as_const(m_parties)) {
        editor->clearProblems();
    }
}

void MediationCaseForm::showError(const Error &error) {
    clearErrors();
    static const QRegularExpression partyField(u"^party\\.(\\d+)\\.(.+)$"_s);
    const QRegularExpressionMatch match = partyField.match(error.field);
    if (match.hasMatch()) {
        const int index = match.captured(1).toInt();
        if (index >= 0 && index < m_parties.size()) {
            MediationPartyEditor *editor = m_parties.at(index);
            editor->showProblem(match.captured(2), error.message);
            if (editor->problemText(match.captured(2)).isEmpty()) {
                m_errors->show(Error{error.code, error.message, {}, {}});
            }
            editor->nameField()->setFocus();
            return;
        }
    }
    m_errors->show(error);
}

void MediationCaseForm::showProblems(const QList<Error> &problems) {
    if (!problems.isEmpty()) {
        showError(problems.constFirst());
    }
}

QString MediationCaseForm::errorText(const QString &field) const {
    static const QRegularExpression partyField(u"^party\\.(\\d+)\\.(.+)$"_s);
    const QRegularExpressionMatch match = partyField.match(field);
    if (match.hasMatch()) {
        const int index = match.captured(1).toInt();
        return index < m_parties.size() ? m_parties.at(index)->problemText(match.captured(2))
                                        : QString();
    }
    return field.isEmpty() ? m_errors->generalText() : m_errors->errorText(field);
}

void MediationCaseForm::refreshRepeats() {
    auto repeats = m_context.mediation.possibleRepeats(edited());
    if (!repeats || repeats->isEmpty()) {
        m_repeats->clear();
        m_repeats->hide();
        return;
    }
    QStringList lines;
    for (const PossibleRepeat &repeat : repeats.value()) {
        lines << tr("%1 (%2): %3 — %4")
                     .arg(repeat.alertNumber,
                          QDateTime::fromMSecsSinceEpoch(repeat.receivedAt, m_context.desk.zone)
                              .toString(u"yyyy-MM-dd"_s),
                          displayName(repeat.reason), repeat.matched);
    }
    m_repeats->setText(tr("Possible repeat: alerts within 90 days at the same address or with "
                          "the same party:") +
                       u"\n• "_s + lines.join(u"\n• "_s));
    m_repeats->show();
}

} // namespace sd
