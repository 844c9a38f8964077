#pragma once

#include <QDateTime>

namespace sd {

// The source of "now" for every service, so tests can pin time and the day,
// month and year boundaries can be exercised without waiting for them.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
};

class FixedClock : public Clock {
public:
    explicit FixedClock(qint64 nowMs)
        : m_nowMs(nowMs) {}
    qint64 nowMs() const override { return m_nowMs; }
    void set(qint64 nowMs) { m_nowMs = nowMs; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

} // namespace sd
