#include "core/kernel/settings/StationSettings.h"

#include "core/kernel/settings/SettingRepository.h"
#include "core/kernel/storage/Transaction.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace sd {

namespace {
const std::array<StationSettings::Info, 7> kSettings = {{
    {SettingKey::PasswordMinLength, u"password_min_length", 8, 8, 128},
    {SettingKey::LockoutAttempts, u"lockout_attempts", 5, 3, 10},
    {SettingKey::LockoutWindowMinutes, u"lockout_window_minutes", 15, 1, 1440},
    {SettingKey::LockoutMinutes, u"lockout_minutes", 30, 1, 1440},
    {SettingKey::IdleLockMinutes, u"idle_lock_minutes", 10, 1, 30},
    {SettingKey::FirstFollowUpDays, u"first_follow_up_days", 15, 1, 90},
    {SettingKey::MediationOverdueDays, u"mediation_overdue_days", 30, 1, 365},
}};
} // namespace

const StationSettings::Info &StationSettings::info(SettingKey key) {
    return *std::find_if(kSettings.cbegin(), kSettings.cend(),
                         [key](const Info &candidate) { return candidate.key == key; });
}

std::optional<SettingKey> StationSettings::keyFromName(const QString &name) {
    for (const Info &candidate : kSettings) {
        if (name == QString::fromUtf16(candidate.name)) {
            return candidate.key;
        }
    }
    return std::nullopt;
}

QList<SettingKey> StationSettings::allKeys() {
    QList<SettingKey> keys;
    for (const Info &candidate : kSettings) {
        keys << candidate.key;
    }
    return keys;
}

int StationSettings::value(SettingKey key) const {
    const Info &setting = info(key);
    auto stored = SettingRepository(m_database).find(QString::fromUtf16(setting.name));
    bool ok = false;
    const int number = stored && stored->has_value() ? (*stored)->toInt(&ok) : 0;
    return ok ? std::clamp(number, setting.minimum, setting.maximum) : setting.defaultValue;
}

Status StationSettings::set(SettingKey key, int value) const {
    const Info &setting = info(key);
    const QString name = QString::fromUtf16(setting.name);
    if (Status allowed = m_access.require(Permission::ChangeSettings, u"setting"_s, name);
        !allowed) {
        return allowed;
    }
    if (value < setting.minimum || value > setting.maximum) {
        return Error::validation(name, tr("%1 must be between %2 and %3.")
                                           .arg(name)
                                           .arg(setting.minimum)
                                           .arg(setting.maximum));
    }
    const int previous = this->value(key);
    return inTransaction(m_database, [&]() -> Status {
        SD_RETURN_IF_ERROR(
            SettingRepository(m_database)
                .store(name, QString::number(value), m_clock.nowMs(), m_session.actor().name));
        return m_audit.append({u"setting.change"_s, u"setting"_s, name, u"success"_s,
                               u"%1 -> %2"_s.arg(previous).arg(value)});
    });
}

} // namespace sd
