#include "ui/frontdesk/RecordForm.h"

#include "core/organisation/Person.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/frontdesk/OfficerPicker.h"
#include "ui/frontdesk/PartyEditor.h"
#include "ui/widgets/FieldErrors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
// The wording of the three cases as the station's rules state them; the short
// displayName() is for lists, this is what the officer chooses from.
QString caseWording(EligibleCase value) {
    switch (value) {
    case EligibleCase::MediatedDispute:
        return RecordForm::tr(
            "A dispute with clear facts and little controversy, mediated on the spot");
    case EligibleCase::EmergencyAssistance:
        return RecordForm::tr("Emergency assistance completed on the spot");
    case EligibleCase::NoFollowUp:
        return RecordForm::tr(
            "The caller declines to make a statement, or the station need not follow up");
    }
    return {};
}

QPlainTextEdit *textField(const QString &name, QWidget *parent) {
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(64);
    return edit;
}
} // namespace

RecordForm::RecordForm(const FrontDeskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_case(new QButtonGroup(this))
    , m_facts(textField(u"factsEdit"_s, this))
    , m_handling(textField(u"handlingEdit"_s, this))
    , m_result(textField(u"resultEdit"_s, this))
    , m_partyLayout(new QVBoxLayout)
    , m_addParty(new QPushButton(QIcon(u":/icons/person-add.svg"_s), tr("Add par&ty"), this))
    , m_officers(new OfficerPicker(this))
    , m_witnessOfficer(new QRadioButton(tr("An officer of the station:"), this))
    , m_witnessBystander(new QRadioButton(tr("A bystander:"), this))
    , m_witnessPerson(new QComboBox(this))
    , m_witnessName(new QLineEdit(this))
    , m_witnessPhone(new QLineEdit(this))
    , m_bodyCam(new QLineEdit(this)) {
    setObjectName(u"recordForm"_s);
    auto *layout = new QVBoxLayout(this);

    auto *caseBox = new QGroupBox(tr("Eligible case (required)"), this);
    auto *caseLayout = new QVBoxLayout(caseBox);
    int id = 0;
    for (EligibleCase value : allEligibleCases()) {
        auto *button = new QRadioButton(caseWording(value), caseBox);
        button->setObjectName(u"case_"_s + toKey(value));
        m_case->addButton(button, id++);
        caseLayout->addWidget(button);
    }
    caseLayout->addWidget(problemLabel(u"eligible_case"_s));
    layout->addWidget(caseBox);

    auto *content = new QFormLayout;
    content->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, content](const QString &label, QWidget *field, const QString &name) {
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(field);
        cellLayout->addWidget(problemLabel(name));
        content->addRow(label, cell);
        if (auto *rowLabel = qobject_cast<QLabel *>(content->labelForField(cell))) {
            rowLabel->setBuddy(field);
        }
    };
    addRow(tr("&Facts:"), m_facts, u"facts"_s);
    addRow(tr("&How it was handled:"), m_handling, u"handling"_s);
    addRow(tr("Res&ult:"), m_result, u"result"_s);
    layout->addLayout(content);

    auto *partyBox = new QGroupBox(tr("Parties"), this);
    auto *partyBoxLayout = new QVBoxLayout(partyBox);
    m_partyLayout->setContentsMargins(0, 0, 0, 0);
    partyBoxLayout->addLayout(m_partyLayout);
    partyBoxLayout->addWidget(problemLabel(u"parties"_s));
    m_addParty->setObjectName(u"addPartyButton"_s);
    partyBoxLayout->addWidget(m_addParty, 0, Qt::AlignLeft);
    layout->addWidget(partyBox);

    auto *people = new QFormLayout;
    people->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *officerCell = new QWidget(this);
    auto *officerLayout = new QVBoxLayout(officerCell);
    officerLayout->setContentsMargins(0, 0, 0, 0);
    officerLayout->addWidget(m_officers);
    officerLayout->addWidget(problemLabel(u"officers"_s));
    people->addRow(tr("Handling &officers:"), officerCell);

    auto *witnessBox = new QWidget(this);
    auto *witnessGrid = new QVBoxLayout(witnessBox);
    witnessGrid->setContentsMargins(0, 0, 0, 0);
    m_witnessOfficer->setObjectName(u"witnessOfficerRadio"_s);
    m_witnessBystander->setObjectName(u"witnessBystanderRadio"_s);
    m_witnessPerson->setObjectName(u"witnessPersonCombo"_s);
    m_witnessName->setObjectName(u"witnessNameEdit"_s);
    m_witnessName->setPlaceholderText(tr("Name"));
    m_witnessPhone->setObjectName(u"witnessPhoneEdit"_s);
    m_witnessPhone->setPlaceholderText(tr("Phone"));
    auto *officerRow = new QHBoxLayout;
    officerRow->addWidget(m_witnessOfficer);
    officerRow->addWidget(m_witnessPerson, 1);
    auto *bystanderRow = new QHBoxLayout;
    bystanderRow->addWidget(m_witnessBystander);
    bystanderRow->addWidget(m_witnessName, 1);
    bystanderRow->addWidget(m_witnessPhone, 1);
    witnessGrid->addLayout(officerRow);
    witnessGrid->addLayout(bystanderRow);
    witnessGrid->addWidget(problemLabel(u"witness"_s));
    witnessGrid->addWidget(problemLabel(u"witness_phone"_s));
    people->addRow(tr("&Witness:"), witnessBox);
    auto *witnessButtons = new QButtonGroup(this);
    witnessButtons->addButton(m_witnessOfficer);
    witnessButtons->addButton(m_witnessBystander);

    m_bodyCam->setObjectName(u"bodyCamEdit"_s);
    m_bodyCam->setPlaceholderText(tr("e.g. the clip's file name or device and time (optional)"));
    people->addRow(tr("&Body camera clip:"), m_bodyCam);
    layout->addLayout(people);
    layout->addStretch(1);

    connect(m_case, &QButtonGroup::idClicked, this, &RecordForm::emitChanged);
    for (QPlainTextEdit *edit : {m_facts, m_handling, m_result}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::emitChanged);
    }
    for (QLineEdit *edit : {m_witnessName, m_witnessPhone, m_bodyCam}) {
        connect(edit, &QLineEdit::textEdited, this, &RecordForm::emitChanged);
    }
    connect(m_officers, &OfficerPicker::selectionChanged, this, &RecordForm::emitChanged);
    connect(m_witnessPerson, &QComboBox::currentIndexChanged, this, &RecordForm::emitChanged);
    connect(m_witnessOfficer, &QRadioButton::toggled, this, [this] {
        updateWitnessFields();
        emitChanged();
    });
    connect(m_addParty, &QPushButton::clicked, this, [this] {
        PartyEditor *party = addParty();
        party->nameField()->setFocus();
        emitChanged();
    });
}

