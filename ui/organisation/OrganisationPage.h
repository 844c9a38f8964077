#pragma once

#include "ui/widgets/Page.h"

class QTabWidget;

namespace sd {

class Clock;
class HonourService;
class OrganisationService;
class OwnershipService;
class PeoplePanel;
class Prompter;
class UnitsPanel;

// People and units of the station, on two tabs.
class OrganisationPage : public Page {
    Q_OBJECT

public:
    // editAllowed: the role holds EditOrganisation; otherwise the page only shows.
    OrganisationPage(const OrganisationService &service, const Clock &clock, Prompter &prompter,
                     bool editAllowed, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void focusSearch() override;
    void createNew() override;
    QStringList unsavedWork() const override;

    PeoplePanel *people() const { return m_people; }
    UnitsPanel *units() const { return m_units; }
    QTabWidget *tabs() const { return m_tabs; }
    // Lists, under each person and unit, what they own and their honours.
    void setAccountability(const OwnershipService *ownership, const HonourService *honours);
    void showPeople();
    void showUnits();

private:
    QTabWidget *m_tabs;
    PeoplePanel *m_people;
    UnitsPanel *m_units;
};

} // namespace sd
