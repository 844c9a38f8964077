#include "StationCtlFixture.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

const QString kNewBadge = u"031041"_s; // 蒋伟, a demo person without an account
const QString kAdminBadge = u"031034"_s;
const QByteArray kGoodPassword = QByteArrayLiteral("Station-Desk-Pass-41");

const QStringList kAccountKeys = {
    u"badge_no"_s,     u"name"_s,     u"role"_s,          u"locked"_s,
    u"locked_until"_s, u"disabled"_s, u"last_login_at"_s, u"password_changed_at"_s};

} // namespace

// stationctl user … on both engines, in this process (one test runs the real executable).
class UserCommandTest : public StationCtlFixture {
protected:
    // The account's row in user list --format json, or an empty object.
    QJsonObject account(const QString &badge) {
        for (const QJsonValue &value : jsonOf({u"user"_s, u"list"_s})) {
            if (value.toObject().value(u"badge_no"_s).toString() == badge) {
                return value.toObject();
            }
        }
        return {};
    }

    void expectRun(const QStringList &arguments, int exitCode, const QByteArray &input = {}) {
        const CtlRun run = ctlWithInput(arguments, input);
        EXPECT_EQ(run.exitCode, exitCode) << describe(run);
    }

    // Logs in through the core, as the GUI would; true when the password is accepted.
    bool canLogIn(const QString &badge, const QByteArray &password) {
        auto app = openApp();
        return app && app->accounts().login(badge, Secret::fromUtf8(password)).ok();
    }
};

// The real program reads the password from its own standard input (a pipe, as from
// `< password.txt`), never from the command line, and the login then works.
TEST_P(UserCommandTest, TheProgramReadsThePasswordFromItsStandardInput) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun added = runStationCtlWithInput(testDatabase().urlText(),
                                                {u"user"_s, u"add"_s, u"--badge"_s, kNewBadge,
                                                 u"--role"_s, u"officer"_s, u"--password-stdin"_s},
                                                kGoodPassword + '\n');
    ASSERT_EQ(added.exitCode, 0) << describe(added);
    EXPECT_FALSE(added.out.contains(QString::fromUtf8(kGoodPassword)));
    EXPECT_TRUE(canLogIn(kNewBadge, kGoodPassword));
    const CtlRun empty = runStationCtlWithInput(
        testDatabase().urlText(),
        {u"user"_s, u"passwd"_s, u"--badge"_s, kNewBadge, u"--password-stdin"_s}, {});
    EXPECT_EQ(empty.exitCode, 1) << describe(empty);
    EXPECT_TRUE(canLogIn(kNewBadge, kGoodPassword));
}

TEST_P(UserCommandTest, DemoHasOneAccountPerRoleWithTheDocumentedKeys) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray accounts = jsonOf({u"user"_s, u"list"_s});
    ASSERT_EQ(accounts.size(), 5);
    QStringList roles;
    for (const QJsonValue &value : accounts) {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        keys.sort();
        QStringList expected = kAccountKeys;
        expected.sort();
        EXPECT_EQ(keys, expected);
        EXPECT_TRUE(object.value(u"locked"_s).isBool());
        EXPECT_TRUE(object.value(u"disabled"_s).isBool());
        EXPECT_TRUE(object.value(u"locked_until"_s).isNull());
        // The demo's duty officer confirmed their password to sign the demo's records.
        const bool signedRecords = object.value(u"role"_s).toString() == u"officer"_s;
        EXPECT_EQ(object.value(u"last_login_at"_s).isNull(), !signedRecords);
        EXPECT_TRUE(object.value(u"password_changed_at"_s).isString());
        roles << object.value(u"role"_s).toString();
    }
    roles.sort();
    EXPECT_EQ(roles, QStringList({u"admin"_s, u"chief"_s, u"instructor"_s, u"officer"_s,
                                  u"squad_leader"_s}));
}

