#include "ui/organisation/PersonDialog.h"

#include "core/organisation/OrganisationService.h"
#include "ui/widgets/EnumCombo.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace sd {

PersonDialog::PersonDialog(const OrganisationService &service, Prompter &prompter,
                           const Person &person, QWidget *parent)
    : EditDialog(&prompter, parent)
    , m_service(service)
    , m_person(person) {
    setObjectName(u"personDialog"_s);
    setWindowTitle(person.id == 0 ? tr("Add person") : tr("Edit person: %1").arg(person.name));
    setMinimumWidth(440);

    m_badge = addNewRow<QLineEdit>(tr("&Badge no.:"), u"badgeEdit"_s, u"badge_no"_s);
    m_badge->setMaxLength(20);
    m_badge->setPlaceholderText(tr("e.g. 012345"));

    m_name = addNewRow<QLineEdit>(tr("&Name:"), u"nameEdit"_s, u"name"_s);

    m_position = addNewRow<QLineEdit>(tr("&Position:"), u"positionEdit"_s, u"position"_s);
    m_position->setPlaceholderText(tr("e.g. community police officer"));

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryCombo"_s);
    for (PersonCategory category : {PersonCategory::Officer, PersonCategory::Auxiliary}) {
        m_category->addItem(displayName(category), toKey(category));
    }
    addRow(tr("&Category:"), m_category, u"category"_s);

    m_phone = addNewRow<QLineEdit>(tr("P&hone:"), u"phoneEdit"_s, u"phone"_s);
    m_phone->setPlaceholderText(tr("e.g. 13800138000 or 020-12345678"));

    m_joined = addNewRow<OptionalDateEdit>(tr("&Joined on:"), u"joinedEdit"_s, u"joined_on"_s);

    // Only someone who has left has a leaving date worth correcting here; leaving
    // itself is the Deactivate command, which also ends their memberships.
    if (!person.active) {
        m_left = new OptionalDateEdit(this);
        m_left->setObjectName(u"leftEdit"_s);
        addRow(tr("&Left on:"), m_left, u"left_on"_s);
    }

    addButtons(tr("Save"), u"saveButton"_s);
    fill(person);
    markUnchanged();
    m_badge->setFocus();
}

void PersonDialog::fill(const Person &person) {
    m_badge->setText(person.badgeNo);
    m_name->setText(person.name);
    m_position->setText(person.position);
    selectEnum(m_category, person.category);
    m_phone->setText(person.phone);
    m_joined->setOptionalDate(person.joinedOn);
    if (m_left) {
        m_left->setOptionalDate(person.leftOn);
    }
}

Person PersonDialog::edited() const {
    Person person = m_person;
    person.badgeNo = m_badge->text().trimmed();
    person.name = m_name->text().trimmed();
    person.position = m_position->text().trimmed();
    person.category = selectedEnum(m_category, personCategoryFromKey, PersonCategory::Officer);
    person.phone = m_phone->text().trimmed();
    person.joinedOn = m_joined->optionalDate();
    if (m_left) {
        person.leftOn = m_left->optionalDate();
    }
    return person;
}

Status PersonDialog::store() {
    const Person draft = edited();
    auto result = draft.id == 0 ? m_service.addPerson(draft) : m_service.updatePerson(draft);
    SD_RETURN_IF_ERROR(result);
    m_person = result.value();
    Q_EMIT saved(m_person);
    return {};
}

Status PersonDialog::reloadStored() {
    auto latest = m_service.person(m_person.id);
    SD_RETURN_IF_ERROR(latest);
    m_person = latest.value();
    fill(m_person);
    return {};
}

} // namespace sd
