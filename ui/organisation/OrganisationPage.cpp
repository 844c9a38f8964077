#include "ui/organisation/OrganisationPage.h"

#include "ui/organisation/PeoplePanel.h"
#include "ui/organisation/UnitsPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sd {

OrganisationPage::OrganisationPage(const OrganisationService &service, const Clock &clock,
                                   Prompter &prompter, bool editAllowed, QWidget *parent)
    : Page(parent)
    , m_tabs(new QTabWidget(this))
    , m_people(new PeoplePanel(service, clock, prompter, this))
    , m_units(new UnitsPanel(service, prompter, this)) {
    setObjectName(u"organisationPage"_s);
    m_tabs->setObjectName(u"organisationTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_people, QIcon(u":/icons/people.svg"_s), tr("&People"));
    m_tabs->addTab(m_units, QIcon(u":/icons/units.svg"_s), tr("&Units"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    if (!editAllowed) {
        const QString reason = tr("Your role may view people and units but not change them.");
        m_people->setEditAllowed(false, reason);
        m_units->setEditAllowed(false, reason);
    }
    // Leaders' names and member counts in the tree come from the people.
    connect(m_people, &PeoplePanel::peopleChanged, m_units, &UnitsPanel::reload);
    // Focus given to the page lands in the list of the tab being shown.
    setFocusProxy(m_people);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { setFocusProxy(m_tabs->currentWidget()); });
}

QString OrganisationPage::title() const {
    return tr("Organisation");
}

QIcon OrganisationPage::icon() const {
    return QIcon(u":/icons/units.svg"_s);
}

void OrganisationPage::setAccountability(const OwnershipService *ownership,
                                         const HonourService *honours) {
    m_people->setAccountability(ownership, honours);
    m_units->setAccountability(ownership, honours);
}

void OrganisationPage::showPeople() {
    m_tabs->setCurrentWidget(m_people);
}

void OrganisationPage::showUnits() {
    m_tabs->setCurrentWidget(m_units);
}

void OrganisationPage::focusSearch() {
    showPeople();
    m_people->focusSearch();
}

QStringList OrganisationPage::unsavedWork() const {
    // The person and unit dialogs save straight to the database and have no drafts,
    // so the default saveDrafts() reports them as work that would be lost.
    return m_people->openDialogs() + m_units->openDialogs();
}

void OrganisationPage::createNew() {
    if (m_tabs->currentWidget() == m_units) {
        m_units->addUnit();
    } else {
        m_people->addPerson();
    }
}

} // namespace sd