TEST_P(UserCommandTest, AddLockUnlockDisableEnablePasswdAndRoleRoundTrip) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun added = ctlWithInput({u"user"_s, u"add"_s, u"--badge"_s, kNewBadge, u"--role"_s,
                                       u"officer"_s, u"--password-stdin"_s},
                                      kGoodPassword + '\n');
    ASSERT_EQ(added.exitCode, 0) << describe(added);
    // The password is never echoed, nor written to the audit log.
    EXPECT_FALSE(added.out.contains(QString::fromUtf8(kGoodPassword)));
    EXPECT_FALSE(added.err.contains(QString::fromUtf8(kGoodPassword)));
    const CtlRun audit = ctl({u"audit"_s, u"list"_s, u"--format"_s, u"csv"_s});
    EXPECT_FALSE(audit.out.contains(QString::fromUtf8(kGoodPassword)));

    QJsonObject row = account(kNewBadge);
    EXPECT_EQ(row.value(u"name"_s).toString(), u"蒋伟"_s);
    EXPECT_EQ(row.value(u"role"_s).toString(), u"officer"_s);
    EXPECT_FALSE(row.value(u"locked"_s).toBool());
    EXPECT_TRUE(canLogIn(kNewBadge, kGoodPassword));

    expectRun({u"user"_s, u"lock"_s, u"--badge"_s, kNewBadge}, 0);
    row = account(kNewBadge);
    EXPECT_TRUE(row.value(u"locked"_s).toBool());
    EXPECT_TRUE(row.value(u"locked_until"_s).isString());
    EXPECT_FALSE(canLogIn(kNewBadge, kGoodPassword));

    expectRun({u"user"_s, u"unlock"_s, u"--badge"_s, kNewBadge}, 0);
    row = account(kNewBadge);
    EXPECT_FALSE(row.value(u"locked"_s).toBool());
    EXPECT_TRUE(row.value(u"locked_until"_s).isNull());
    EXPECT_TRUE(canLogIn(kNewBadge, kGoodPassword));
    EXPECT_TRUE(account(kNewBadge).value(u"last_login_at"_s).isString());

    expectRun({u"user"_s, u"disable"_s, u"--badge"_s, kNewBadge}, 0);
    EXPECT_TRUE(account(kNewBadge).value(u"disabled"_s).toBool());
    EXPECT_FALSE(canLogIn(kNewBadge, kGoodPassword));
    expectRun({u"user"_s, u"enable"_s, u"--badge"_s, kNewBadge}, 0);
    EXPECT_FALSE(account(kNewBadge).value(u"disabled"_s).toBool());

    // CRLF line ends, as from a file written on Windows, are not part of the password.
    const QByteArray next = QByteArrayLiteral("Another-Station-Pass-42");
    expectRun({u"user"_s, u"passwd"_s, u"--badge"_s, kNewBadge, u"--password-stdin"_s}, 0,
              next + "\r\nignored second line\n");
    EXPECT_FALSE(canLogIn(kNewBadge, kGoodPassword));
    EXPECT_TRUE(canLogIn(kNewBadge, next));

    expectRun({u"user"_s, u"role"_s, u"--badge"_s, kNewBadge, u"--role"_s, u"squad_leader"_s}, 0);
    EXPECT_EQ(account(kNewBadge).value(u"role"_s).toString(), u"squad_leader"_s);

    const QJsonArray changes =
        jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"account."_s, u"--user"_s, u"@"_s});
    QStringList actions;
    for (const QJsonValue &value : changes) {
        if (value.toObject().value(u"object_id"_s).toString() == kNewBadge) {
            actions << value.toObject().value(u"action"_s).toString();
            EXPECT_EQ(value.toObject().value(u"role"_s).toString(), u"system"_s);
        }
    }
    EXPECT_EQ(actions, QStringList({u"account.create"_s, u"account.lock"_s, u"account.unlock"_s,
                                    u"account.disable"_s, u"account.enable"_s,
                                    u"account.role:squad_leader"_s}));
}

