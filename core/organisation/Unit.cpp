#include "core/organisation/Unit.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Unit)
};

constexpr std::array<EnumKey<UnitKind>, 5> kKeys{{
    {UnitKind::Leadership, u"leadership", QT_TRANSLATE_NOOP("sd::Unit", "Station leadership")},
    {UnitKind::PartyGroup, u"party_group", QT_TRANSLATE_NOOP("sd::Unit", "Party group")},
    {UnitKind::Squad, u"squad", QT_TRANSLATE_NOOP("sd::Unit", "Squad")},
    {UnitKind::ActionTeam, u"action_team", QT_TRANSLATE_NOOP("sd::Unit", "Action team")},
    {UnitKind::CommunityOffice, u"community_office",
     QT_TRANSLATE_NOOP("sd::Unit", "Community police office")},
}};
} // namespace

QString toKey(UnitKind kind) {
    return keyOf(kKeys, kind);
}

std::optional<UnitKind> unitKindFromKey(const QString &key) {
    return valueOf(kKeys, key);
}

QString displayName(UnitKind kind) {
    return nameOf<Tr>(kKeys, kind);
}

QList<UnitKind> allUnitKinds() {
    return valuesOf(kKeys);
}

} // namespace sd
