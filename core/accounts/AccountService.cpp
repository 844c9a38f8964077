#include "core/accounts/AccountService.h"

#include "core/accounts/AccountRepository.h"
#include "core/kernel/security/PasswordPolicy.h"
#include "core/kernel/storage/Transaction.h"
#include "core/organisation/PersonRepository.h"

#include <QDateTime>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
// A manual lock by an administrator lasts until someone unlocks it.
constexpr qint64 kLockedForeverMs = 253402300799000; // 9999-12-31T23:59:59Z

QString localTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

// Verifying against a real hash when the badge is unknown keeps the answer time the
// same, so timing does not reveal which badges exist.
const QString &dummyHash() {
    static const QString hash = [] {
        auto hashed = PasswordHasher().hash(Secret::fromUtf8(QByteArrayLiteral("not a password")));
        return hashed ? hashed.value() : QString();
    }();
    return hash;
}

} // namespace

Status AccountService::checkPassword(const Secret &password) const {
    return PasswordPolicy(m_settings.value(SettingKey::PasswordMinLength)).check(password);
}

Result<QString> AccountService::hashNewPassword(const Secret &password) const {
    SD_RETURN_IF_ERROR(checkPassword(password));
    return m_hasher.hash(password);
}

Result<Person> AccountService::activePerson(const QString &badgeNo) const {
    auto person = PersonRepository(m_context.database).findByBadge(badgeNo.trimmed());
    SD_RETURN_IF_ERROR(person);
    if (!person.value() || !person.value()->active) {
        return Error::validation(u"badge_no"_s,
                                 tr("No active person has badge number %1.").arg(badgeNo));
    }
    return *person.value();
}

Result<bool> AccountService::hasAdmin() const {
    auto count = AccountRepository(m_context.database).countUsableAdmins();
    SD_RETURN_IF_ERROR(count);
    return count.value() > 0;
}

Result<Account> AccountService::createFirstAdmin(const QString &badgeNo, const Secret &password) {
    auto hash = hashNewPassword(password);
    SD_RETURN_IF_ERROR(hash);
    return inTransaction(m_context.database, [&]() -> Result<Account> {
        auto exists = hasAdmin();
        SD_RETURN_IF_ERROR(exists);
        if (exists.value()) {
            return Error{ErrorCode::PermissionDenied,
                         tr("An administrator already exists; ask them to create accounts."),
                         {},
                         {}};
        }
        auto person = activePerson(badgeNo);
        SD_RETURN_IF_ERROR(person);
        const AccountRepository accounts(m_context.database);
        auto existing = accounts.findByBadge(badgeNo.trimmed());
        SD_RETURN_IF_ERROR(existing);
        Result<Account> stored = Error::storage({});
        if (existing.value()) {
            // The person had a lesser account (or a disabled admin one): promote it.
            const qint64 id = existing.value()->id;
            const QString actor = m_session.actor().name;
            for (Status step :
                 {accounts.setRole(id, Role::Admin, m_context.clock.nowMs(), actor),
                  accounts.setDisabled(id, false, m_context.clock.nowMs(), actor),
                  accounts.setPasswordHash(id, hash.value(), m_context.clock.nowMs(), actor)}) {
                SD_RETURN_IF_ERROR(step);
            }
            stored = accounts.find(id);
        } else {
            stored = accounts.insert(person->id, Role::Admin, hash.value(), m_context.clock.nowMs(),
                                     m_session.actor().name);
        }
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(stored,
                                       {u"account.create"_s, u"account"_s, badgeNo, u"success"_s,
                                        u"role=admin; first administrator"_s});
    });
}

Result<Account> AccountService::addAccount(const QString &badgeNo, Role role,
                                           const Secret &password) {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ManageAccounts, u"account"_s, badgeNo));
    if (role == Role::System) {
        return Error::validation(u"role"_s, tr("The command-line operator is not a login role."));
    }
    auto hash = hashNewPassword(password);
    SD_RETURN_IF_ERROR(hash);
    return inTransaction(m_context.database, [&]() -> Result<Account> {
        auto person = activePerson(badgeNo);
        SD_RETURN_IF_ERROR(person);
        const AccountRepository accounts(m_context.database);
        auto existing = accounts.findByBadge(badgeNo.trimmed());
        SD_RETURN_IF_ERROR(existing);
        if (existing.value()) {
            return Error::validation(u"badge_no"_s,
                                     tr("%1 already has an account.").arg(person->name));
        }
        auto stored = accounts.insert(person->id, role, hash.value(), m_context.clock.nowMs(),
                                      m_session.actor().name);
        SD_RETURN_IF_ERROR(stored);
        return m_context.audit.confirm(stored, {u"account.create"_s, u"account"_s, badgeNo,
                                                u"success"_s, u"role="_s + toKey(role)});
    });
}

Result<QList<Account>> AccountService::accounts() const {
    SD_RETURN_IF_ERROR(m_context.access.require(Permission::ManageAccounts, u"account"_s));
    return AccountRepository(m_context.database).list();
}

