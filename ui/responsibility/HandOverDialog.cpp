#include "ui/responsibility/HandOverDialog.h"

#include "core/responsibility/OwnershipService.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OwnerPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

HandOverDialog::HandOverDialog(const OwnershipService &service, const OwnerRef &from,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_errors(new FieldErrors(this)) {
    setObjectName(u"handOverDialog"_s);
    setWindowTitle(tr("Hand over responsibilities"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    QLabel *general = FieldErrors::createErrorLabel(this);
    general->setObjectName(u"generalError"_s);
    m_errors->setGeneralLabel(general);
    layout->addWidget(general);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    m_from = new OwnerPicker(service, this);
    m_from->setObjectName(u"fromPicker"_s);
    m_from->setOwner(from);
    m_errors->addRow(form, tr("&From:"), m_from, u"from"_s);
    m_to = new OwnerPicker(service, this);
    m_to->setObjectName(u"toPicker"_s);
    m_errors->addRow(form, tr("&To:"), m_to, u"to"_s);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("e.g. transferred to another station"));
    m_errors->addRow(form, tr("&Reason:"), m_reason, u"reason"_s);

    layout->addWidget(new QLabel(tr("Items that will move:"), this));
    m_items = new QListWidget(this);
    m_items->setObjectName(u"itemList"_s);
    layout->addWidget(m_items);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HandOverDialog::showItems);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *go = buttons->addButton(tr("Hand over"), QDialogButtonBox::AcceptRole);
    go->setObjectName(u"handOverButton"_s);
    go->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOverDialog::handOver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    showItems();
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
        m_errors->show(owned.error());
        return;
    }
    for (const OwnedItem &item : owned.value()) {
        m_items->addItem(u"%1  %2"_s.arg(item.code, item.name));
    }
    if (owned->isEmpty()) {
        m_items->addItem(tr("(owns nothing)"));
    }
}

bool HandOverDialog::handOver() {
    m_errors->clear();
    const OwnerRef from = m_from->owner();
    const OwnerRef to = m_to->owner();
    if (!from.isValid()) {
        m_errors->show(Error::validation(u"from"_s, tr("Choose whose responsibilities move.")));
        return false;
    }
    if (!to.isValid()) {
        m_errors->show(Error::validation(u"to"_s, tr("Choose who takes them over.")));
        return false;
    }
    auto result = m_service.transfer(from, to, m_reason->text());
    if (!result) {
        m_errors->show(result.error());
        return false;
    }
    Q_EMIT handedOver(int(result->moved.size()));
    accept();
    return true;
}

} // namespace sd
