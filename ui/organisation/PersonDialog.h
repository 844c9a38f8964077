#pragma once

#include "core/organisation/Person.h"
#include "ui/widgets/EditDialog.h"

class QComboBox;
class QLineEdit;

namespace sd {

class OptionalDateEdit;
class OrganisationService;
class Prompter;

// Adds or edits one person. Saving goes straight to the service; when it refuses,
// the reason appears next to the field it names and the dialog stays open with
// everything the user typed, so nothing has to be entered twice.
class PersonDialog : public EditDialog {
    Q_OBJECT

public:
    // A person with id 0 is added, any other is edited.
    PersonDialog(const OrganisationService &service, Prompter &prompter, const Person &person,
                 QWidget *parent = nullptr);

    const Person &person() const { return m_person; }

Q_SIGNALS:
    void saved(const sd::Person &person);

private:
    void fill(const Person &person);
    Person edited() const;
    Status store() override;
    bool canReload() const override { return true; }
    Status reloadStored() override;

    const OrganisationService &m_service;
    Person m_person;
    QLineEdit *m_badge;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QComboBox *m_category;
    QLineEdit *m_phone;
    OptionalDateEdit *m_joined;
    OptionalDateEdit *m_left = nullptr;
};

} // namespace sd
