#pragma once

#include "core/organisation/Person.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sd {

class FieldErrors;
class OptionalDateEdit;
class OrganisationService;
class Prompter;

// Adds or edits one person. Saving goes straight to the service; when it refuses,
// the reason appears next to the field it names and the dialog stays open with
// everything the user typed, so nothing has to be entered twice.
class PersonDialog : public QDialog {
    Q_OBJECT

public:
    // A person with id 0 is added, any other is edited.
    PersonDialog(const OrganisationService &service, Prompter &prompter, const Person &person,
                 QWidget *parent = nullptr);

    const Person &person() const { return m_person; }
    const FieldErrors &errors() const { return *m_errors; }

    // Saves as the Save button does; true when the service accepted the record.
    bool save();

Q_SIGNALS:
    void saved(const sd::Person &person);

private:
    void fill(const Person &person);
    Person edited() const;
    void reloadAfterConflict(const QString &message);

    const OrganisationService &m_service;
    Prompter &m_prompter;
    Person m_person;
    FieldErrors *m_errors;
    QLabel *m_generalError;
    QLineEdit *m_badge;
    QLineEdit *m_name;
    QLineEdit *m_position;
    QComboBox *m_category;
    QLineEdit *m_phone;
    OptionalDateEdit *m_joined;
    OptionalDateEdit *m_left = nullptr;
};

} // namespace sd
