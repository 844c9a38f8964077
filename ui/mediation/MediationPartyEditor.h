#pragma once

#include "core/mediation/Mediation.h"
#include "ui/frontdesk/PartyEditor.h"

class QComboBox;

namespace sd {

// A party of a mediation case: the front desk's party editor (same identity fields, same
// live check of the resident identity number) with the party's role added and the refusal
// to sign left out (a mediation agreement is signed by consent or not reached).
class MediationPartyEditor : public PartyEditor {
    Q_OBJECT

public:
    MediationPartyEditor(const FrontDeskContext &context, int index, QWidget *parent = nullptr);

    void setMediationParty(const MediationParty &party);
    MediationParty mediationParty() const;
    void setPartyReadOnly(bool readOnly, const QString &caseNumber);

    QComboBox *roleField() const { return m_role; }

private:
    QComboBox *m_role;
};

} // namespace sd
