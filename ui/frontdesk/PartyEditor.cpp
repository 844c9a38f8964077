#include "ui/frontdesk/PartyEditor.h"

#include "core/kernel/security/AccessControl.h"
#include "core/organisation/IdNumber.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/Prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
QWidget *withLabel(QWidget *field, QLabel *label, QWidget *parent) {
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return cell;
}
} // namespace

PartyEditor::PartyEditor(const FrontDeskContext &context, int index, const QString &auditObjectType,
                         QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_index(index)
    , m_auditObjectType(auditObjectType)
    , m_name(new QLineEdit(this))
    , m_sex(new QComboBox(this))
    , m_documentType(new QComboBox(this))
    , m_documentNumber(new QLineEdit(this))
    , m_documentCheck(new QLabel(this))
    , m_reveal(new QPushButton(tr("Re&veal"), this))
    , m_phone(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_refused(new QCheckBox(tr("Refused to sign"), this))
    , m_refusalReason(new QLineEdit(this))
    , m_remove(new QPushButton(QIcon(u":/icons/person-remove.svg"_s), tr("Remove party"), this))
    , m_nameProblem(FieldErrors::createErrorLabel(this))
    , m_phoneProblem(FieldErrors::createErrorLabel(this))
    , m_refusalProblem(FieldErrors::createErrorLabel(this)) {
    setObjectName(u"partyEditor"_s);
    m_name->setObjectName(u"partyName"_s);
    m_sex->setObjectName(u"partySex"_s);
    for (Sex sex : {Sex::Male, Sex::Female, Sex::Unstated}) {
        m_sex->addItem(displayName(sex), toKey(sex));
    }
    m_documentType->setObjectName(u"partyDocumentType"_s);
    addEnumItems(m_documentType, allIdDocumentTypes());
    m_documentNumber->setObjectName(u"partyDocumentNumber"_s);
    m_documentCheck->setObjectName(u"partyDocumentCheck"_s);
    m_documentCheck->setWordWrap(true);
    m_reveal->setObjectName(u"revealButton"_s);
    m_reveal->setToolTip(tr("Show the full number (the reveal is recorded in the audit log)"));
    m_reveal->hide();
    m_phone->setObjectName(u"partyPhone"_s);
    m_address->setObjectName(u"partyAddress"_s);
    m_refused->setObjectName(u"partyRefused"_s);
    m_refusalReason->setObjectName(u"partyRefusalReason"_s);
    m_refusalReason->setPlaceholderText(tr("Why the party would not sign"));
    m_remove->setObjectName(u"removePartyButton"_s);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(withLabel(m_name, m_nameProblem, this), 1);
    auto *sexLabel = new QLabel(tr("Sex:"), this);
    sexLabel->setBuddy(m_sex);
    nameRow->addWidget(sexLabel);
    nameRow->addWidget(m_sex);
    nameRow->addWidget(m_remove);
    form->addRow(tr("Name:"), nameRow);
    auto *documentRow = new QHBoxLayout;
    documentRow->addWidget(m_documentType);
    documentRow->addWidget(withLabel(m_documentNumber, m_documentCheck, this), 1);
    documentRow->addWidget(m_reveal, 0, Qt::AlignTop);
    form->addRow(tr("Identity document:"), documentRow);
    form->addRow(tr("Phone:"), withLabel(m_phone, m_phoneProblem, this));
    form->addRow(tr("Address:"), m_address);
    auto *refusalRow = new QHBoxLayout;
    refusalRow->addWidget(m_refused);
    refusalRow->addWidget(withLabel(m_refusalReason, m_refusalProblem, this), 1);
    form->addRow(QString(), refusalRow);

    const auto edited = [this] {
        if (!m_filling) {
            Q_EMIT changed();
        }
    };
    for (QLineEdit *edit : {m_name, m_phone, m_address, m_refusalReason}) {
        connect(edit, &QLineEdit::textEdited, this, edited);
    }
    connect(m_documentNumber, &QLineEdit::textEdited, this, [this, edited] {
        checkDocument();
        edited();
    });
    connect(m_sex, &QComboBox::currentIndexChanged, this, edited);
    connect(m_documentType, &QComboBox::currentIndexChanged, this, [this, edited] {
        checkDocument();
        edited();
    });
    connect(m_refused, &QCheckBox::toggled, this, [this, edited](bool refused) {
        m_refusalReason->setEnabled(refused && !m_readOnly);
        edited();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(m_index); });
    connect(m_reveal, &QPushButton::clicked, this, &PartyEditor::reveal);
    setIndex(index);
    m_refusalReason->setEnabled(false);
}

void PartyEditor::setIndex(int index) {
    m_index = index;
    setTitle(tr("Party %1").arg(index + 1));
}

void PartyEditor::setParty(const RecordParty &party) {
    m_filling = true;
    m_party = party;
    m_name->setText(party.name);
    selectEnum(m_sex, party.sex);
    selectEnum(m_documentType, party.documentType);
    m_documentNumber->setText(m_readOnly && party.documentType == IdDocumentType::ResidentId
                                  ? IdNumber::masked(party.documentNumber)
                                  : party.documentNumber);
    m_phone->setText(party.phone);
    m_address->setText(party.address);
    m_refused->setChecked(party.refusedToSign);
    m_refusalReason->setText(party.refusalReason);
    m_refusalReason->setEnabled(party.refusedToSign && !m_readOnly);
    m_filling = false;
    checkDocument();
}

RecordParty PartyEditor::party() const {
    if (m_readOnly) {
        return m_party;
    }
    RecordParty party;
    party.name = m_name->text().trimmed();
    party.sex = selectedEnum(m_sex, sexFromKey, Sex::Unstated);
    party.documentType = selectedEnum(m_documentType, idDocumentTypeFromKey, IdDocumentType::Other);
    party.documentNumber = m_documentNumber->text().trimmed();
    party.phone = m_phone->text().trimmed();
    party.address = m_address->text().trimmed();
    party.refusedToSign = m_refused->isChecked();
    party.refusalReason = party.refusedToSign ? m_refusalReason->text().trimmed() : QString();
    return party;
}

void PartyEditor::setReadOnly(bool readOnly, const QString &recordNumber) {
    m_readOnly = readOnly;
    m_recordNumber = recordNumber;
    for (QLineEdit *edit : {m_name, m_documentNumber, m_phone, m_address, m_refusalReason}) {
        edit->setReadOnly(readOnly);
    }
    for (QWidget *field : std::initializer_list<QWidget *>{m_sex, m_documentType, m_refused}) {
        field->setEnabled(!readOnly);
    }
    m_remove->setVisible(!readOnly);
    const bool masked = readOnly && m_party.documentType == IdDocumentType::ResidentId &&
                        !m_party.documentNumber.isEmpty();
    m_reveal->setVisible(masked && m_context.access.allows(Permission::ViewPersonalData));
    setParty(m_party);
}

void PartyEditor::checkDocument() {
    if (m_readOnly) {
        m_documentCheck->hide();
        return;
    }
    const QString text = m_documentNumber->text().trimmed();
    const bool resident = idDocumentTypeFromKey(m_documentType->currentData().toString()) ==
                          IdDocumentType::ResidentId;
    if (!resident || text.isEmpty()) {
        m_documentCheck->hide();
        return;
    }
    auto checked = IdNumber::validate(text, u"party.%1.document_number"_s.arg(m_index));
    if (checked) {
        m_documentCheck->setStyleSheet(u"color: #2e7d32;"_s);
        m_documentCheck->setText(
            tr("Valid resident identity number (born %1)")
                .arg(IdNumber::birthDate(checked.value()).toString(u"yyyy-MM-dd"_s)));
    } else {
        m_documentCheck->setStyleSheet(u"color: #c62828;"_s);
        m_documentCheck->setText(checked.error().message);
    }
    m_documentCheck->show();
}

void PartyEditor::reveal() {
    const Status allowed = m_context.access.revealPersonalData(
        m_auditObjectType, m_recordNumber, u"party.%1.document_number"_s.arg(m_index));
    if (!allowed) {
        m_context.prompter.warn(this, tr("Cannot show the number"), allowed.error().message);
        return;
    }
    m_documentNumber->setText(m_party.documentNumber);
    m_reveal->hide();
}

QLabel *PartyEditor::problemLabel(const QString &field) const {
    if (field == u"name"_s) {
        return m_nameProblem;
    }
    if (field == u"phone"_s) {
        return m_phoneProblem;
    }
    if (field == u"refusal_reason"_s) {
        return m_refusalProblem;
    }
    if (field == u"document_number"_s) {
        return m_documentCheck;
    }
    return nullptr;
}

void PartyEditor::showProblem(const QString &field, const QString &message) {
    QLabel *label = problemLabel(field);
    if (!label) {
        return;
    }
    if (label == m_documentCheck) {
        // The live check already speaks for the number; a service problem adds to it.
        if (!message.isEmpty()) {
            label->setStyleSheet(u"color: #c62828;"_s);
            label->setText(message);
            label->show();
        }
        return;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QString PartyEditor::problemText(const QString &field) const {
    const QLabel *label = problemLabel(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void PartyEditor::clearProblems() {
    for (QLabel *label : {m_nameProblem, m_phoneProblem, m_refusalProblem}) {
        label->clear();
        label->hide();
    }
    checkDocument();
}

} // namespace sd
