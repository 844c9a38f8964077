#include "StationCtlFixture.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sd::test {

// stationctl duty: the pattern and the roster planned, copied and swapped through the real
// executable on the demo station, both engines. The weeks are in 2030, after the demo's.
class DutyCommandTest : public StationCtlFixture {
protected:
    void SetUp() override {
        StationCtlFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_NO_FATAL_FAILURE(buildDemo());
    }
    // The shifts dated from..to as "date shift leader officers auxiliaries" lines.
    QStringList roster(const QString &from, const QString &to) {
        QStringList lines;
        const QJsonArray rows =
            jsonOf({u"duty"_s, u"roster"_s, u"list"_s, u"--from"_s, from, u"--to"_s, to});
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            QStringList fields;
            for (const char *key : {"date", "shift", "leader", "officers", "auxiliaries"}) {
                fields << row.value(QLatin1String(key)).toString();
            }
            lines << fields.join(u'|');
        }
        return lines;
    }
};

TEST_P(DutyCommandTest, ThePatternIsShownCheckedAndSet) {
    const CtlRun shown = ctl({u"duty"_s, u"pattern"_s});
    ASSERT_EQ(shown.exitCode, 0) << describe(shown);
    EXPECT_EQ(shown.out.trimmed(), u"duty=08:30+24:00"_s);
    const CtlRun gap = ctl({u"duty"_s, u"pattern"_s, u"day=08:30+11:00,night=20:30+12:00"_s});
    EXPECT_EQ(gap.exitCode, 1) << describe(gap);
    EXPECT_FALSE(gap.err.isEmpty());
    EXPECT_EQ(ctl({u"duty"_s, u"pattern"_s}).out.trimmed(), u"duty=08:30+24:00"_s)
        << "a refused pattern leaves the stored one";
    const CtlRun set = ctl({u"duty"_s, u"pattern"_s, u"day=08:30+12:00,night=20:30+12:00"_s});
    ASSERT_EQ(set.exitCode, 0) << describe(set);
    EXPECT_EQ(ctl({u"duty"_s, u"pattern"_s}).out.trimmed(), u"day=08:30+12:00,night=20:30+12:00"_s);
}

TEST_P(DutyCommandTest, ShiftsArePlannedCopiedAndSwappedAndBadInputStoresNothing) {
    const QStringList monday{u"duty"_s, u"roster"_s, u"set"_s, u"2030-01-07"_s, u"duty"_s};
    const CtlRun set = ctl(monday + QStringList{u"--leader"_s, u"031001"_s, u"--officer"_s,
                                                u"031031"_s, u"--auxiliary"_s, u"031041"_s});
    ASSERT_EQ(set.exitCode, 0) << describe(set);
    EXPECT_EQ(roster(u"2030-01-07"_s, u"2030-01-13"_s),
              QStringList{u"2030-01-07|duty|031001|031031|031041"_s});

    // An unknown badge, and no leader: refused, naming what, and nothing changes.
    const CtlRun unknown =
        ctl(monday + QStringList{u"--leader"_s, u"031001"_s, u"--officer"_s, u"999999"_s});
    EXPECT_EQ(unknown.exitCode, 1) << describe(unknown);
    EXPECT_TRUE(unknown.err.contains(u"999999"_s)) << describe(unknown);
    const CtlRun leaderless = ctl(monday + QStringList{u"--officer"_s, u"031032"_s});
    EXPECT_EQ(leaderless.exitCode, 1) << describe(leaderless);
    EXPECT_EQ(roster(u"2030-01-07"_s, u"2030-01-13"_s),
              QStringList{u"2030-01-07|duty|031001|031031|031041"_s});

    // Copy the week; a second copy onto a planned week is refused unless --replace.
    const CtlRun copied =
        ctl({u"duty"_s, u"roster"_s, u"copy"_s, u"2030-01-07"_s, u"2030-01-14"_s});
    ASSERT_EQ(copied.exitCode, 0) << describe(copied);
    EXPECT_EQ(roster(u"2030-01-14"_s, u"2030-01-20"_s),
              QStringList{u"2030-01-14|duty|031001|031031|031041"_s});
    const CtlRun again = ctl({u"duty"_s, u"roster"_s, u"copy"_s, u"2030-01-07"_s, u"2030-01-14"_s});
    EXPECT_EQ(again.exitCode, 1) << describe(again);
    EXPECT_TRUE(again.err.contains(u"2030-01-14"_s)) << describe(again);
    EXPECT_EQ(
        ctl({u"duty"_s, u"roster"_s, u"copy"_s, u"2030-01-07"_s, u"2030-01-14"_s, u"--replace"_s})
            .exitCode,
        0);

    // A swap needs its reason; then 031032 takes 031031's place.
    const QStringList swap{u"duty"_s, u"roster"_s, u"swap"_s,  u"2030-01-07"_s,
                           u"duty"_s, u"031031"_s, u"031032"_s};
    const CtlRun noReason = ctl(swap);
    EXPECT_NE(noReason.exitCode, 0) << describe(noReason);
    const CtlRun swapped = ctl(swap + QStringList{u"--reason"_s, u"病假"_s});
    ASSERT_EQ(swapped.exitCode, 0) << describe(swapped);
    EXPECT_EQ(roster(u"2030-01-07"_s, u"2030-01-07"_s),
              QStringList{u"2030-01-07|duty|031001|031032|031041"_s});

    // An exchange between the weeks puts each back where the other was.
    const CtlRun exchanged =
        ctl({u"duty"_s, u"roster"_s, u"exchange"_s, u"2030-01-07"_s, u"duty"_s, u"031032"_s,
             u"2030-01-14"_s, u"duty"_s, u"031031"_s, u"--reason"_s, u"调休"_s});
    ASSERT_EQ(exchanged.exitCode, 0) << describe(exchanged);
    EXPECT_EQ(roster(u"2030-01-07"_s, u"2030-01-20"_s),
              (QStringList{u"2030-01-07|duty|031001|031031|031041"_s,
                           u"2030-01-14|duty|031001|031032|031041"_s}));

    // Someone's next duties in date order (the demo's roster around today comes first),
    // and the count checked.
    QStringList dates;
    for (const QJsonValue &row :
         jsonOf({u"duty"_s, u"roster"_s, u"next"_s, u"031001"_s, u"--count"_s, u"100"_s})) {
        dates << row.toObject().value(u"date"_s).toString();
    }
    ASSERT_GE(dates.size(), 2);
    EXPECT_EQ(dates.mid(dates.size() - 2), (QStringList{u"2030-01-07"_s, u"2030-01-14"_s}));
    QStringList sorted = dates;
    sorted.sort();
    EXPECT_EQ(dates, sorted);
    EXPECT_EQ(jsonOf({u"duty"_s, u"roster"_s, u"next"_s, u"031001"_s, u"--count"_s, u"1"_s}).size(),
              1);
    const CtlRun badCount =
        ctl({u"duty"_s, u"roster"_s, u"next"_s, u"031001"_s, u"--count"_s, u"0"_s});
    EXPECT_EQ(badCount.exitCode, 2) << describe(badCount);

    // A date that is not one is a usage error naming it.
    const CtlRun badDate = ctl({u"duty"_s, u"roster"_s, u"list"_s, u"--from"_s, u"2030-13-01"_s});
    EXPECT_EQ(badDate.exitCode, 2) << describe(badDate);
    EXPECT_TRUE(badDate.err.contains(u"2030-13-01"_s)) << describe(badDate);
}

SD_INSTANTIATE_ENGINES(DutyCommandTest);

} // namespace sd::test
