#include "core/duty/HandoverService.h"

#include "core/duty/HandoverChecklist.h"
#include "core/duty/HandoverRepository.h"
#include "core/duty/HandoverSourceRepository.h"
#include "core/kernel/settings/SettingRepository.h"
#include "core/kernel/settings/StationCalendar.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/PersonRepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QString kKind = u"handover"_s;

QString itemKey(const HandoverItem &item) {
    return toKey(item.kind) + u'|' + item.ref;
}

std::optional<qint64> leaderOf(const PlannedShift &shift) {
    return shift.leader.personId ? std::optional<qint64>(shift.leader.personId) : std::nullopt;
}
} // namespace

Result<Handover> HandoverService::handover(qint64 id) const {
    return HandoverRepository(m_context.database).find(id);
}

Result<Handover> HandoverService::byNumber(const QString &number) const {
    auto id = HandoverRepository(m_context.database).idByNumber(number.trimmed());
    SD_RETURN_IF_ERROR(id);
    if (!id->has_value()) {
        return Error::notFound(tr("No handover numbered %1").arg(number.trimmed()));
    }
    return handover(**id);
}

Result<QList<Handover>> HandoverService::list() const {
    const HandoverRepository repository(m_context.database);
    auto ids = repository.ids();
    SD_RETURN_IF_ERROR(ids);
    QList<Handover> found;
    for (const qint64 id : ids.value()) {
        auto stored = repository.find(id);
        SD_RETURN_IF_ERROR(stored);
        found << stored.value();
    }
    return found;
}

Result<QList<ChecklistLine>> HandoverService::checklistTemplate() const {
    auto stored = SettingRepository(m_context.database).find(HandoverChecklist::kSettingKey);
    SD_RETURN_IF_ERROR(stored);
    if (!stored->has_value()) {
        return HandoverChecklist::builtIn();
    }
    return HandoverChecklist::fromJson((*stored)->toUtf8());
}

Status HandoverService::setChecklistTemplate(const QList<ChecklistLine> &lines) const {
    SD_RETURN_IF_ERROR(HandoverChecklist::check(lines));
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ChangeSettings, u"setting"_s,
                                                HandoverChecklist::kSettingKey));
    const QByteArray json = HandoverChecklist::toJson(lines);
    return inTransaction(m_context.database, [&]() -> Status {
        SD_RETURN_IF_ERROR(SettingRepository(m_context.database)
                               .store(HandoverChecklist::kSettingKey, QString::fromUtf8(json),
                                      m_context.clock.nowMs(), m_context.session.actor().name));
        return m_context.audit.append({u"settings.set"_s, u"setting"_s,
                                       HandoverChecklist::kSettingKey, u"success"_s,
                                       u"lines=%1"_s.arg(lines.size())});
    });
}

Result<QList<HandoverItem>> HandoverService::build(const PlannedShift &incoming) const {
    const QTimeZone zone = stationZone(m_context.station);
    const QDate today = stationToday(m_context.clock, m_context.station);
    const QDate dueBy = QDateTime::fromMSecsSinceEpoch(incoming.endsAt, zone).date();
    auto live = HandoverSourceRepository(m_context.database).liveItems(today, dueBy);
    SD_RETURN_IF_ERROR(live);
    auto lines = checklistTemplate();
    SD_RETURN_IF_ERROR(lines);
    QList<HandoverItem> items = live.value();
    for (const ChecklistLine &line : lines.value()) {
        HandoverItem item;
        item.kind = HandoverItemKind::Checklist;
        item.ref = line.key;
        item.title = line.label;
        item.input = line.input;
        items << item;
    }
    // Carried by name from the last sealed handover: a live item still open, and a
    // checklist line that was queried there (its reason comes along).
    const HandoverRepository repository(m_context.database);
    auto previousId = repository.latestSealedId();
    SD_RETURN_IF_ERROR(previousId);
    QHash<QString, HandoverItem> previous;
    if (previousId->has_value()) {
        auto last = repository.find(**previousId);
        SD_RETURN_IF_ERROR(last);
        for (const HandoverItem &item : last->items) {
            previous.insert(itemKey(item), item);
        }
    }
    int position = 0;
    for (HandoverItem &item : items) {
        item.position = ++position;
        const auto before = previous.constFind(itemKey(item));
        if (before == previous.constEnd()) {
            continue;
        }
        if (item.kind != HandoverItemKind::Checklist ||
            before->state == HandoverItemState::Queried) {
            item.state = HandoverItemState::Carried;
            item.carriedTimes = before->carriedTimes + 1;
            item.note = before->state == HandoverItemState::Queried ? before->note : QString();
        }
    }
    return items;
}

