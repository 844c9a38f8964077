#include "core/demo/AuditSeeder.h"

#include "core/kernel/common/Clock.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/storage/Transaction.h"

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 kBatch = 5000;
constexpr qint64 kYearMs = 365LL * 24 * 60 * 60 * 1000;

struct Template {
    const char16_t *action;
    const char16_t *objectType;
    const char16_t *outcome;
    const char16_t *details;
};

// Roughly the mix a station's log has: mostly logins and views, some edits, few denials.
const std::array<Template, 10> kTemplates = {{
    {u"login", u"account", u"success", u"ok"},
    {u"login", u"account", u"success", u"ok"},
    {u"login", u"account", u"failure", u"wrong password"},
    {u"logout", u"account", u"success", u""},
    {u"person.update", u"person", u"success", u"fields: phone"},
    {u"person.update", u"person", u"success", u"fields: position"},
    {u"unit.update", u"unit", u"success", u"fields: members"},
    {u"record.view", u"onscene", u"success", u"identity number revealed"},
    {u"record.print", u"onscene", u"success", u"pages: 2"},
    {u"permission.denied", u"account", u"denied", u"permission=manage_accounts"},
}};

struct SeedAccount {
    const char16_t *name;
    Role role;
};

const std::array<SeedAccount, 8> kAccounts = {{
    {u"周建国 (031001)", Role::Chief},
    {u"林志远 (031002)", Role::Instructor},
    {u"吴海涛 (031011)", Role::SquadLeader},
    {u"彭国强 (031031)", Role::Officer},
    {u"萧文静 (031034)", Role::Admin},
    {u"韩雪梅 (031032)", Role::Officer},
    {u"唐志勇 (031033)", Role::Officer},
    {u"蒋伟 (031041)", Role::Officer},
}};

} // namespace

Result<qint64> AuditSeeder::seed(qint64 count, quint32 randomSeed, qint64 endMs,
                                 const std::function<void(qint64, qint64)> &progress) const {
    if (count <= 0) {
        return Error::usage(tr("The number of audit rows to seed must be positive."));
    }
    FixedClock clock(endMs);
    Session seeded(m_operator.actor());
    const AuditLog log(m_database, seeded, clock);
    if (Status opened =
            log.record({u"seed.audit"_s,
                        u"audit_log"_s,
                        {},
                        u"success"_s,
                        u"the next %1 rows are synthetic (seed %2)"_s.arg(count).arg(randomSeed)});
        !opened) {
        return opened.error();
    }
    std::mt19937_64 random(randomSeed);
    const qint64 startMs = endMs - kYearMs;
    const qint64 stepMs = std::max<qint64>(1, kYearMs / count);
    qint64 done = 0;
    while (done < count) {
        const qint64 batchEnd = std::min(count, done + kBatch);
        Status written = inTransaction(m_database, [&]() -> Status {
            for (qint64 i = done; i < batchEnd; ++i) {
                const Template &t = kTemplates.at(random() % kTemplates.size());
                const SeedAccount &who = kAccounts.at(random() % kAccounts.size());
                const QString account = QString::fromUtf16(who.name);
                clock.set(startMs + i * stepMs +
                          static_cast<qint64>(random() % static_cast<quint64>(stepMs)));
                seeded.setActor({account, u"desk-%1"_s.arg(random() % 4 + 1), who.role, 0, {}});
                const QString object =
                    QString::fromUtf16(t.objectType) == u"onscene"_s
                        ? u"CJ-%1-%2"_s.arg(2025 + i % 2).arg(i % 99999 + 1, 6, 10, QChar(u'0'))
                        : account.right(7).left(6);
                if (Status appended = log.append(
                        {QString::fromUtf16(t.action), QString::fromUtf16(t.objectType), object,
                         QString::fromUtf16(t.outcome), QString::fromUtf16(t.details)});
                    !appended) {
                    return appended;
                }
            }
            return {};
        });
        SD_RETURN_IF_ERROR(written);
        done = batchEnd;
        if (progress) {
            progress(done, count);
        }
    }
    return done;
}

} // namespace sd
