#pragma once

#include "core/Application.h"
#include "core/kernel/common/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace sd {

// The demo station's responsibility register: rooms and the party-building room's
// functional areas, equipment, vehicles, IT, furniture, the rulebook and the potted
// plants, and the recurring duties of the work rules, every one with a named owner.
// Dates are relative to today in the station's time zone, so a few tasks and checks are
// always overdue, as in a real station. A step of DemoStation, after the units.
class DemoResponsibility {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoResponsibility)

public:
    struct Counts {
        int assets = 0;
        int tasks = 0;
    };

    explicit DemoResponsibility(Application &app)
        : m_app(app) {}

    Result<Counts> build();

private:
    Status addAssets();
    Status addTasks();
    Result<OwnerRef> owner(const QString &badgeOrUnit) const;

    Application &m_app;
    QHash<QString, qint64> m_rooms;
    Counts m_counts;
};

} // namespace sd
