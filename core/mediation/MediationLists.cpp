// MediationService: reading cases, the lists and the station-calendar dates.
#include "core/kernel/settings/StationCalendar.h"
#include "core/mediation/MediationQueryRepository.h"
#include "core/mediation/MediationRepository.h"
#include "core/mediation/MediationService.h"
#include "core/organisation/PersonRepository.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
constexpr qint64 kRepeatWindowMs = 90LL * 24 * 60 * 60 * 1000;
// The page size list() and history() read everything with.
constexpr int kWholeListPage = 500;

// Every page of a list, read one after the other.
Result<QList<MediationSummary>>
readAll(const std::function<Result<QList<MediationSummary>>(const MediationPageRequest &)> &read) {
    MediationPageRequest request;
    request.limit = kWholeListPage;
    QList<MediationSummary> all;
    for (;;) {
        auto page = read(request);
        SD_RETURN_IF_ERROR(page);
        all += page.value();
        if (page->size() < request.limit) {
            return all;
        }
        request.after = page->constLast();
    }
}
} // namespace

Result<MediationCase> MediationService::mediationCase(qint64 id) const {
    return MediationRepository(m_context.database).find(id);
}

Result<std::optional<MediationCase>> MediationService::caseByNumber(const QString &number) const {
    auto id = MediationRepository(m_context.database).idByNumber(number.trimmed());
    SD_RETURN_IF_ERROR(id);
    if (!id.value()) {
        return std::optional<MediationCase>();
    }
    auto found = mediationCase(*id.value());
    SD_RETURN_IF_ERROR(found);
    return std::optional<MediationCase>(found.value());
}

int MediationService::overdueDays() const {
    return m_settings.value(SettingKey::MediationOverdueDays);
}

QDate MediationService::openedOn(const MediationCase &mediation) const {
    return QDateTime::fromMSecsSinceEpoch(mediation.openedAt, stationZone(m_context.station))
        .date();
}

QDate MediationService::deadline(const MediationCase &mediation) const {
    return openedOn(mediation).addDays(overdueDays());
}

bool MediationService::isOverdue(const MediationCase &mediation) const {
    return mediation.status == MediationStatus::Open &&
           stationToday(m_context.clock, m_context.station) > deadline(mediation);
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
    return QDateTime::fromMSecsSinceEpoch(mediation.agreement->sealedAt,
                                          stationZone(m_context.station))
        .date();
}

MediationService::ListDates MediationService::listDates(const MediationFilter &filter) const {
    const QDate today = stationToday(m_context.clock, m_context.station);
    // Opened before the start of (today - days) means today is past opened date + days.
    return {QDateTime(today.addDays(-overdueDays()), QTime(0, 0), stationZone(m_context.station))
                .toMSecsSinceEpoch(),
            today.addDays(filter.dueWithinDays.value_or(0))};
}

void MediationService::markDeadlines(QList<MediationSummary> &summaries) const {
    const QTimeZone zone = stationZone(m_context.station);
    const QDate today = stationToday(m_context.clock, m_context.station);
    const int days = overdueDays();
    for (MediationSummary &summary : summaries) {
        summary.deadline =
            QDateTime::fromMSecsSinceEpoch(summary.openedAt, zone).date().addDays(days);
        summary.overdue = summary.status == MediationStatus::Open && today > summary.deadline;
    }
}

Result<QList<MediationSummary>> MediationService::page(const MediationFilter &filter,
                                                       const MediationPageRequest &request) const {
    const ListDates dates = listDates(filter);
    auto found = MediationQueryRepository(m_context.database)
                     .page(filter, request, dates.overdueCutoffMs, dates.dueBy);
    SD_RETURN_IF_ERROR(found);
    markDeadlines(found.value());
    return found;
}

Result<QList<MediationSummary>> MediationService::list(const MediationFilter &filter) const {
    return readAll([&](const MediationPageRequest &request) { return page(filter, request); });
}

Result<qint64> MediationService::count(const MediationFilter &filter) const {
    const ListDates dates = listDates(filter);
    return MediationQueryRepository(m_context.database)
        .count(filter, dates.overdueCutoffMs, dates.dueBy);
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
MediationService::historyPage(const MediationHistoryQuery &query,
                              const MediationPageRequest &request) const {
    auto found = MediationQueryRepository(m_context.database).historyPage(query, request);
    SD_RETURN_IF_ERROR(found);
    markDeadlines(found.value());
    return found;
}

Result<qint64> MediationService::historyCount(const MediationHistoryQuery &query) const {
    return MediationQueryRepository(m_context.database).historyCount(query);
}

Result<QList<MediationSummary>>
MediationService::history(const MediationHistoryQuery &query) const {
    return readAll(
        [&](const MediationPageRequest &request) { return historyPage(query, request); });
}

Result<QList<PossibleRepeat>>
MediationService::possibleRepeats(const MediationCase &mediation) const {
    const qint64 opened = mediation.openedAt > 0 ? mediation.openedAt : m_context.clock.nowMs();
    return MediationQueryRepository(m_context.database)
        .repeats(mediation, opened - kRepeatWindowMs, opened + kRepeatWindowMs + 1);
}

Result<QList<Person>> MediationService::stationLeaders() const {
    auto ids = MediationQueryRepository(m_context.database).leaderIds();
    SD_RETURN_IF_ERROR(ids);
    QList<Person> leaders;
    PersonRepository people(m_context.database);
    for (qint64 id : ids.value()) {
        auto person = people.find(id);
        SD_RETURN_IF_ERROR(person);
        leaders << person.value();
    }
    return leaders;
}

Result<bool> MediationService::isStationLeader(qint64 personId) const {
    auto ids = MediationQueryRepository(m_context.database).leaderIds();
    SD_RETURN_IF_ERROR(ids);
    return ids->contains(personId);
}

} // namespace sd
