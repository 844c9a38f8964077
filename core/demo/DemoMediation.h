#pragma once

#include "core/Application.h"
#include "core/kernel/common/Result.h"

namespace sd {

// The demo's mediation cases: one for every outcome and risk grade, one created from the
// newest open dispute alert of the demo's history, sealed agreements signed by both parties and the
// mediator (with the demo password, as at a real desk), follow-up visits done and due, an overdue
// case, a high-risk case owned by the station chief and one reopened by a new risk at a visit.
class DemoMediation {
    Q_DECLARE_TR_FUNCTIONS(sd::DemoMediation)

public:
    explicit DemoMediation(Application &app)
        : m_app(app) {}

    // mediatorBadge/password: the demo account that mediates and signs; leaderBadge: the
    // station leader who owns the high-risk case. Returns the number of cases.
    Result<int> build(const QString &mediatorBadge, const QString &password,
                      const QString &leaderBadge);

private:
    struct CaseSpec;
    // Creates the case and holds its sessions.
    Result<MediationCase> openCase(const CaseSpec &spec);
    Result<MediationCase> sealSigned(MediationCase mediation, const MediationAgreement &terms);
    Result<MediationCase> addSessions(MediationCase mediation, int count);
    Status run(const QString &leaderBadge);
    Result<Alert> recentDispute() const;

    Application &m_app;
    QString m_password;
    qint64 m_mediatorId = 0;
    qint64 m_partnerId = 0;
    QHash<QString, qint64> m_areaIds;
    int m_cases = 0;
};

} // namespace sd
