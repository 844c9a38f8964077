#include "core/assessment/HonourService.h"

#include "core/assessment/HonourRepository.h"
#include "core/kernel/security/ChangedFields.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/PersonRepository.h"
#include "core/organisation/UnitRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr int kMaxTitleLength = 100;
constexpr int kMaxCitationLength = 2000;
constexpr int kFirstYear = 1949;

QString changedHonourFields(const Honour &before, const Honour &after) {
    return ChangedFields()
        .compare(before, after, auditField(&Honour::collective, u"collective"),
                 auditField(&Honour::kind, u"kind"), auditField(&Honour::title, u"title"),
                 auditField(&Honour::year, u"year"),
                 auditField(&Honour::awardingBody, u"awarding_body"))
        .note(before.unitId != after.unitId || before.personId != after.personId, u"recipient")
        .compare(before, after, auditField(&Honour::citation, u"citation"))
        .details();
}
} // namespace

Result<QList<Honour>> HonourService::honours(const HonourFilter &filter) const {
    return HonourRepository(m_context.database).honours(filter);
}

Result<QList<StationEvent>> HonourService::events() const {
    return HonourRepository(m_context.database).events();
}

Status HonourService::validateHonour(const Honour &honour) const {
    if (honour.title.trimmed().isEmpty()) {
        return Error::validation(u"title"_s, tr("Enter what the honour is called."));
    }
    if (honour.title.size() > kMaxTitleLength) {
        return Error::validation(
            u"title"_s, tr("The title is longer than %1 characters.").arg(kMaxTitleLength));
    }
    const int thisYear = QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs()).date().year();
    if (honour.year < kFirstYear || honour.year > thisYear) {
        return Error::validation(u"year"_s, tr("The year %1 is not between %2 and %3.")
                                                .arg(honour.year)
                                                .arg(kFirstYear)
                                                .arg(thisYear));
    }
    if (honour.awardingBody.trimmed().isEmpty()) {
        return Error::validation(u"awarding_body"_s, tr("Enter who awarded the honour."));
    }
    if (honour.citation.size() > kMaxCitationLength) {
        return Error::validation(
            u"citation"_s,
            tr("The citation is longer than %1 characters.").arg(kMaxCitationLength));
    }
    if (honour.collective) {
        if (honour.personId) {
            return Error::validation(u"recipient"_s,
                                     tr("A collective honour goes to a unit or the station, not "
                                        "to a person."));
        }
        if (honour.unitId && !UnitRepository(m_context.database).find(*honour.unitId)) {
            return Error::validation(u"recipient"_s, tr("The chosen unit no longer exists."));
        }
    } else {
        if (!honour.personId || honour.unitId) {
            return Error::validation(u"recipient"_s,
                                     tr("Choose the person who received the honour."));
        }
        if (!PersonRepository(m_context.database).find(*honour.personId)) {
            return Error::validation(u"recipient"_s, tr("The chosen person no longer exists."));
        }
    }
    return {};
}

Result<Honour> HonourService::addHonour(const Honour &draft) const {
    Honour honour = draft;
    honour.id = 0;
    honour.title = honour.title.trimmed();
    honour.awardingBody = honour.awardingBody.trimmed();
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"honour"_s, honour.title));
    return inTransaction(m_context.database, [&]() -> Result<Honour> {
        SD_RETURN_IF_ERROR(validateHonour(honour));
        auto stored =
            HonourRepository(m_context.database)
                .insertHonour(honour, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(stored,
                                       {u"honour.create"_s, u"honour"_s,
                                        u"%1/%2"_s.arg(stored->year).arg(stored->title),
                                        u"success"_s, changedHonourFields(Honour{}, *stored)});
    });
}

Result<Honour> HonourService::updateHonour(const Honour &edited) const {
    Honour honour = edited;
    honour.title = honour.title.trimmed();
    honour.awardingBody = honour.awardingBody.trimmed();
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"honour"_s, honour.title));
    return inTransaction(m_context.database, [&]() -> Result<Honour> {
        const HonourRepository repository(m_context.database);
        auto before = repository.honour(honour.id);
        SD_RETURN_IF_ERROR(before);
        SD_RETURN_IF_ERROR(validateHonour(honour));
        auto stored = repository.updateHonour(honour, m_context.clock.nowMs(),
                                              m_context.session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(stored,
                                       {u"honour.update"_s, u"honour"_s,
                                        u"%1/%2"_s.arg(stored->year).arg(stored->title),
                                        u"success"_s, changedHonourFields(*before, *stored)});
    });
}

Result<StationEvent> HonourService::addEvent(const StationEvent &draft) const {
    StationEvent event = draft;
    event.id = 0;
    event.title = event.title.trimmed();
    SD_RETURN_IF_ERROR(
        m_context.access.require(Permission::EditOrganisation, u"station_event"_s, event.title));
    return inTransaction(m_context.database, [&]() -> Result<StationEvent> {
        if (!event.happenedOn.isValid()) {
            return Error::validation(u"happened_on"_s, tr("Enter the date of the event."));
        }
        if (event.happenedOn > QDateTime::fromMSecsSinceEpoch(m_context.clock.nowMs()).date()) {
            return Error::validation(u"happened_on"_s,
                                     tr("The history records what has happened; %1 is in the "
                                        "future.")
                                         .arg(event.happenedOn.toString(Qt::ISODate)));
        }
        if (event.title.isEmpty() || event.title.size() > kMaxTitleLength) {
            return Error::validation(
                u"title"_s, tr("Enter a title of at most %1 characters.").arg(kMaxTitleLength));
        }
        if (event.description.size() > kMaxCitationLength) {
            return Error::validation(
                u"description"_s,
                tr("The description is longer than %1 characters.").arg(kMaxCitationLength));
        }
        auto stored =
            HonourRepository(m_context.database)
                .insertEvent(event, m_context.clock.nowMs(), m_context.session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(stored,
                                       {u"station_event.create"_s, u"station_event"_s,
                                        stored->happenedOn.toString(Qt::ISODate), u"success"_s,
                                        u"fields: happened_on,title,description"_s});
    });
}

} // namespace sd