Result<AccountService::Check>
AccountService::checkCredentials(const Account &account, const Secret &password, Account &updated) {
    const bool correct = m_hasher.verify(account.passwordHash, password);
    const qint64 now = m_context.clock.nowMs();
    const QString badge = account.badgeNo;
    return inTransaction(m_context.database, [&]() -> Result<Check> {
        const AccountRepository accounts(m_context.database);
        Check check = Check::Accepted;
        if (!correct) {
            check = Check::WrongPassword;
        } else if (account.disabled || !account.personActive) {
            check = Check::Disabled;
        } else if (account.isLockedAt(now)) {
            check = Check::Locked;
        }
        if (check == Check::WrongPassword && !account.isLockedAt(now)) {
            const qint64 windowStart =
                now - m_settings.value(SettingKey::LockoutWindowMinutes) * kMinuteMs;
            auto failures = accounts.recordFailure(account.id, now, windowStart);
            SD_RETURN_IF_ERROR(failures);
            if (failures.value() >= m_settings.value(SettingKey::LockoutAttempts)) {
                const qint64 until = now + m_settings.value(SettingKey::LockoutMinutes) * kMinuteMs;
                SD_RETURN_IF_ERROR(accounts.lockUntil(account.id, until));
                if (Status audited = m_context.audit.appendAs(
                        account.displayName(), toKey(account.role),
                        {u"account.lockout"_s, u"account"_s, badge, u"success"_s,
                         u"after %1 failures"_s.arg(failures.value())});
                    !audited) {
                    return audited.error();
                }
            }
        }
        if (check == Check::Accepted) {
            SD_RETURN_IF_ERROR(accounts.recordLogin(account.id, now));
            if (m_hasher.needsRehash(account.passwordHash)) {
                auto rehashed = m_hasher.hash(password);
                SD_RETURN_IF_ERROR(rehashed);
                SD_RETURN_IF_ERROR(accounts.setPasswordHash(account.id, rehashed.value(), now,
                                                            account.displayName()));
            }
        }
        static const QStringList reasons = {u"ok"_s, u"wrong password"_s, u"account locked"_s,
                                            u"account disabled"_s};
        if (Status audited =
                m_context.audit.appendAs(account.displayName(), toKey(account.role),
                                         {u"login"_s, u"account"_s, badge,
                                          check == Check::Accepted ? u"success"_s : u"failure"_s,
                                          reasons.at(static_cast<int>(check))});
            !audited) {
            return audited.error();
        }
        auto fresh = accounts.find(account.id);
        SD_RETURN_IF_ERROR(fresh);
        updated = fresh.value();
        return check;
    });
}

Error AccountService::authenticationError(Check check, const Account &account) const {
    switch (check) {
    case Check::Locked:
        return {ErrorCode::Authentication,
                account.lockedUntil && *account.lockedUntil < kLockedForeverMs
                    ? tr("This account is locked until %1 after too many failed attempts. An "
                         "administrator can unlock it sooner.")
                          .arg(localTime(*account.lockedUntil))
                    : tr("This account was locked by an administrator; ask them to unlock it."),
                u"badge_no"_s,
                {}};
    case Check::Disabled:
        return {ErrorCode::Authentication,
                tr("This account is disabled; ask an administrator."),
                u"badge_no"_s,
                {}};
    case Check::WrongPassword:
    case Check::Accepted:
        break;
    }
    return {ErrorCode::Authentication,
            tr("The badge number or the password is wrong."),
            u"password"_s,
            {}};
}

Result<Account> AccountService::login(const QString &badgeNo, const Secret &password) {
    auto found = AccountRepository(m_context.database).findByBadge(badgeNo.trimmed());
    SD_RETURN_IF_ERROR(found);
    if (!found.value()) {
        (void)m_hasher.verify(dummyHash(), password);
        const QString typed = badgeNo.trimmed().left(20);
        (void)m_context.audit.recordAs(
            typed, u"none"_s, {u"login"_s, u"account"_s, typed, u"failure"_s, u"unknown badge"_s});
        return authenticationError(Check::WrongPassword, {});
    }
    Account account = found.value().value();
    auto check = checkCredentials(found.value().value(), password, account);
    SD_RETURN_IF_ERROR(check);
    if (check.value() != Check::Accepted) {
        return authenticationError(check.value(), account);
    }
    m_session.setActor({account.displayName(), QSysInfo::machineHostName(), account.role,
                        account.id, account.badgeNo, account.personId});
    return account;
}

void AccountService::logout() {
    if (m_session.isLoggedIn()) {
        (void)m_context.audit.record(
            {u"logout"_s, u"account"_s, m_session.actor().badgeNo, u"success"_s, {}});
    }
    m_session.setActor(Session::localUser());
}

