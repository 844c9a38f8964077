#pragma once

#include "core/Application.h"
#include "core/kernel/common/Result.h"

namespace sd {

// The demo's front desk: a handful of hand-written recent alerts with on-scene records in
// every state a desk meets — sealed with all three signatures, sealed after a refusal with
// the witness's signature, sealed and then amended, and a draft — signed by the demo
// officer with the demo password, as at a real desk.
class DemoFrontDesk {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoFrontDesk)

public:
    struct Counts {
        int alerts = 0;
        int records = 0;
    };

    explicit DemoFrontDesk(Application &app)
        : m_app(app) {}

    // officerBadge/password: the demo account that signs as the handling officer.
    Result<Counts> build(const QString &officerBadge, const QString &password);

private:
    Status signAll(OnSceneRecord &record);

    Application &m_app;
    QString m_password;
    Counts m_counts;
};

} // namespace sd
