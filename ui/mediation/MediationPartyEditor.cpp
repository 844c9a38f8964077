#include "ui/mediation/MediationPartyEditor.h"

#include "ui/widgets/EnumCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sd {

MediationPartyEditor::MediationPartyEditor(const FrontDeskContext &context, int index,
                                           QWidget *parent)
    // "mediation": the object type of every other audit row of a case (MediationService).
    : PartyEditor(context, index, u"mediation"_s, parent)
    , m_role(new QComboBox(this)) {
    setObjectName(u"mediationPartyEditor"_s);
    m_role->setObjectName(u"partyRole"_s);
    addEnumItems(m_role, allPartyRoles());
    if (auto *form = qobject_cast<QFormLayout *>(layout())) {
        form->insertRow(0, tr("Role:"), m_role);
        // The refusal row belongs to the on-scene record; hide it entirely.
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (field && field->layout() && field->layout()->indexOf(refusedCheck()) >= 0) {
                form->setRowVisible(row, false);
            }
        }
    }
    refusedCheck()->hide();
    refusalField()->hide();
    // An 18-character number stays readable next to the document type and Reveal.
    documentField()->setMinimumWidth(
        documentField()->fontMetrics().horizontalAdvance(u"110105194912310021"_s) + 16);
    // Role first in the tab order, then the fields as laid out.
    setTabOrder(m_role, nameField());
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT changed(); });
}

void MediationPartyEditor::setMediationParty(const MediationParty &party) {
    {
        const QSignalBlocker block(m_role);
        m_role->setCurrentIndex(std::max(0, m_role->findData(toKey(party.role))));
    }
    RecordParty record;
    record.name = party.name;
    record.sex = party.sex;
    record.documentType = party.documentType;
    record.documentNumber = party.documentNumber;
    record.phone = party.phone;
    record.address = party.address;
    setParty(record);
}

MediationParty MediationPartyEditor::mediationParty() const {
    const RecordParty record = party();
    MediationParty party;
    party.role = selectedEnum(m_role, partyRoleFromKey, PartyRole::Other);
    party.name = record.name;
    party.sex = record.sex;
    party.documentType = record.documentType;
    party.documentNumber = record.documentNumber;
    party.phone = record.phone;
    party.address = record.address;
    return party;
}

void MediationPartyEditor::setPartyReadOnly(bool readOnly, const QString &caseNumber) {
    m_role->setEnabled(!readOnly);
    setReadOnly(readOnly, caseNumber);
    refusedCheck()->hide();
    refusalField()->hide();
}

} // namespace sd
