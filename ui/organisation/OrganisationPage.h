#pragma once

#include "shell/Page.h"

class QTabWidget;

namespace sd {

class Clock;
class OrganisationService;
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
    void showPeople();
    void showUnits();

private:
    QTabWidget *m_tabs;
    PeoplePanel *m_people;
    UnitsPanel *m_units;
};

} // namespace sd
