#pragma once

#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/storage/Database.h"

namespace sd {

enum class SettingKey {
    PasswordMinLength,
    LockoutAttempts,
    LockoutWindowMinutes,
    LockoutMinutes,
    IdleLockMinutes,
    FirstFollowUpDays,
    MediationOverdueDays, // a mediation case still open this many days after opening
};

// Station-wide settings stored in the database (so every desk agrees), each an integer
// with a default and an allowed range; a stored value outside the range is clamped.
class StationSettings {
    Q_DECLARE_TR_FUNCTIONS(sd::StationSettings)

public:
    struct Info {
        SettingKey key;
        const char16_t *name; // as stored and typed on the command line
        int defaultValue;
        int minimum;
        int maximum;
    };
    static const Info &info(SettingKey key);
    static std::optional<SettingKey> keyFromName(const QString &name);
    static QList<SettingKey> allKeys();

    StationSettings(const Database &database, const AccessControl &access, const AuditLog &audit,
                    const Session &session, const Clock &clock)
        : m_database(database)
        , m_access(access)
        , m_audit(audit)
        , m_session(session)
        , m_clock(clock) {}

    int value(SettingKey key) const;
    Status set(SettingKey key, int value) const;

private:
    const Database &m_database;
    const AccessControl &m_access;
    const AuditLog &m_audit;
    const Session &m_session;
    const Clock &m_clock;
};

} // namespace sd
