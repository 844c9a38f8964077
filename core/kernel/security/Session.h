#pragma once

#include "core/kernel/security/Role.h"

#include <QString>

namespace sd {

// Who is working. Written as updated_by on every row a service changes and as the
// account and role of every audit row. Before anyone logs in (and in stationctl) it is
// the operating-system user at this workstation with the System role.
struct Actor {
    QString name;        // "张伟 (010001)" for an account, "user@host" for System
    QString workstation; // host name
    Role role = Role::System;
    qint64 accountId = 0; // 0 for System
    QString badgeNo;      // empty for System; as typed at login, so it can go stale
    // The account's person (account.person_id): who the user is among the station's people,
    // e.g. which of a case's mediators. 0 for System.
    qint64 personId = 0;
};

class Session {
public:
    explicit Session(Actor actor)
        : m_actor(std::move(actor)) {}

    const Actor &actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    bool isLoggedIn() const { return m_actor.accountId != 0; }

    // The workstation's operating-system user, e.g. "zhang@desk-1", as System.
    static Actor localUser();

private:
    Actor m_actor;
};

} // namespace sd
