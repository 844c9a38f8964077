#include "EngineTest.h"
#include "core/accounts/AccountRepository.h"
#include "core/kernel/security/PasswordPolicy.h"
#include "core/kernel/storage/Sql.h"

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

namespace {
Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class AccountServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        auto clock = std::make_unique<FixedClock>(sd::test::kFixedNowMs);
        m_clock = clock.get();
        auto app = Application::open(testDatabase().url(), Application::OpenMode::CreateOrMigrate,
                                     std::move(clock));
        ASSERT_TRUE(app.ok());
        m_app = std::move(app.value());
        for (const auto &[badge, name] :
             {std::pair{u"100001"_s, u"管理员甲"_s}, std::pair{u"100002"_s, u"民警乙"_s},
              std::pair{u"100003"_s, u"教导员丙"_s}}) {
            Person person;
            person.badgeNo = badge;
            person.name = name;
            ASSERT_TRUE(m_app->organisation().addPerson(person).ok());
        }
    }
    AccountService &accounts() { return m_app->accounts(); }
    qint64 auditCount(const QString &action, const QString &outcome = u"success"_s) {
        return scalarSql(m_app->database().connection(),
                         u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = ?"_s,
                         {action, outcome})
            ->toLongLong();
    }
    // An admin, an officer and an instructor, with the session logged out again.
    void createStaffAccounts() {
        SD_ASSERT_OK(accounts().createFirstAdmin(u"100001"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(accounts().addAccount(u"100002"_s, Role::Officer, pw("Officer-Front-77")));
        SD_ASSERT_OK(accounts().addAccount(u"100003"_s, Role::Instructor, pw("Instructor-Q3-44")));
    }

    FixedClock *m_clock = nullptr;
    std::unique_ptr<Application> m_app;
};

TEST_P(AccountServiceTest, FirstAdminOnlyWhileThereIsNone) {
    EXPECT_FALSE(*accounts().hasAdmin());
    auto admin = accounts().createFirstAdmin(u"100001"_s, pw("Station-Admin-2026"));
    SD_ASSERT_OK(admin);
    EXPECT_EQ(admin->role, Role::Admin);
    EXPECT_TRUE(admin->passwordHash.startsWith(u"$argon2id$"_s));
    EXPECT_FALSE(admin->passwordHash.contains(u"Station-Admin-2026"_s));
    EXPECT_TRUE(*accounts().hasAdmin());
    auto second = accounts().createFirstAdmin(u"100002"_s, pw("Another-Admin-99"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::PermissionDenied);
}

TEST_P(AccountServiceTest, LoginSetsTheSessionAndIsAudited) {
    createStaffAccounts();
    auto login = accounts().login(u"100002"_s, pw("Officer-Front-77"));
    SD_ASSERT_OK(login);
    EXPECT_EQ(m_app->session().actor().role, Role::Officer);
    EXPECT_EQ(m_app->session().actor().badgeNo, u"100002"_s);
    EXPECT_EQ(auditCount(u"login"_s), 1);
    // The row names who logged in, not whoever had the desk before.
    AuditFilter logins;
    logins.action = u"login"_s;
    const auto rows = m_app->audit().list(logins);
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->first().account, u"民警乙 (100002)"_s);
    EXPECT_EQ(rows->first().role, u"officer"_s);
}

TEST_P(AccountServiceTest, WrongPasswordAndUnknownBadgeGetTheSameAnswer) {
    createStaffAccounts();
    auto wrong = accounts().login(u"100002"_s, pw("not-the-password"));
    auto unknown = accounts().login(u"999999"_s, pw("not-the-password"));
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Authentication);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    EXPECT_EQ(wrong.error().field, unknown.error().field);
    EXPECT_EQ(auditCount(u"login"_s, u"failure"_s), 2);
    EXPECT_FALSE(m_app->session().isLoggedIn());
    AuditFilter failures;
    failures.action = u"login"_s;
    const auto rows = m_app->audit().list(failures); // newest first
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).account, u"999999"_s);
    EXPECT_EQ(rows->at(0).role, u"none"_s);
    EXPECT_EQ(rows->at(1).role, u"officer"_s);
}