Result<HandoverService::ShiftPair> HandoverService::shiftsFor(qint64 personId, qint64 now) const {
    auto atNow = m_roster.shiftsAt(now);
    SD_RETURN_IF_ERROR(atNow);
    auto before = m_roster.shiftsAt(now - kGraceMs);
    SD_RETURN_IF_ERROR(before);
    std::optional<PlannedShift> outgoing;
    std::optional<PlannedShift> incoming;
    const std::optional<PlannedShift> &ended = before->current;
    if (ended && ended->endsAt <= now && ended->hasPerson(personId)) {
        outgoing = ended;
        incoming = before->next;
    } else {
        outgoing = atNow->current;
        incoming = atNow->next;
    }
    if (!outgoing) {
        const QString at = QDateTime::fromMSecsSinceEpoch(now, stationZone(m_context.station))
                               .toString(u"yyyy-MM-dd HH:mm"_s);
        return Error::validation(u"shift"_s, tr("There is no roster for the shift at %1: plan the "
                                                "roster before a handover.")
                                                 .arg(at));
    }
    if (!outgoing->hasPerson(personId)) {
        return Error::validation(
            u"incoming"_s, tr("You are not on the shift %1 %2 and cannot hand it over.")
                               .arg(outgoing->date.toString(Qt::ISODate), outgoing->shiftKey));
    }
    if (!incoming) {
        return Error::validation(
            u"shift"_s, tr("There is no roster for the shift after %1 %2: "
                           "plan the roster before a handover.")
                            .arg(outgoing->date.toString(Qt::ISODate), outgoing->shiftKey));
    }
    return ShiftPair{*outgoing, *incoming};
}

Result<Handover> HandoverService::start(const QString &rawPlace, qint64 incomingId,
                                        const QString &notes) const {
    const QString place = rawPlace.trimmed();
    if (place.isEmpty()) {
        return Error::validation(u"place"_s, tr("Enter where the handover takes place."));
    }
    const qint64 me = m_context.session.actor().personId;
    if (me == 0) {
        return Error::validation(u"incoming"_s,
                                 tr("Log in as the outgoing officer to start a handover."));
    }
    if (incomingId == me) {
        return Error::validation(u"incoming"_s, tr("You cannot hand over to yourself."));
    }
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::FileAlerts, kKind, u"new"_s));
    const qint64 now = m_context.clock.nowMs();
    auto shifts = shiftsFor(me, now);
    SD_RETURN_IF_ERROR(shifts);
    const PlannedShift &outgoing = shifts->outgoing;
    const PlannedShift &incoming = shifts->incoming;
    return inTransaction(m_context.database, [&]() -> Result<Handover> {
        const PersonRepository people(m_context.database);
        auto person = people.findIfExists(incomingId);
        SD_RETURN_IF_ERROR(person);
        if (!person->has_value()) {
            return Error::validation(u"incoming"_s, tr("No person with id %1.").arg(incomingId));
        }
        if (!incoming.hasPerson(incomingId)) {
            return Error::validation(u"incoming"_s, tr("%1 (%2) is not on the next shift %3 %4.")
                                                        .arg((*person)->name, (*person)->badgeNo,
                                                             incoming.date.toString(Qt::ISODate),
                                                             incoming.shiftKey));
        }
        const HandoverRepository repository(m_context.database);
        auto existing = repository.numberForShift(outgoing.date, outgoing.shiftKey);
        SD_RETURN_IF_ERROR(existing);
        if (existing->has_value()) {
            return Error::validation(u"shift"_s, tr("The shift %1 %2 already has the handover %3.")
                                                     .arg(outgoing.date.toString(Qt::ISODate),
                                                          outgoing.shiftKey, **existing));
        }
        Handover h;
        h.place = place;
        h.startsAt = now;
        h.outgoingShiftKey = outgoing.shiftKey;
        h.outgoingShiftDate = outgoing.date;
        h.outgoingShiftStartsAt = outgoing.startsAt;
        h.outgoingShiftEndsAt = outgoing.endsAt;
        h.incomingShiftKey = incoming.shiftKey;
        h.incomingShiftDate = incoming.date;
        h.incomingShiftStartsAt = incoming.startsAt;
        h.incomingShiftEndsAt = incoming.endsAt;
        h.outgoingId = me;
        h.incomingId = incomingId;
        h.outgoingLeaderId = leaderOf(outgoing);
        h.incomingLeaderId = leaderOf(incoming);
        h.notes = notes.trimmed();
        auto items = build(incoming);
        SD_RETURN_IF_ERROR(items);
        h.items = items.value();
        auto number = repository.nextNumber(
            QDateTime::fromMSecsSinceEpoch(now, stationZone(m_context.station)).date().year());
        SD_RETURN_IF_ERROR(number);
        h.number = number.value();
        const QString actor = m_context.session.actor().name;
        auto id = repository.insert(h, now, actor);
        SD_RETURN_IF_ERROR(id);
        int carried = 0;
        for (const HandoverItem &item : h.items) {
            carried += item.state == HandoverItemState::Carried ? 1 : 0;
        }
        return m_context.audit.confirm(
            repository.find(id.value()),
            {u"handover.create"_s, kKind, h.number, u"success"_s,
             u"shift=%1 %2 incoming=%3 items=%4 carried=%5"_s
                 .arg(outgoing.date.toString(Qt::ISODate), outgoing.shiftKey, (*person)->badgeNo)
                 .arg(h.items.size())
                 .arg(carried)});
    });
}