QLabel *RecordForm::problemLabel(const QString &name) {
    QLabel *label = FieldErrors::createErrorLabel(this);
    label->setObjectName(u"problem_"_s + name);
    m_problems.insert(name, label);
    return label;
}

void RecordForm::emitChanged() {
    if (!m_filling && !m_readOnly) {
        Q_EMIT changed();
    }
}

QRadioButton *RecordForm::caseButton(EligibleCase value) const {
    return qobject_cast<QRadioButton *>(m_case->button(int(allEligibleCases().indexOf(value))));
}

PartyEditor *RecordForm::addParty() {
    // Reveals on an on-scene record keep the object type their audit rows always had.
    auto *party = new PartyEditor(m_context, int(m_parties.size()), u"onscene"_s, this);
    m_parties << party;
    m_partyLayout->addWidget(party);
    connect(party, &PartyEditor::changed, this, &RecordForm::emitChanged);
    connect(party, &PartyEditor::removeRequested, this, [this](int index) {
        removeParty(index);
        emitChanged();
    });
    party->setReadOnly(m_readOnly, m_record.number);
    return party;
}

void RecordForm::removeParty(int index) {
    if (index < 0 || index >= m_parties.size()) {
        return;
    }
    PartyEditor *party = m_parties.takeAt(index);
    party->hide();
    party->deleteLater();
    for (int i = 0; i < m_parties.size(); ++i) {
        m_parties.at(i)->setIndex(i);
    }
}

void RecordForm::fillWitnessPeople(const QList<qint64> &keep) {
    m_witnessPerson->clear();
    for (const Person &person : m_context.pickablePeople(keep)) {
        m_witnessPerson->addItem(personLabel(person), person.id);
    }
}

