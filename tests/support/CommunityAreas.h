#pragma once

#include "core/Application.h"

#include <QStringList>

namespace sd::test {

// A community office led by one officer (031031 周杰) with the named areas, in the order
// given: what tests that count alerts by area stand on. Fails the current test on an error.
QList<CommunityArea> addOfficeWithAreas(Application &app, const QStringList &names);

} // namespace sd::test
