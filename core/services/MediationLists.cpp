// MediationService: reading cases, the lists and the station-calendar dates.
#include "services/MediationService.h"
#include "services/StationCalendar.h"
#include "storage/MediationQueries.h"
#include "storage/MediationRepository.h"
#include "storage/PersonRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kRepeatWindowMs = 90LL * 24 * 60 * 60 * 1000;
} // namespace

Result<MediationCase> MediationService::mediationCase(qint64 id) const {
    return MediationRepository(m_database).find(id);
}

Result<std::optional<MediationCase>> MediationService::caseByNumber(const QString &number) const {
    auto id = MediationRepository(m_database).idByNumber(number.trimmed());
    if (!id) {
        return id.error();
    }
    if (!id.value()) {
        return std::optional<MediationCase>();
    }
    auto found = mediationCase(*id.value());
    if (!found) {
        return found.error();
    }
    return std::optional<MediationCase>(found.value());
}

int MediationService::overdueDays() const {
    return m_settings.value(SettingKey::MediationOverdueDays);
}

QDate MediationService::openedOn(const MediationCase &mediation) const {
    return QDateTime::fromMSecsSinceEpoch(mediation.openedAt, stationZone(m_station)).date();
}

QDate MediationService::deadline(const MediationCase &mediation) const {
    return openedOn(mediation).addDays(overdueDays());
}

bool MediationService::isOverdue(const MediationCase &mediation) const {
    return mediation.status == MediationStatus::Open &&
           stationToday(m_clock, m_station) > deadline(mediation);
}

std::optional<QDate> MediationService::nextFollowUp(const MediationCase &mediation) const {
    std::optional<QDate> next;
    for (const MediationFollowUp &followUp : mediation.followUps) {
        if (!followUp.isDone() && (!next || followUp.dueOn < *next)) {
            next = followUp.dueOn;
        }
    }
    return next;
}

QDate MediationService::agreementDate(const MediationCase &mediation) const {
    if (!mediation.agreementSealed()) {
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(mediation.agreement->sealedAt, stationZone(m_station))
        .date();
}

Result<QList<MediationSummary>> MediationService::list(const MediationFilter &filter) const {
    const QTimeZone zone = stationZone(m_station);
    const QDate today = stationToday(m_clock, m_station);
    const int days = overdueDays();
    // Opened before the start of (today - days) means today is past opened date + days.
    const qint64 cutoff = QDateTime(today.addDays(-days), QTime(0, 0), zone).toMSecsSinceEpoch();
    const QDate dueBy = today.addDays(filter.dueWithinDays.value_or(0));
    auto found = MediationQueries(m_database).list(filter, cutoff, dueBy);
    if (!found) {
        return found.error();
    }
    QList<MediationSummary> summaries = found.value();
    for (MediationSummary &summary : summaries) {
        summary.deadline =
            QDateTime::fromMSecsSinceEpoch(summary.openedAt, zone).date().addDays(days);
        summary.overdue = summary.status == MediationStatus::Open && today > summary.deadline;
    }
    return summaries;
}

Result<qint64> MediationService::count(const MediationFilter &filter) const {
    const QDate today = stationToday(m_clock, m_station);
    const qint64 cutoff =
        QDateTime(today.addDays(-overdueDays()), QTime(0, 0), stationZone(m_station))
            .toMSecsSinceEpoch();
    return MediationQueries(m_database)
        .count(filter, cutoff, today.addDays(filter.dueWithinDays.value_or(0)));
}

Result<QList<MediationSummary>> MediationService::openCases() const {
    MediationFilter filter;
    filter.status = MediationStatus::Open;
    return list(filter);
}

Result<QList<MediationSummary>> MediationService::overdueCases() const {
    MediationFilter filter;
    filter.overdueOnly = true;
    return list(filter);
}

Result<QList<MediationSummary>> MediationService::followUpsDueWithin(int days) const {
    MediationFilter filter;
    filter.dueWithinDays = std::max(0, days);
    return list(filter);
}

Result<QList<MediationSummary>> MediationService::byMediator(qint64 personId) const {
    MediationFilter filter;
    filter.mediatorId = personId;
    return list(filter);
}

Result<QList<MediationSummary>> MediationService::byArea(qint64 areaId) const {
    MediationFilter filter;
    filter.areaId = areaId;
    return list(filter);
}

Result<QList<MediationSummary>>
MediationService::leaderCases(std::optional<qint64> leaderId) const {
    MediationFilter filter;
    filter.status = MediationStatus::Open;
    filter.risk = RiskGrade::High;
    filter.owningLeaderId = leaderId;
    return list(filter);
}

Result<QList<MediationSummary>>
MediationService::history(const MediationHistoryQuery &query) const {
    auto found = MediationQueries(m_database).history(query);
    if (!found) {
        return found.error();
    }
    const QTimeZone zone = stationZone(m_station);
    const QDate today = stationToday(m_clock, m_station);
    QList<MediationSummary> summaries = found.value();
    for (MediationSummary &summary : summaries) {
        summary.deadline =
            QDateTime::fromMSecsSinceEpoch(summary.openedAt, zone).date().addDays(overdueDays());
        summary.overdue = summary.status == MediationStatus::Open && today > summary.deadline;
    }
    return summaries;
}

Result<QList<PossibleRepeat>>
MediationService::possibleRepeats(const MediationCase &mediation) const {
    const qint64 opened = mediation.openedAt > 0 ? mediation.openedAt : m_clock.nowMs();
    return MediationQueries(m_database)
        .repeats(mediation, opened - kRepeatWindowMs, opened + kRepeatWindowMs + 1);
}

Result<QList<Person>> MediationService::stationLeaders() const {
    auto ids = MediationQueries(m_database).leaderIds();
    if (!ids) {
        return ids.error();
    }
    QList<Person> leaders;
    PersonRepository people(m_database);
    for (qint64 id : ids.value()) {
        auto person = people.find(id);
        if (!person) {
            return person.error();
        }
        leaders << person.value();
    }
    return leaders;
}

Result<bool> MediationService::isStationLeader(qint64 personId) const {
    auto ids = MediationQueries(m_database).leaderIds();
    if (!ids) {
        return ids.error();
    }
    return ids->contains(personId);
}

} // namespace sd