Result<Handover> HandoverService::change(qint64 id, qint64 rowVersion, const QString &action,
                                         const Change &work) const {
    const HandoverRepository repository(m_context.database);
    auto number = repository.find(id);
    SD_RETURN_IF_ERROR(number);
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::FileAlerts, kKind, number->number));
    return inTransaction(m_context.database, [&]() -> Result<Handover> {
        auto current = repository.find(id);
        SD_RETURN_IF_ERROR(current);
        if (current->status != HandoverStatus::Open) {
            return Error::validation(u"status"_s,
                                     current->sealed()
                                         ? tr("Handover %1 is sealed and can no longer be "
                                              "changed.")
                                               .arg(current->number)
                                         : tr("Handover %1 is signed by the outgoing officer and "
                                              "can no longer be changed.")
                                               .arg(current->number));
        }
        auto details = work(current.value(), repository);
        SD_RETURN_IF_ERROR(details);
        SD_RETURN_IF_ERROR(repository.touch(id, rowVersion, m_context.clock.nowMs(),
                                            m_context.session.actor().name));
        return m_context.audit.confirm(
            repository.find(id), {action, kKind, current->number, u"success"_s, details.value()});
    });
}

Result<HandoverItem> HandoverService::itemAt(const Handover &handover, int position) const {
    const HandoverItem *item = handover.item(position);
    if (!item) {
        return Error::validation(u"item"_s, tr("Handover %1 has no item %2 (it has %3).")
                                                .arg(handover.number)
                                                .arg(position)
                                                .arg(handover.items.size()));
    }
    return *item;
}

Result<Handover> HandoverService::setValue(qint64 id, qint64 rowVersion, int position,
                                           const QString &value) const {
    return change(
        id, rowVersion, u"handover.fill"_s,
        [&](const Handover &current, const HandoverRepository &repository) -> Result<QString> {
            if (m_context.session.actor().personId != current.outgoingId) {
                return Error::validation(u"item"_s, tr("Only the outgoing officer %1 fills in the "
                                                       "checklist.")
                                                        .arg(current.outgoingName));
            }
            auto item = itemAt(current, position);
            SD_RETURN_IF_ERROR(item);
            if (item->decided()) {
                return Error::validation(u"item"_s, tr("Item %1 is already checked by the "
                                                       "incoming officer.")
                                                        .arg(position));
            }
            auto checked = HandoverChecklist::checkedValue(item.value(), value);
            SD_RETURN_IF_ERROR(checked);
            SD_RETURN_IF_ERROR(repository.setItemValue(item->id, checked.value()));
            return u"item=%1 value=%2"_s.arg(position).arg(checked.value());
        });
}

Result<Handover> HandoverService::setNotes(qint64 id, qint64 rowVersion,
                                           const QString &notes) const {
    if (notes.size() > 4000) {
        return Error::validation(u"notes"_s, tr("The notes are longer than 4000 characters."));
    }
    return change(id, rowVersion, u"handover.notes"_s,
                  [&](const Handover &, const HandoverRepository &repository) -> Result<QString> {
                      SD_RETURN_IF_ERROR(repository.setNotes(id, notes.trimmed()));
                      return u"length=%1"_s.arg(notes.trimmed().size());
                  });
}

} // namespace sd
