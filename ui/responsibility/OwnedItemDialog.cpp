#include "ui/responsibility/OwnedItemDialog.h"

#include "ui/widgets/OwnerPicker.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sd {

void OwnedItemDialog::addOwnerRows(const OwnershipService &owners, bool editing,
                                   const QString &reasonLabel) {
    m_owner = addNewRow<OwnerPicker>(tr("&Owner:"), u"ownerPicker"_s, u"owner"_s, owners);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("why the owner changes (kept in the history)"));
    m_reason->setVisible(editing);
    if (editing) {
        addRow(reasonLabel, m_reason, u"reason"_s);
    }
}

OwnerRef OwnedItemDialog::owner() const {
    return m_owner->owner();
}

void OwnedItemDialog::setOwner(const OwnerRef &owner) {
    m_owner->setOwner(owner);
}

QString OwnedItemDialog::ownerChangeReason() const {
    return m_reason->text();
}

void OwnedItemDialog::clearOwnerChangeReason() {
    m_reason->clear();
}

} // namespace sd