Status AccountService::confirmPassword(const Secret &password) {
    if (!m_session.isLoggedIn()) {
        return Error{ErrorCode::Authentication, tr("Nobody is logged in."), {}, {}};
    }
    auto account = AccountRepository(m_context.database).find(m_session.actor().accountId);
    SD_RETURN_IF_ERROR(account);
    Account updated = account.value();
    auto check = checkCredentials(account.value(), password, updated);
    SD_RETURN_IF_ERROR(check);
    if (check.value() != Check::Accepted) {
        return authenticationError(check.value(), updated);
    }
    return {};
}

Status AccountService::changeOwnPassword(const Secret &current, const Secret &next) {
    if (Status confirmed = confirmPassword(current); !confirmed) {
        Error error = confirmed.error();
        error.field = u"current_password"_s;
        return error;
    }
    if (next.utf8() == current.utf8()) {
        return Error::validation(u"password"_s,
                                 tr("The new password must differ from the old one."));
    }
    auto hash = hashNewPassword(next);
    SD_RETURN_IF_ERROR(hash);
    const Actor actor = m_session.actor();
    return inTransaction(m_context.database, [&]() -> Status {
        if (Status saved = AccountRepository(m_context.database)
                               .setPasswordHash(actor.accountId, hash.value(),
                                                m_context.clock.nowMs(), actor.name);
            !saved) {
            return saved;
        }
        return m_context.audit.append(
            {u"password.change"_s, u"account"_s, actor.badgeNo, u"success"_s, {}});
    });
}

Status AccountService::changeAccount(const QString &badgeNo, const QString &action,
                                     const std::function<Status(const Account &)> &apply,
                                     bool mayRemoveAdmin) {
    if (Status allowed =
            m_context.access.require(Permission::ManageAccounts, u"account"_s, badgeNo);
        !allowed) {
        return allowed;
    }
    return inTransaction(m_context.database, [&]() -> Status {
        const AccountRepository accounts(m_context.database);
        auto found = accounts.findByBadge(badgeNo.trimmed());
        SD_RETURN_IF_ERROR(found);
        if (!found.value()) {
            return Error::validation(u"badge_no"_s,
                                     tr("There is no account for badge number %1.").arg(badgeNo));
        }
        const Account &account = *found.value();
        if (!mayRemoveAdmin && account.role == Role::Admin && !account.disabled) {
            auto admins = accounts.countUsableAdmins();
            SD_RETURN_IF_ERROR(admins);
            if (admins.value() <= 1) {
                return Error::validation(u"badge_no"_s,
                                         tr("%1 is the last administrator. Make someone else an "
                                            "administrator first.")
                                             .arg(account.displayName()));
            }
        }
        if (Status applied = apply(account); !applied) {
            return applied;
        }
        return m_context.audit.append({action, u"account"_s, account.badgeNo, u"success"_s, {}});
    });
}

Status AccountService::resetPassword(const QString &badgeNo, const Secret &password) {
    auto hash = hashNewPassword(password);
    SD_RETURN_IF_ERROR(hash);
    return changeAccount(
        badgeNo, u"password.reset"_s,
        [&](const Account &account) {
            return AccountRepository(m_context.database)
                .setPasswordHash(account.id, hash.value(), m_context.clock.nowMs(),
                                 m_session.actor().name);
        },
        true);
}

Status AccountService::setRole(const QString &badgeNo, Role role) {
    if (role == Role::System) {
        return Error::validation(u"role"_s, tr("The command-line operator is not a login role."));
    }
    return changeAccount(
        badgeNo, u"account.role:"_s + toKey(role),
        [&](const Account &account) {
            return AccountRepository(m_context.database)
                .setRole(account.id, role, m_context.clock.nowMs(), m_session.actor().name);
        },
        role == Role::Admin);
}

Status AccountService::lock(const QString &badgeNo) {
    return changeAccount(
        badgeNo, u"account.lock"_s,
        [&](const Account &account) {
            return AccountRepository(m_context.database).lockUntil(account.id, kLockedForeverMs);
        },
        false);
}

Status AccountService::unlock(const QString &badgeNo) {
    return changeAccount(
        badgeNo, u"account.unlock"_s,
        [&](const Account &account) {
            return AccountRepository(m_context.database)
                .clearLock(account.id, m_context.clock.nowMs(), m_session.actor().name);
        },
        true);
}

Status AccountService::disable(const QString &badgeNo) {
    return changeAccount(
        badgeNo, u"account.disable"_s,
        [&](const Account &account) {
            return AccountRepository(m_context.database)
                .setDisabled(account.id, true, m_context.clock.nowMs(), m_session.actor().name);
        },
        false);
}

Status AccountService::enable(const QString &badgeNo) {
    return changeAccount(
        badgeNo, u"account.enable"_s,
        [&](const Account &account) {
            return AccountRepository(m_context.database)
                .setDisabled(account.id, false, m_context.clock.nowMs(), m_session.actor().name);
        },
        true);
}

} // namespace sd
