#include "StationCtlFixture.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::test {

// stationctl settings and seed, on both engines through the real executable.
class SeedAndSettingsCommandTest : public StationCtlFixture {
protected:
    QJsonObject setting(const QString &name) {
        for (const QJsonValue &value : jsonOf({u"settings"_s, u"list"_s})) {
            if (value.toObject().value(u"name"_s).toString() == name) {
                return value.toObject();
            }
        }
        return {};
    }
};

TEST_P(SeedAndSettingsCommandTest, ASettingChangeIsStoredRangeCheckedAndAudited) {
    buildDemo();
    EXPECT_EQ(setting(u"idle_lock_minutes"_s).value(u"value"_s).toInt(), 10);
    const CtlRun tooLong = ctl({u"settings"_s, u"set"_s, u"idle_lock_minutes"_s, u"45"_s});
    EXPECT_EQ(tooLong.exitCode, 1) << describe(tooLong);
    EXPECT_TRUE(tooLong.err.contains(u"between 1 and 30"_s)) << describe(tooLong);
    EXPECT_EQ(setting(u"idle_lock_minutes"_s).value(u"value"_s).toInt(), 10);

    const CtlRun ok = ctl({u"settings"_s, u"set"_s, u"idle_lock_minutes"_s, u"20"_s});
    EXPECT_EQ(ok.exitCode, 0) << describe(ok);
    EXPECT_EQ(setting(u"idle_lock_minutes"_s).value(u"value"_s).toInt(), 20);
    const QJsonArray changes = jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"setting.change"_s});
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).toObject().value(u"details"_s).toString(), u"10 -> 20"_s);

    EXPECT_EQ(ctl({u"settings"_s, u"set"_s, u"colour"_s, u"1"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"settings"_s, u"set"_s, u"lockout_minutes"_s, u"ten"_s}).exitCode, 2);
}

TEST_P(SeedAndSettingsCommandTest, SeededAuditRowsAreMarkedSyntheticAndKeepTheChainIntact) {
    buildDemo();
    const CtlRun seeded = ctl({u"seed"_s, u"--audit-rows"_s, u"3000"_s, u"--seed"_s, u"7"_s});
    ASSERT_EQ(seeded.exitCode, 0) << describe(seeded);
    const QJsonArray marker = jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"seed.audit"_s});
    ASSERT_EQ(marker.size(), 1);
    EXPECT_TRUE(marker.at(0).toObject().value(u"details"_s).toString().contains(u"synthetic"_s));
    const CtlRun verify = ctl({u"audit"_s, u"verify"_s});
    EXPECT_EQ(verify.exitCode, 0) << describe(verify);
    EXPECT_TRUE(verify.out.contains(u"intact"_s)) << describe(verify);
    EXPECT_EQ(ctl({u"seed"_s, u"--audit-rows"_s, u"-5"_s}).exitCode, 2);
}

SD_INSTANTIATE_ENGINES(SeedAndSettingsCommandTest);

} // namespace sd::test