TEST_P(UserCommandTest, UnknownRoleIsAUsageErrorListingTheRoles) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    for (const QString &role : {u"boss"_s, u"system"_s}) {
        const CtlRun run = ctlWithInput({u"user"_s, u"add"_s, u"--badge"_s, kNewBadge, u"--role"_s,
                                         role, u"--password-stdin"_s},
                                        kGoodPassword + '\n');
        EXPECT_EQ(run.exitCode, 2) << describe(run);
        EXPECT_TRUE(run.err.contains(u"officer, squad_leader, instructor, chief, admin"_s))
            << describe(run);
    }
    const CtlRun role =
        ctl({u"user"_s, u"role"_s, u"--badge"_s, kAdminBadge, u"--role"_s, u"root"_s});
    EXPECT_EQ(role.exitCode, 2) << describe(role);
    EXPECT_TRUE(account(kNewBadge).isEmpty());
}

TEST_P(UserCommandTest, WeakOrMissingPasswordsAddNothing) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QStringList add = {u"user"_s,   u"add"_s,     u"--badge"_s,         kNewBadge,
                             u"--role"_s, u"officer"_s, u"--password-stdin"_s};
    for (const QByteArray &weak :
         {QByteArrayLiteral("short1\n"), QByteArrayLiteral("password\n"), QByteArray()}) {
        const CtlRun run = ctlWithInput(add, weak);
        EXPECT_EQ(run.exitCode, 1) << describe(run);
        EXPECT_TRUE(run.out.isEmpty()) << describe(run);
        EXPECT_TRUE(run.err.startsWith(u"stationctl: "_s)) << describe(run);
    }
    // Never from the command line: without --password-stdin it is a usage error, and an
    // option carrying the password does not exist.
    expectRun(add.first(6), 2, kGoodPassword + '\n');
    expectRun(add.first(6) + QStringList{u"--password"_s, QString::fromUtf8(kGoodPassword)}, 2);
    EXPECT_TRUE(account(kNewBadge).isEmpty());
}

TEST_P(UserCommandTest, UnknownBadgeFails) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    for (const QString &action : {u"lock"_s, u"unlock"_s, u"disable"_s, u"enable"_s}) {
        const CtlRun run = ctl({u"user"_s, action, u"--badge"_s, u"999999"_s});
        EXPECT_EQ(run.exitCode, 1) << describe(run);
        EXPECT_TRUE(run.err.contains(u"999999"_s)) << describe(run);
    }
    expectRun({u"user"_s, u"passwd"_s, u"--badge"_s, u"999999"_s, u"--password-stdin"_s}, 1,
              kGoodPassword + '\n');
    // A person without an account, and a badge that is nobody's.
    expectRun({u"user"_s, u"lock"_s, u"--badge"_s, kNewBadge}, 1);
    expectRun({u"user"_s, u"add"_s, u"--badge"_s, u"999999"_s, u"--role"_s, u"officer"_s,
               u"--password-stdin"_s},
              1, kGoodPassword + '\n');
    expectRun({u"user"_s, u"lock"_s}, 2); // --badge is required
}

TEST_P(UserCommandTest, TheLastAdministratorCannotBeRemoved) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    for (const QStringList &removal : {QStringList{u"disable"_s}, QStringList{u"lock"_s},
                                       QStringList{u"role"_s, u"--role"_s, u"officer"_s}}) {
        const CtlRun run =
            ctl(QStringList{u"user"_s} + removal + QStringList{u"--badge"_s, kAdminBadge});
        EXPECT_EQ(run.exitCode, 1) << describe(run);
        EXPECT_TRUE(run.err.contains(u"last administrator"_s)) << describe(run);
    }
    QJsonObject admin = account(kAdminBadge);
    EXPECT_EQ(admin.value(u"role"_s).toString(), u"admin"_s);
    EXPECT_FALSE(admin.value(u"disabled"_s).toBool());
    EXPECT_FALSE(admin.value(u"locked"_s).toBool());

    // With a second administrator the first may go.
    expectRun({u"user"_s, u"role"_s, u"--badge"_s, u"031001"_s, u"--role"_s, u"admin"_s}, 0);
    expectRun({u"user"_s, u"disable"_s, u"--badge"_s, kAdminBadge}, 0);
    expectRun({u"user"_s, u"disable"_s, u"--badge"_s, u"031001"_s}, 1);
}

SD_INSTANTIATE_ENGINES(UserCommandTest);

} // namespace sd::test
