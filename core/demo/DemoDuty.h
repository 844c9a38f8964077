#pragma once

#include "core/Application.h"
#include "core/kernel/common/Result.h"

namespace sd {

// The demo's duty roster: the default pattern (one 24-hour duty from 08:30) planned from the
// Monday of last week to the Sunday of next week, around the day the demo is built. The
// leaders take turns, a duty officer and a case officer with two auxiliaries make up each
// crew, and the demo officer's account (031031) is on today's shift, so a handover can be
// started at once.
class DemoDuty {
public:
    explicit DemoDuty(Application &app)
        : m_app(app) {}

    // Returns the number of shifts planned.
    Result<int> build();

private:
    Application &m_app;
};

} // namespace sd
