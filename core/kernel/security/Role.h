#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace sd {

// What an account may do is decided by its role alone (see Permission.h).
// System is not a login role: it is the operator of stationctl, who already holds the
// database file or server credentials, recorded as such in the audit log.
enum class Role { Officer, SquadLeader, Instructor, Chief, Admin, System };

QString toKey(Role role); // "officer", "squad_leader", … as stored and typed on the command line
std::optional<Role> roleFromKey(const QString &key);
QString displayName(Role role);
QList<Role> loginRoles(); // every role but System

} // namespace sd
