#include "core/demo/AlertGenerator.h"

#include "core/frontdesk/AlertRules.h"
#include "core/organisation/ContactValidator.h"

#include <QDateTime>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
const QTimeZone kZone(QByteArrayLiteral("Asia/Shanghai"));
const qint64 kEnd = QDateTime(QDate(2026, 7, 1), QTime(0, 0), kZone).toMSecsSinceEpoch();

AlertGenerator generator(quint32 seed) {
    return AlertGenerator(seed, kEnd, 3, {11, 12, 13}, {21, 22, 23, 24}, kZone);
}

bool same(const Alert &a, const Alert &b) {
    return a.receivedAt == b.receivedAt && a.source == b.source && a.category == b.category &&
           a.preventable == b.preventable && a.areaId == b.areaId && a.location == b.location &&
           a.callerName == b.callerName && a.callerPhone == b.callerPhone &&
           a.summary == b.summary && a.status == b.status && a.officerIds == b.officerIds;
}
} // namespace

TEST(AlertGeneratorTest, TheSameSeedGivesTheSameAlertsAndAnotherSeedOthers) {
    const AlertGenerator one = generator(5);
    const AlertGenerator again = generator(5);
    const AlertGenerator other = generator(6);
    int differ = 0;
    for (qint64 i = 0; i < 500; ++i) {
        EXPECT_TRUE(same(one.generate(i, 500), again.generate(i, 500))) << i;
        differ += same(one.generate(i, 500), other.generate(i, 500)) ? 0 : 1;
    }
    EXPECT_GT(differ, 490);
}

TEST(AlertGeneratorTest, AlertsAreValidInOrderOfReceiptAndShapedLikeAStation) {
    const AlertGenerator alerts = generator(1);
    constexpr qint64 kCount = 20000;
    qint64 previous = 0;
    int night = 0;
    int evening = 0;
    int summer = 0;
    int winter = 0;
    int criminal = 0;
    int disputes = 0;
    int preventable = 0;
    int english = 0;
    for (qint64 i = 0; i < kCount; ++i) {
        const Alert alert = alerts.generate(i, kCount);
        ASSERT_GE(alert.receivedAt, previous) << i;
        previous = alert.receivedAt;
        ASSERT_GE(alert.receivedAt, alerts.startUtcMs());
        ASSERT_LT(alert.receivedAt, kEnd);
        ASSERT_TRUE(AlertRules::problems(alert, kEnd).isEmpty()) << i;
        if (!alert.callerPhone.isEmpty()) {
            ASSERT_TRUE(ContactValidator::isValidPhone(alert.callerPhone))
                << alert.callerPhone.toStdString();
            ASSERT_EQ(alert.callerPhone.size(), 11);
        }
        ASSERT_LE(alert.officerIds.size(), 2);
        ASSERT_TRUE(alert.areaId.has_value());
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(alert.receivedAt, kZone);
        const int hour = local.time().hour();
        night += hour >= 2 && hour < 5 ? 1 : 0;
        evening += hour >= 19 && hour < 22 ? 1 : 0;
        const int month = local.date().month();
        summer += month == 7 || month == 8 ? 1 : 0;
        winter += month == 12 || month == 1 ? 1 : 0;
        criminal += alert.category == AlertCategory::Criminal ? 1 : 0;
        disputes += alert.category == AlertCategory::Dispute ? 1 : 0;
        preventable += alert.preventable ? 1 : 0;
        english += alert.summary.at(0).unicode() < 0x80 ? 1 : 0;
    }
    EXPECT_GT(evening, 3 * night);
    EXPECT_GT(summer, winter * 5 / 4);
    EXPECT_GT(disputes, 4 * criminal);
    EXPECT_NEAR(preventable, kCount * 0.3, kCount * 0.03);
    EXPECT_GT(english, kCount / 20);
    EXPECT_LT(english, kCount / 5);
}

TEST(AlertGeneratorTest, YearWeightsShowADecline) {
    AlertGenerator alerts = generator(2);
    alerts.setYearWeights({1.0, 0.8, 0.6});
    constexpr qint64 kCount = 12000;
    constexpr qint64 kYearMs = 365LL * 24 * 60 * 60 * 1000;
    QList<int> perYear(3, 0);
    for (qint64 i = 0; i < kCount; ++i) {
        const qint64 at = alerts.generate(i, kCount).receivedAt;
        ++perYear[static_cast<qsizetype>((at - alerts.startUtcMs()) / kYearMs)];
    }
    EXPECT_GT(perYear[0], perYear[1]);
    EXPECT_GT(perYear[1], perYear[2]);
    EXPECT_NEAR(double(perYear[2]) / perYear[0], 0.6, 0.05);
}

TEST(AlertGeneratorTest, RecentAlertsAreSometimesOpenOldOnesNever) {
    const AlertGenerator alerts = generator(3);
    constexpr qint64 kCount = 50000;
    int openOld = 0;
    int openRecent = 0;
    for (qint64 i = 0; i < kCount; ++i) {
        const Alert alert = alerts.generate(i, kCount);
        const bool open = alert.status == AlertStatus::Open || alert.status == AlertStatus::OnScene;
        (kEnd - alert.receivedAt > 30LL * 24 * 60 * 60 * 1000 ? openOld : openRecent) +=
            open ? 1 : 0;
    }
    EXPECT_EQ(openOld, 0);
    EXPECT_GT(openRecent, 0);
}

} // namespace sd::test