void RecordForm::setRecord(const OnSceneRecord &record) {
    m_filling = true;
    m_record = record;
    const auto button = record.eligibleCase ? caseButton(*record.eligibleCase) : nullptr;
    m_case->setExclusive(false);
    for (QAbstractButton *each : m_case->buttons()) {
        each->setChecked(each == button);
    }
    m_case->setExclusive(true);
    m_facts->setPlainText(record.facts);
    m_handling->setPlainText(record.handling);
    m_result->setPlainText(record.result);
    while (!m_parties.isEmpty()) {
        removeParty(int(m_parties.size()) - 1);
    }
    for (const RecordParty &each : record.parties) {
        addParty()->setParty(each);
    }
    QList<qint64> keep = record.officerIds;
    if (record.witness.personId) {
        keep << *record.witness.personId;
    }
    m_officers->setPeople(m_context.pickablePeople(keep));
    m_officers->setSelectedIds(record.officerIds);
    fillWitnessPeople(keep);
    const bool officerWitness = record.witness.personId.has_value();
    m_witnessOfficer->setChecked(officerWitness);
    m_witnessBystander->setChecked(!officerWitness);
    m_witnessPerson->setCurrentIndex(
        officerWitness ? m_witnessPerson->findData(*record.witness.personId) : -1);
    m_witnessName->setText(officerWitness ? QString() : record.witness.name);
    m_witnessPhone->setText(officerWitness ? QString() : record.witness.phone);
    m_bodyCam->setText(record.bodyCamRef);
    updateWitnessFields();
    setReadOnly(m_readOnly);
    m_filling = false;
}

OnSceneRecord RecordForm::record() const {
    OnSceneRecord record = m_record;
    if (m_readOnly) {
        return record;
    }
    const int checked = m_case->checkedId();
    record.eligibleCase =
        checked >= 0 ? std::optional(allEligibleCases().value(checked)) : std::nullopt;
    record.facts = m_facts->toPlainText().trimmed();
    record.handling = m_handling->toPlainText().trimmed();
    record.result = m_result->toPlainText().trimmed();
    record.parties.clear();
    for (const PartyEditor *party : m_parties) {
        record.parties << party->party();
    }
    record.officerIds = m_officers->selectedIds();
    record.witness = {};
    if (m_witnessOfficer->isChecked()) {
        const QVariant id = m_witnessPerson->currentData();
        if (id.isValid()) {
            record.witness.personId = id.toLongLong();
            // The name as shown is what the witness signs under; the service has the id.
            record.witness.name = m_witnessPerson->currentText();
        }
    } else {
        record.witness.name = m_witnessName->text().trimmed();
        record.witness.phone = m_witnessPhone->text().trimmed();
    }
    record.bodyCamRef = m_bodyCam->text().trimmed();
    return record;
}

void RecordForm::updateWitnessFields() {
    const bool officer = m_witnessOfficer->isChecked();
    m_witnessPerson->setEnabled(officer && !m_readOnly);
    m_witnessName->setEnabled(!officer && !m_readOnly);
    m_witnessPhone->setEnabled(!officer && !m_readOnly);
}

void RecordForm::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    for (QAbstractButton *button : m_case->buttons()) {
        button->setEnabled(!readOnly);
    }
    for (QPlainTextEdit *edit : {m_facts, m_handling, m_result}) {
        edit->setReadOnly(readOnly);
    }
    m_bodyCam->setReadOnly(readOnly);
    m_officers->setReadOnly(readOnly);
    m_addParty->setVisible(!readOnly);
    m_witnessOfficer->setEnabled(!readOnly);
    m_witnessBystander->setEnabled(!readOnly);
    for (PartyEditor *party : std::as_const(m_parties)) {
        party->setReadOnly(readOnly, m_record.number);
    }
    updateWitnessFields();
}

void RecordForm::clearProblems() {
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (PartyEditor *party : std::as_const(m_parties)) {
        party->clearProblems();
    }
}

void RecordForm::showProblems(const QList<Error> &problems) {
    clearProblems();
    for (const Error &problem : problems) {
        const QStringList parts = problem.field.split(u'.');
        if (parts.size() == 3 && parts.at(0) == u"party"_s) {
            const int index = parts.at(1).toInt();
            if (index >= 0 && index < m_parties.size()) {
                m_parties.at(index)->showProblem(parts.at(2), problem.message);
                continue;
            }
        }
        QLabel *label = m_problems.value(problem.field, m_problems.value(u"parties"_s));
        if (problem.field.startsWith(u"party."_s) || m_problems.contains(problem.field)) {
            const QString before = label->isVisible() ? label->text() + u'\n' : QString();
            label->setText(before + problem.message);
            label->show();
        }
    }
}

QString RecordForm::problemText(const QString &field) const {
    const QStringList parts = field.split(u'.');
    if (parts.size() == 3 && parts.at(0) == u"party"_s) {
        const int index = parts.at(1).toInt();
        if (index < 0 || index >= m_parties.size()) {
            return {};
        }
        return m_parties.at(index)->problemText(parts.at(2));
    }
    const QLabel *label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace sd
