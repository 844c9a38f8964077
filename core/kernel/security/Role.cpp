#include "core/kernel/security/Role.h"

#include "core/kernel/common/EnumKeys.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Role)
};

constexpr std::array<EnumKey<Role>, 6> kKeys{{
    {Role::Officer, u"officer", QT_TRANSLATE_NOOP("sd::Role", "Duty officer")},
    {Role::SquadLeader, u"squad_leader", QT_TRANSLATE_NOOP("sd::Role", "Squad leader")},
    {Role::Instructor, u"instructor", QT_TRANSLATE_NOOP("sd::Role", "Instructor")},
    {Role::Chief, u"chief", QT_TRANSLATE_NOOP("sd::Role", "Station chief")},
    {Role::Admin, u"admin", QT_TRANSLATE_NOOP("sd::Role", "Administrator")},
    {Role::System, u"system", QT_TRANSLATE_NOOP("sd::Role", "Command-line operator")},
}};
} // namespace

QString toKey(Role role) {
    return keyOf(kKeys, role);
}

std::optional<Role> roleFromKey(const QString &key) {
    return valueOf(kKeys, key);
}

QString displayName(Role role) {
    return nameOf<Tr>(kKeys, role);
}

QList<Role> loginRoles() {
    return {Role::Officer, Role::SquadLeader, Role::Instructor, Role::Chief, Role::Admin};
}

} // namespace sd
