#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace sd {

class AccountabilitySection;
class Clock;
class HonourService;
class OrganisationService;
class OwnershipService;
class PersonDialog;
class PersonTableModel;
class Prompter;
struct Person;

// The people list with its search box, the "show people who left" switch and the
// add, edit and deactivate commands.
class PeoplePanel : public QWidget {
    Q_OBJECT

public:
    PeoplePanel(const OrganisationService &service, const Clock &clock, Prompter &prompter,
                QWidget *parent = nullptr);

    PersonTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *showLeftToggle() const { return m_showLeft; }
    AccountabilitySection *accountability() const { return m_accountability; }
    // Shows, under the list, what the selected person owns and their honours.
    void setAccountability(const OwnershipService *ownership, const HonourService *honours);

    void focusSearch();
    // The dialogs open window-modal and return at once; they report through saved().
    PersonDialog *addPerson();
    PersonDialog *editSelected();
    void deactivateSelected();
    void reload();
    // Selects the person, loading further pages if needed; false if the filter hides them.
    bool selectPerson(qint64 id);
    // Without the EditOrganisation permission the commands stay in view but disabled,
    // their tooltip saying why; the core refuses such writes anyway.
    void setEditAllowed(bool allowed, const QString &reason);
    bool editAllowed() const { return m_editAllowed; }
    // Window titles of the edit dialogs open now ("Edit person: …"), for the shell's
    // unsaved-work check.
    QStringList openDialogs() const;

Q_SIGNALS:
    // People were added, changed or left: unit leaders and member counts may differ.
    void peopleChanged();

private:
    PersonDialog *openDialog(const Person &person);
    void updateActions();
    void updateCount();
    void updateAccountability();
    const Person *selectedPerson() const;

    const OrganisationService &m_service;
    const Clock &m_clock;
    Prompter &m_prompter;
    PersonTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QCheckBox *m_showLeft;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_deactivateAction;
    AccountabilitySection *m_accountability;
    qint64 m_accountabilityShown = 0;
    bool m_editAllowed = true;
};

} // namespace sd
