#pragma once

#include <QString>

namespace sd {

// Who is working: recorded as updated_by on every row a service writes.
// Until accounts exist this is the operating-system user at this workstation.
struct Actor {
    QString name;
    QString workstation;
};

class Session {
public:
    explicit Session(Actor actor)
        : m_actor(std::move(actor)) {}

    const Actor &actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }

    // The workstation's operating-system user, e.g. "zhang@desk-1".
    static Actor localUser();

private:
    Actor m_actor;
};

} // namespace sd
