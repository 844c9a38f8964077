#include "core/duty/Shift.h"

using namespace Qt::StringLiterals;

namespace sd {

bool PlannedShift::hasPerson(qint64 personId) const {
    return roleOf(personId).has_value();
}

std::optional<DutyRole> PlannedShift::roleOf(qint64 personId) const {
    if (leader.personId == personId) {
        return DutyRole::Leader;
    }
    const auto in = [personId](const QList<CrewMember> &members) {
        return std::any_of(members.cbegin(), members.cend(),
                           [personId](const CrewMember &m) { return m.personId == personId; });
    };
    if (in(officers)) {
        return DutyRole::Officer;
    }
    if (in(auxiliaries)) {
        return DutyRole::Auxiliary;
    }
    return std::nullopt;
}

CrewInput PlannedShift::input() const {
    CrewInput crew;
    crew.leaderBadge = leader.badgeNo;
    for (const CrewMember &m : officers) {
        crew.officerBadges << m.badgeNo;
    }
    for (const CrewMember &m : auxiliaries) {
        crew.auxiliaryBadges << m.badgeNo;
    }
    return crew;
}

QString shiftLabel(const QDate &date, const QString &shiftKey) {
    return u"%1 %2"_s.arg(date.toString(Qt::ISODate), shiftKey);
}

#define SD_ENUM_KEYS_FILE "core/duty/ShiftKeys.def"
#include "core/kernel/common/EnumKeysDefine.inc"

} // namespace sd
