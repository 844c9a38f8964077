#include "core/demo/DemoDuty.h"

#include "core/kernel/settings/StationCalendar.h"

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const QStringList kLeaders{u"031001"_s, u"031002"_s, u"031003"_s, u"031004"_s};
// Today's duty officer first: the demo officer's account.
const QStringList kDutyOfficers{u"031031"_s, u"031032"_s, u"031033"_s};
const QStringList kCaseOfficers{u"031041"_s, u"031042"_s, u"031043"_s, u"031044"_s};
const QStringList kAuxiliaries{u"039001"_s, u"039002"_s, u"039003"_s,
                               u"039004"_s, u"039005"_s, u"039006"_s};

// The turn of day offset (days from today, negative before) in a rota of size.
qsizetype turn(qint64 offset, qsizetype size) {
    return qsizetype(((offset % size) + size) % size);
}
} // namespace

Result<int> DemoDuty::build() {
    const QDate today = stationToday(m_app.clock(), m_app.station());
    const QDate first = today.addDays(-(today.dayOfWeek() - 1) - 7);
    const QDate last = first.addDays(20);
    const QString key = ShiftPattern::defaultPattern().shifts().first().key;
    QList<ShiftPlan> plans;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        const qint64 offset = today.daysTo(date);
        const qsizetype aux = turn(offset, kAuxiliaries.size() / 2) * 2;
        plans << ShiftPlan{date,
                           key,
                           {kLeaders.at(turn(offset, kLeaders.size())),
                            {kDutyOfficers.at(turn(offset, kDutyOfficers.size())),
                             kCaseOfficers.at(turn(offset, kCaseOfficers.size()))},
                            {kAuxiliaries.at(aux), kAuxiliaries.at(aux + 1)}},
                           0};
    }
    auto planned = m_app.roster().plan(plans);
    SD_RETURN_IF_ERROR(planned);
    return int(planned->size());
}

} // namespace sd