TEST_P(AccountServiceTest, FiveFailuresLockForThirtyMinutesEvenForTheRightPassword) {
    createStaffAccounts();
    for (int i = 0; i < 5; ++i) {
        m_clock->advance(kMinute);
        EXPECT_FALSE(accounts().login(u"100002"_s, pw("wrong-guess-000")).ok());
    }
    EXPECT_EQ(auditCount(u"account.lockout"_s), 1);
    m_clock->advance(kMinute);
    auto sixth = accounts().login(u"100002"_s, pw("Officer-Front-77"));
    ASSERT_FALSE(sixth.ok());
    EXPECT_TRUE(sixth.error().message.contains(u"locked"_s)) << sixth.error().message.toStdString();

    // A restart does not reset it: a second Application on the same database agrees.
    auto restarted = Application::open(testDatabase().url(), Application::OpenMode::ExistingOnly,
                                       std::make_unique<FixedClock>(m_clock->nowMs()));
    ASSERT_TRUE(restarted.ok());
    EXPECT_FALSE(restarted.value()->accounts().login(u"100002"_s, pw("Officer-Front-77")).ok());

    m_clock->advance(30 * kMinute);
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("Officer-Front-77")));
}

TEST_P(AccountServiceTest, FailuresSpreadBeyondTheWindowDoNotLock) {
    createStaffAccounts();
    for (int i = 0; i < 8; ++i) {
        m_clock->advance(4 * kMinute); // 4 failures at most in any 15 minutes
        EXPECT_FALSE(accounts().login(u"100002"_s, pw("wrong-guess-000")).ok());
    }
    EXPECT_EQ(auditCount(u"account.lockout"_s), 0);
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("Officer-Front-77")));
}

TEST_P(AccountServiceTest, AnAdminCanUnlockAndOthersCannot) {
    createStaffAccounts();
    for (int i = 0; i < 5; ++i) {
        (void)accounts().login(u"100002"_s, pw("wrong-guess-000"));
    }
    SD_ASSERT_OK(accounts().login(u"100003"_s, pw("Instructor-Q3-44")));
    auto denied = accounts().unlock(u"100002"_s);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(auditCount(u"permission.denied"_s, u"denied"_s), 1);
    SD_ASSERT_OK(accounts().login(u"100001"_s, pw("Station-Admin-2026")));
    SD_ASSERT_OK(accounts().unlock(u"100002"_s));
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("Officer-Front-77")));
}

TEST_P(AccountServiceTest, DisabledAccountsCannotLogIn) {
    createStaffAccounts();
    SD_ASSERT_OK(accounts().login(u"100001"_s, pw("Station-Admin-2026")));
    SD_ASSERT_OK(accounts().disable(u"100002"_s));
    auto login = accounts().login(u"100002"_s, pw("Officer-Front-77"));
    ASSERT_FALSE(login.ok());
    EXPECT_TRUE(login.error().message.contains(u"disabled"_s));
}

TEST_P(AccountServiceTest, TheLastAdminCannotBeRemoved) {
    createStaffAccounts();
    SD_ASSERT_OK(accounts().login(u"100001"_s, pw("Station-Admin-2026")));
    for (const Status &status : {accounts().disable(u"100001"_s), accounts().lock(u"100001"_s),
                                 accounts().setRole(u"100001"_s, Role::Officer)}) {
        ASSERT_FALSE(status.ok());
        EXPECT_TRUE(status.error().message.contains(u"last administrator"_s))
            << status.error().message.toStdString();
    }
    SD_ASSERT_OK(accounts().setRole(u"100003"_s, Role::Admin));
    SD_ASSERT_OK(accounts().setRole(u"100001"_s, Role::Officer)); // now there is another
}

TEST_P(AccountServiceTest, WeakAndCommonPasswordsAreRefusedWithoutAnAccount) {
    SD_ASSERT_OK(accounts().createFirstAdmin(u"100001"_s, pw("Station-Admin-2026")));
    SD_ASSERT_OK(accounts().login(u"100001"_s, pw("Station-Admin-2026")));
    for (const char *weak : {"short", "password1", "iloveyou", "PASSWORD123", "qwertyuiop"}) {
        auto added = accounts().addAccount(u"100002"_s, Role::Officer, pw(weak));
        ASSERT_FALSE(added.ok()) << weak;
        EXPECT_EQ(added.error().field, u"password"_s) << weak;
    }
    EXPECT_FALSE(
        accounts().addAccount(u"100002"_s, Role::Officer, pw(std::string(129, 'k').c_str())).ok());
    SD_ASSERT_OK(accounts().addAccount(u"100002"_s, Role::Officer, pw("值班室的钥匙在抽屉里")));
    EXPECT_GE(PasswordPolicy::commonPasswordCount(), 10000);
}

