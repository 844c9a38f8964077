#pragma once

#include "core/accounts/Account.h"
#include "core/kernel/ServiceContext.h"
#include "core/kernel/common/Clock.h"
#include "core/kernel/common/Result.h"
#include "core/kernel/security/AccessControl.h"
#include "core/kernel/security/AuditLog.h"
#include "core/kernel/security/PasswordHasher.h"
#include "core/kernel/security/Secret.h"
#include "core/kernel/security/Session.h"
#include "core/kernel/settings/StationSettings.h"
#include "core/kernel/storage/Database.h"
#include "core/organisation/Person.h"

namespace sd {

// Accounts, logins and the lockout rule. Every management method needs the
// ManageAccounts permission; login and the first-admin bootstrap need none.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(sd::AccountService)

public:
    // session is the context's own, writable: signing in and out is this service's job.
    AccountService(const ServiceContext &context, Session &session, const StationSettings &settings,
                   PasswordHasher hasher = PasswordHasher())
        : m_context(context)
        , m_session(session)
        , m_settings(settings)
        , m_hasher(hasher) {}

    // True once an enabled admin account of an active person exists.
    Result<bool> hasAdmin() const;
    // Only while hasAdmin() is false: the GUI's first-run step.
    Result<Account> createFirstAdmin(const QString &badgeNo, const Secret &password);

    Result<Account> addAccount(const QString &badgeNo, Role role, const Secret &password);
    Result<QList<Account>> accounts() const;

    // On success the session becomes this account. Every failure is the same
    // Authentication error, except that a locked or disabled account says so to
    // someone who gave its correct password.
    Result<Account> login(const QString &badgeNo, const Secret &password);
    void logout();
    // Asks the logged-in user for their password again (lock screen, signing); failures
    // count towards the lockout like login failures.
    Status confirmPassword(const Secret &password);

    Status changeOwnPassword(const Secret &current, const Secret &next);
    Status resetPassword(const QString &badgeNo, const Secret &password);
    Status setRole(const QString &badgeNo, Role role);
    Status lock(const QString &badgeNo);
    Status unlock(const QString &badgeNo);
    Status disable(const QString &badgeNo);
    Status enable(const QString &badgeNo);

private:
    enum class Check { Accepted, WrongPassword, Locked, Disabled };
    Result<Check> checkCredentials(const Account &account, const Secret &password,
                                   Account &updated);
    Error authenticationError(Check check, const Account &account) const;
    Status changeAccount(const QString &badgeNo, const QString &action,
                         const std::function<Status(const Account &)> &apply, bool mayRemoveAdmin);
    Status checkPassword(const Secret &password) const;
    Result<QString> hashNewPassword(const Secret &password) const; // policy, then Argon2id
    Result<Person> activePerson(const QString &badgeNo) const;

    const ServiceContext m_context;
    Session &m_session;
    const StationSettings &m_settings;
    PasswordHasher m_hasher;
};

} // namespace sd
