#include "core/kernel/security/Role.h"

#include <QCoreApplication>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(sd::Role)
};

const std::array<std::pair<Role, const char16_t *>, 6> kKeys = {{
    {Role::Officer, u"officer"},
    {Role::SquadLeader, u"squad_leader"},
    {Role::Instructor, u"instructor"},
    {Role::Chief, u"chief"},
    {Role::Admin, u"admin"},
    {Role::System, u"system"},
}};
} // namespace

QString toKey(Role role) {
    for (const auto &[candidate, key] : kKeys) {
        if (candidate == role) {
            return QString::fromUtf16(key);
        }
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key) {
    for (const auto &[role, candidate] : kKeys) {
        if (key == QString::fromUtf16(candidate)) {
            return role;
        }
    }
    return std::nullopt;
}

QString displayName(Role role) {
    switch (role) {
    case Role::Officer:
        return Tr::tr("Duty officer");
    case Role::SquadLeader:
        return Tr::tr("Squad leader");
    case Role::Instructor:
        return Tr::tr("Instructor");
    case Role::Chief:
        return Tr::tr("Station chief");
    case Role::Admin:
        return Tr::tr("Administrator");
    case Role::System:
        return Tr::tr("Command-line operator");
    }
    return {};
}

QList<Role> loginRoles() {
    return {Role::Officer, Role::SquadLeader, Role::Instructor, Role::Chief, Role::Admin};
}

} // namespace sd