TEST_P(AccountServiceTest, ChangingYourPasswordNeedsTheOldOne) {
    createStaffAccounts();
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("Officer-Front-77")));
    auto wrongOld = accounts().changeOwnPassword(pw("guess-guess-guess"), pw("New-Desk-Pass-1"));
    ASSERT_FALSE(wrongOld.ok());
    EXPECT_EQ(wrongOld.error().field, u"current_password"_s);
    SD_ASSERT_OK(accounts().changeOwnPassword(pw("Officer-Front-77"), pw("New-Desk-Pass-1")));
    EXPECT_EQ(auditCount(u"password.change"_s), 1);
    accounts().logout();
    EXPECT_FALSE(accounts().login(u"100002"_s, pw("Officer-Front-77")).ok());
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("New-Desk-Pass-1")));
}

TEST_P(AccountServiceTest, RaisedLimitsRehashOnTheNextLogin) {
    createStaffAccounts();
    const QString before =
        AccountRepository(m_app->database()).findByBadge(u"100002"_s)->value().passwordHash;
    PasswordHasher::Limits raised = PasswordHasher::interactive();
    raised.opsLimit += 1;
    AccountService stronger(m_app->context(), m_app->session(), m_app->settings(),
                            PasswordHasher(raised));
    SD_ASSERT_OK(stronger.login(u"100002"_s, pw("Officer-Front-77")));
    const QString after =
        AccountRepository(m_app->database()).findByBadge(u"100002"_s)->value().passwordHash;
    EXPECT_NE(before, after);
    EXPECT_FALSE(PasswordHasher(raised).needsRehash(after));
    EXPECT_TRUE(PasswordHasher(raised).needsRehash(before));
}

TEST_P(AccountServiceTest, PermissionsAreEnforcedInTheCore) {
    createStaffAccounts();
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("Officer-Front-77"))); // an officer
    Person person;
    person.badgeNo = u"100009"_s;
    person.name = u"新人"_s;
    auto edit = m_app->organisation().addPerson(person);
    ASSERT_FALSE(edit.ok());
    EXPECT_EQ(edit.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(accounts().accounts().ok());
    EXPECT_FALSE(accounts().addAccount(u"100009"_s, Role::Admin, pw("Sneaky-Admin-2026")).ok());
    EXPECT_FALSE(m_app->settings().set(SettingKey::IdleLockMinutes, 20).ok());
    EXPECT_FALSE(roleHas(Role::Officer, Permission::ApproveAssessments));
    EXPECT_FALSE(roleHas(Role::Officer, Permission::ReassignOwners));
    EXPECT_FALSE(roleHas(Role::Instructor, Permission::ManageAccounts));
    EXPECT_TRUE(roleHas(Role::Instructor, Permission::ApproveAssessments));
    for (Role role : loginRoles()) {
        EXPECT_EQ(roleHas(role, Permission::ManageAccounts), role == Role::Admin)
            << toKey(role).toStdString();
    }
}

TEST_P(AccountServiceTest, RevealingAnIdentityNumberIsPermittedByRoleAndAudited) {
    createStaffAccounts();
    SD_ASSERT_OK(accounts().login(u"100001"_s, pw("Station-Admin-2026"))); // admin: no
    auto denied = m_app->access().revealPersonalData(u"onscene_record"_s, u"CJ-2026-000001"_s,
                                                     u"id_number"_s);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    SD_ASSERT_OK(accounts().login(u"100002"_s, pw("Officer-Front-77"))); // officer: yes
    SD_ASSERT_OK(m_app->access().revealPersonalData(u"onscene_record"_s, u"CJ-2026-000001"_s,
                                                    u"id_number"_s));
    EXPECT_EQ(auditCount(u"personal_data.reveal"_s), 1);
    EXPECT_EQ(auditCount(u"permission.denied"_s, u"denied"_s), 1);
}

SD_INSTANTIATE_ENGINES(AccountServiceTest);
