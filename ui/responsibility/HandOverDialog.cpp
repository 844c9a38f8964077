#include "ui/responsibility/HandOverDialog.h"

#include "core/responsibility/OwnershipService.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OwnerPicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

HandOverDialog::HandOverDialog(const OwnershipService &service, const OwnerRef &from,
                               QWidget *parent, Prompter *prompter)
    : EditDialog(prompter, parent)
    , m_service(service) {
    setObjectName(u"handOverDialog"_s);
    setWindowTitle(tr("Hand over responsibilities"));
    setMinimumWidth(560);

    m_from = addNewRow<OwnerPicker>(tr("&From:"), u"fromPicker"_s, u"from"_s, service);
    m_from->setOwner(from);
    m_to = addNewRow<OwnerPicker>(tr("&To:"), u"toPicker"_s, u"to"_s, service);
    m_reason = addNewRow<QLineEdit>(tr("&Reason:"), u"reasonEdit"_s, u"reason"_s);
    m_reason->setPlaceholderText(tr("e.g. transferred to another station"));

    body()->addWidget(new QLabel(tr("Items that will move:"), this));
    m_items = new QListWidget(this);
    m_items->setObjectName(u"itemList"_s);
    body()->addWidget(m_items);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HandOverDialog::showItems);

    addButtons(tr("Hand over"), u"handOverButton"_s);
    showItems();
    markUnchanged();
    m_to->setFocus();
}

void HandOverDialog::showItems() {
    m_items->clear();
    const OwnerRef from = m_from->owner();
    if (!from.isValid()) {
        return;
    }
    auto owned = m_service.ownedBy(from);
    if (!owned) {
        fieldErrors().show(owned.error());
        return;
    }
    for (const OwnedItem &item : owned.value()) {
        m_items->addItem(u"%1  %2"_s.arg(item.code, item.name));
    }
    if (owned->isEmpty()) {
        m_items->addItem(tr("(owns nothing)"));
    }
}

Status HandOverDialog::store() {
    const OwnerRef from = m_from->owner();
    const OwnerRef to = m_to->owner();
    if (!from.isValid()) {
        return Error::validation(u"from"_s, tr("Choose whose responsibilities move."));
    }
    if (!to.isValid()) {
        return Error::validation(u"to"_s, tr("Choose who takes them over."));
    }
    auto result = m_service.transfer(from, to, m_reason->text());
    SD_RETURN_IF_ERROR(result);
    Q_EMIT handedOver(int(result->moved.size()));
    return {};
}

} // namespace sd
