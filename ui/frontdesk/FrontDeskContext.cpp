#include "ui/frontdesk/FrontDeskContext.h"

#include "core/organisation/OrganisationService.h"

namespace sd {

namespace {
// A station has tens of people, not thousands; the picker shows them all.
constexpr int kMaxPeople = 5000;
} // namespace

QList<Person> FrontDeskContext::pickablePeople(const QList<qint64> &keep) const {
    PersonFilter filter;
    filter.includeInactive = true;
    filter.limit = kMaxPeople;
    auto people = organisation.people(filter);
    if (!people) {
        return {};
    }
    QList<Person> pickable;
    for (const Person &person : people.value()) {
        if (person.active || keep.contains(person.id)) {
            pickable << person;
        }
    }
    return pickable;
}

} // namespace sd
