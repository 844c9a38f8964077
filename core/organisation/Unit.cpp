#include "core/organisation/Unit.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Unit)
};

const std::array<std::pair<UnitKind, const char16_t *>, 5> kKeys = {{
    {UnitKind::Leadership, u"leadership"},
    {UnitKind::PartyGroup, u"party_group"},
    {UnitKind::Squad, u"squad"},
    {UnitKind::ActionTeam, u"action_team"},
    {UnitKind::CommunityOffice, u"community_office"},
}};
} // namespace

QString toKey(UnitKind kind) {
    for (const auto &[candidate, key] : kKeys) {
        if (candidate == kind) {
            return QString::fromUtf16(key);
        }
    }
    return {};
}

std::optional<UnitKind> unitKindFromKey(const QString &key) {
    for (const auto &[kind, candidate] : kKeys) {
        if (key == QString::fromUtf16(candidate)) {
            return kind;
        }
    }
    return std::nullopt;
}

QString displayName(UnitKind kind) {
    switch (kind) {
    case UnitKind::Leadership:
        return Tr::tr("Station leadership");
    case UnitKind::PartyGroup:
        return Tr::tr("Party group");
    case UnitKind::Squad:
        return Tr::tr("Squad");
    case UnitKind::ActionTeam:
        return Tr::tr("Action team");
    case UnitKind::CommunityOffice:
        return Tr::tr("Community police office");
    }
    return {};
}

QList<UnitKind> allUnitKinds() {
    QList<UnitKind> kinds;
    for (const auto &[kind, key] : kKeys) {
        kinds << kind;
    }
    return kinds;
}

} // namespace sd
