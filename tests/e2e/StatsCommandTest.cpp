#include "StationCtlFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
const QByteArray kHeader = "number,received_at,source,category,preventable,area,location,"
                           "caller_name,caller_phone,summary,status\n";

// n alerts of a category on a day of 1999 (a year the demo has none of), at 23:30 in
// Shanghai: 15:30 UTC, so a count by UTC day would agree, but one by UTC hour would not.
QByteArray rows(int n, const char *day, const char *category, const char *status = "open") {
    QByteArray text;
    for (int i = 0; i < n; ++i) {
        text += QByteArray(",1999-") + day + "T23:30:00+08:00,phone," + category + ",0,,,,,统计," +
                status + "\n";
    }
    return text;
}
} // namespace

// stats alerts, summary and verify on an imported file, both engines, against counts
// worked out by hand.
class StatsCommandTest : public StationCtlFixture {
protected:
    void SetUp() override {
        StationCtlFixture::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        ASSERT_NO_FATAL_FAILURE(buildDemo());
        ASSERT_TRUE(m_dir.isValid());
        m_file = m_dir.filePath(u"alerts.csv"_s);
        QFile file(m_file);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kHeader + rows(10, "01-10", "dispute") + rows(12, "02-10", "dispute") +
                   rows(30, "02-11", "criminal", "resolved_on_scene") +
                   rows(2, "03-31", "traffic"));
        file.close();
        const CtlRun imported = ctl({u"import"_s, u"alerts"_s, m_file});
        ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    }

    QStringList keysAndCounts(const QJsonArray &rows) {
        QStringList lines;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            lines << u"%1 %2 %3 %4"_s.arg(row.value(u"key"_s).toString())
                         .arg(row.value(u"count"_s).toInt())
                         .arg(row.value(u"previous"_s).toInt())
                         .arg(row.value(u"flag"_s).toString());
        }
        return lines;
    }

    QTemporaryDir m_dir;
    QString m_file;
};

TEST_P(StatsCommandTest, CountsAnImportedFileExactlyByMonthAndByMonthAndCategory) {
    const QJsonArray months = jsonOf({u"stats"_s, u"alerts"_s, u"--by"_s, u"month"_s, u"--from"_s,
                                      u"1999-01-01"_s, u"--to"_s, u"1999-03-31"_s});
    EXPECT_EQ(keysAndCounts(months), (QStringList{u"1999-01 10 0 rise"_s, u"1999-02 42 10 rise"_s,
                                                  u"1999-03 2 42 fall"_s}));
    ASSERT_EQ(months.size(), 3);
    const QJsonObject february = months.at(1).toObject();
    EXPECT_EQ(february.value(u"change"_s).toInt(), 32);
    EXPECT_DOUBLE_EQ(february.value(u"percent"_s).toDouble(), 320.0);
    EXPECT_DOUBLE_EQ(february.value(u"z"_s).toDouble(), 6.64); // 2(√42 − √10), to 2 places
    const QJsonObject march = months.at(2).toObject();
    EXPECT_TRUE(march.value(u"percent"_s).isNull()); // 2 is too few for a percent

    EXPECT_EQ(keysAndCounts(
                  jsonOf({u"stats"_s, u"alerts"_s, u"--by"_s, u"month"_s, u"--by"_s, u"category"_s,
                          u"--from"_s, u"1999-02-01"_s, u"--to"_s, u"1999-02-28"_s})),
              (QStringList{u"1999-02|criminal 30 0 rise"_s, u"1999-02|dispute 12 10 noise"_s}));
    // Local days: 23:30 in Shanghai is still the 10th.
    EXPECT_EQ(keysAndCounts(jsonOf({u"stats"_s, u"alerts"_s, u"--by"_s, u"hour"_s, u"--from"_s,
                                    u"1999-01-01"_s, u"--to"_s, u"1999-12-31"_s})),
              (QStringList{u"23 54 0 rise"_s}));
    EXPECT_EQ(keysAndCounts(jsonOf({u"stats"_s, u"alerts"_s, u"--category"_s, u"criminal,dispute"_s,
                                    u"--from"_s, u"1999-02-10"_s, u"--to"_s, u"1999-02-10"_s})),
              (QStringList{u" 12 0 rise"_s}));
    const CtlRun table = ctl({u"stats"_s, u"alerts"_s, u"--by"_s, u"category"_s, u"--from"_s,
                              u"1999-02-01"_s, u"--to"_s, u"1999-02-28"_s});
    ASSERT_EQ(table.exitCode, 0) << describe(table);
    EXPECT_TRUE(table.out.contains(u"Criminal"_s)) << describe(table);
    EXPECT_TRUE(table.out.contains(u"Significant rise"_s)) << describe(table);
}

TEST_P(StatsCommandTest, VerifyAgreesAfterImportsAndEditsAndNamesATamperedCount) {
    const CtlRun agreed = ctl({u"stats"_s, u"verify"_s});
    EXPECT_EQ(agreed.exitCode, 0) << describe(agreed);
    // The file's last alert (numbers follow the file's order in a year with none before)
    // moves from March into April.
    const QString traffic = u"JQ-1999-000054"_s;
    const QString edit = m_dir.filePath(u"edit.csv"_s);
    QFile file(edit);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kHeader + traffic.toUtf8() +
               ",1999-04-02T10:00:00+08:00,phone,traffic,0,,,,,统计,open\n");
    file.close();
    const CtlRun updated = ctl({u"import"_s, u"alerts"_s, edit, u"--update"_s});
    ASSERT_EQ(updated.exitCode, 0) << describe(updated);
    EXPECT_EQ(keysAndCounts(jsonOf({u"stats"_s, u"alerts"_s, u"--by"_s, u"month"_s, u"--from"_s,
                                    u"1999-03-01"_s, u"--to"_s, u"1999-04-30"_s})),
              (QStringList{u"1999-03 1 42 fall"_s, u"1999-04 1 1 noise"_s}));
    const CtlRun stillAgreed = ctl({u"stats"_s, u"verify"_s});
    EXPECT_EQ(stillAgreed.exitCode, 0) << describe(stillAgreed);

    runClientSql(u"UPDATE alert_tally SET n = n + 5 WHERE crossing = '' AND day = 19990210;"_s,
                 u"UPDATE alert_tally SET n = n + 5 WHERE crossing = '' AND day = 19990210;"_s);
    const CtlRun tampered = ctl({u"stats"_s, u"verify"_s});
    EXPECT_EQ(tampered.exitCode, 1) << describe(tampered);
    EXPECT_TRUE(tampered.out.contains(u"|19990210|dispute|0||: kept 17, the alerts count 12"_s))
        << describe(tampered);
    EXPECT_TRUE(tampered.err.contains(u"kept alert counts that differ from the alerts: 1"_s))
        << describe(tampered);
}

TEST_P(StatsCommandTest, SummaryGivesTheThreeMeasuresOfTwoDownOneUp) {
    const QJsonArray summary = jsonOf({u"stats"_s, u"summary"_s, u"--year"_s, u"1999"_s});
    ASSERT_EQ(summary.size(), 3);
    const QJsonObject criminal = summary.at(0).toObject();
    EXPECT_EQ(criminal.value(u"measure"_s).toString(), u"criminal_public_order"_s);
    EXPECT_EQ(criminal.value(u"key"_s).toString(), u"1999"_s);
    EXPECT_EQ(criminal.value(u"count"_s).toInt(), 30);
    EXPECT_EQ(criminal.value(u"previous"_s).toInt(), 0);
    EXPECT_EQ(summary.at(1).toObject().value(u"count"_s).toInt(), 0); // none preventable
    EXPECT_EQ(summary.at(2).toObject().value(u"measure"_s).toString(), u"resolved_on_scene"_s);
    EXPECT_EQ(summary.at(2).toObject().value(u"count"_s).toInt(), 30);
}

TEST_P(StatsCommandTest, ARollingWindowCountsTheDaysUpToItsEndAgainstAsManyBefore) {
    // 28 days to 11 February: 15 Jan – 11 Feb holds 12 + 30; the 28 before, the 10 of 10 Jan.
    EXPECT_EQ(keysAndCounts(jsonOf(
                  {u"stats"_s, u"alerts"_s, u"--window"_s, u"28"_s, u"--to"_s, u"1999-02-11"_s})),
              QStringList{u" 42 10 rise"_s});
    EXPECT_EQ(keysAndCounts(jsonOf({u"stats"_s, u"alerts"_s, u"--window"_s, u"28"_s, u"--to"_s,
                                    u"1999-02-11"_s, u"--by"_s, u"category"_s})),
              (QStringList{u"criminal 30 0 rise"_s, u"dispute 12 10 noise"_s}));
    EXPECT_EQ(keysAndCounts(jsonOf(
                  {u"stats"_s, u"alerts"_s, u"--window"_s, u"1"_s, u"--to"_s, u"1999-02-10"_s})),
              QStringList{u" 12 0 rise"_s});
    for (const QString &days : {u"0"_s, u"3661"_s, u"four"_s}) {
        const CtlRun refused = ctl({u"stats"_s, u"alerts"_s, u"--window"_s, days});
        EXPECT_EQ(refused.exitCode, 2) << describe(refused);
        EXPECT_TRUE(refused.err.contains(u"\"%1\""_s.arg(days))) << describe(refused);
    }
    const CtlRun withFrom =
        ctl({u"stats"_s, u"alerts"_s, u"--window"_s, u"28"_s, u"--from"_s, u"1999-01-01"_s});
    EXPECT_EQ(withFrom.exitCode, 2) << describe(withFrom);
    EXPECT_TRUE(withFrom.err.contains(u"--from"_s)) << describe(withFrom);
}

TEST_P(StatsCommandTest, DefineAddsVersionsThatSummaryUsesAndDefinitionsLists) {
    const QJsonArray fresh = jsonOf({u"stats"_s, u"definitions"_s});
    ASSERT_EQ(fresh.size(), 1);
    const QJsonObject fallback = fresh.at(0).toObject();
    EXPECT_EQ(fallback.value(u"version"_s).toInt(), 0);
    EXPECT_TRUE(fallback.value(u"from"_s).isNull());
    EXPECT_EQ(fallback.value(u"criminal_categories"_s).toArray(),
              (QJsonArray{u"criminal"_s, u"public_order"_s}));
    EXPECT_EQ(fallback.value(u"preventable"_s).toString(), u"flag"_s);
    EXPECT_EQ(fallback.value(u"wanted"_s).toArray(),
              (QJsonArray{u"criminal_public_order=down"_s, u"preventable=down"_s,
                          u"resolved_on_scene=up"_s}));

    // From 1999: disputes are the first measure (10 + 12), traffic is preventable (2).
    const CtlRun first = ctl({u"stats"_s, u"define"_s, u"--criminal-categories"_s, u"dispute"_s,
                              u"--preventable"_s, u"categories"_s, u"--preventable-categories"_s,
                              u"traffic"_s, u"--from"_s, u"1999-01-01"_s});
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    EXPECT_TRUE(first.out.contains(u"added definition 1, in force from 1999-01-01"_s))
        << describe(first);
    const auto countsOf = [&](const QJsonArray &summary) {
        QStringList counts;
        for (const QJsonValue &line : summary) {
            counts << QString::number(line.toObject().value(u"count"_s).toInt());
        }
        return counts;
    };
    EXPECT_EQ(countsOf(jsonOf({u"stats"_s, u"summary"_s, u"--year"_s, u"1999"_s})),
              (QStringList{u"22"_s, u"2"_s, u"30"_s}));
    const CtlRun table = ctl({u"stats"_s, u"summary"_s, u"--year"_s, u"1999"_s});
    ASSERT_EQ(table.exitCode, 0) << describe(table);
    EXPECT_TRUE(table.out.contains(u"Counted under definition 1 of 1999-01-01."_s))
        << describe(table);

    // Only the way of the last measure changes; the categories are copied.
    const CtlRun second = ctl({u"stats"_s, u"define"_s, u"--wanted"_s, u"resolved_on_scene=down"_s,
                               u"--from"_s, u"1999-06-01"_s});
    ASSERT_EQ(second.exitCode, 0) << describe(second);
    // From today, criminal alerts again: 1999 ends before it, so its figures stay.
    const CtlRun third =
        ctl({u"stats"_s, u"define"_s, u"--criminal-categories"_s, u"criminal,public_order"_s});
    ASSERT_EQ(third.exitCode, 0) << describe(third);
    EXPECT_EQ(countsOf(jsonOf({u"stats"_s, u"summary"_s, u"--year"_s, u"1999"_s})),
              (QStringList{u"22"_s, u"2"_s, u"30"_s}));

    const QJsonArray history = jsonOf({u"stats"_s, u"definitions"_s});
    ASSERT_EQ(history.size(), 4);
    const QJsonObject newest = history.at(0).toObject();
    EXPECT_EQ(newest.value(u"version"_s).toInt(), 3);
    const QDate today = QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    EXPECT_EQ(newest.value(u"from"_s).toString(), today.toString(Qt::ISODate));
    const QJsonObject copied = history.at(1).toObject();
    EXPECT_EQ(copied.value(u"version"_s).toInt(), 2);
    EXPECT_EQ(copied.value(u"from"_s).toString(), u"1999-06-01"_s);
    EXPECT_EQ(copied.value(u"criminal_categories"_s).toArray(), QJsonArray{u"dispute"_s});
    EXPECT_EQ(copied.value(u"preventable"_s).toString(), u"categories"_s);
    EXPECT_EQ(copied.value(u"preventable_categories"_s).toArray(), QJsonArray{u"traffic"_s});
    EXPECT_EQ(copied.value(u"wanted"_s).toArray().at(2).toString(), u"resolved_on_scene=down"_s);
    EXPECT_FALSE(copied.value(u"changed_by"_s).toString().isEmpty());
    EXPECT_TRUE(history.at(3).toObject().value(u"from"_s).isNull());
    const CtlRun listed = ctl({u"stats"_s, u"definitions"_s});
    ASSERT_EQ(listed.exitCode, 0) << describe(listed);
    EXPECT_TRUE(listed.out.contains(u"(default)"_s)) << describe(listed);
    EXPECT_TRUE(listed.out.contains(u"Of the preventable categories"_s)) << describe(listed);
}

TEST_P(StatsCommandTest, ABadDefinitionIsRefusedAndAMalformedOneIsAUsageError) {
    const auto expect = [&](const QStringList &options, int exitCode, const QString &named) {
        const CtlRun run = ctl(QStringList{u"stats"_s, u"define"_s} + options);
        EXPECT_EQ(run.exitCode, exitCode) << describe(run);
        EXPECT_TRUE(run.err.contains(named)) << describe(run);
    };
    // The command line itself is wrong: exit 2.
    expect({}, 2, u"--criminal-categories"_s);
    expect({u"--preventable"_s, u"maybe"_s}, 2, u"\"maybe\""_s);
    expect({u"--wanted"_s, u"up"_s}, 2, u"\"up\""_s);
    expect({u"--wanted"_s, u"preventable=sideways"_s}, 2, u"\"preventable=sideways\""_s);
    expect({u"--criminal-categories"_s, u"dispute"_s, u"--from"_s, u"1999-02-30"_s}, 2,
           u"1999-02-30"_s);
    // A definition the station cannot have: exit 1, naming what is wrong.
    expect({u"--criminal-categories"_s, u"arson"_s}, 1, u"\"arson\""_s);
    expect({u"--criminal-categories"_s, u","_s}, 1, u"Criminal and public-order categories"_s);
    expect({u"--preventable"_s, u"both"_s}, 1, u"Preventable categories"_s);
    EXPECT_EQ(jsonOf({u"stats"_s, u"definitions"_s}).size(), 1); // nothing stored
    const CtlRun stored = ctl({u"stats"_s, u"define"_s, u"--criminal-categories"_s, u"dispute"_s,
                               u"--from"_s, u"1999-06-01"_s});
    ASSERT_EQ(stored.exitCode, 0) << describe(stored);
    const CtlRun early = ctl({u"stats"_s, u"define"_s, u"--criminal-categories"_s, u"criminal"_s,
                              u"--from"_s, u"1999-05-31"_s});
    EXPECT_EQ(early.exitCode, 1) << describe(early);
    EXPECT_TRUE(early.err.contains(u"1999-05-31"_s) && early.err.contains(u"1999-06-01"_s))
        << describe(early);
}

TEST_P(StatsCommandTest, BadInputIsAUsageErrorThatNamesIt) {
    const CtlRun backwards =
        ctl({u"stats"_s, u"alerts"_s, u"--from"_s, u"1999-03-01"_s, u"--to"_s, u"1999-02-01"_s});
    EXPECT_EQ(backwards.exitCode, 2) << describe(backwards);
    EXPECT_TRUE(backwards.err.contains(u"1999-03-01"_s)) << describe(backwards);
    const CtlRun dimension = ctl({u"stats"_s, u"alerts"_s, u"--by"_s, u"colour"_s});
    EXPECT_EQ(dimension.exitCode, 2) << describe(dimension);
    EXPECT_TRUE(dimension.err.contains(u"\"colour\""_s)) << describe(dimension);
    const CtlRun category = ctl({u"stats"_s, u"alerts"_s, u"--category"_s, u"arson"_s});
    EXPECT_EQ(category.exitCode, 2) << describe(category);
    EXPECT_TRUE(category.err.contains(u"\"arson\""_s)) << describe(category);
    const CtlRun date = ctl({u"stats"_s, u"alerts"_s, u"--from"_s, u"1999-02-30"_s});
    EXPECT_EQ(date.exitCode, 2) << describe(date);
    const CtlRun three = ctl({u"stats"_s, u"alerts"_s, u"--by"_s, u"area"_s, u"--by"_s, u"status"_s,
                              u"--category"_s, u"dispute"_s});
    EXPECT_EQ(three.exitCode, 2) << describe(three);
    const CtlRun year = ctl({u"stats"_s, u"summary"_s});
    EXPECT_EQ(year.exitCode, 2) << describe(year);
}

SD_INSTANTIATE_ENGINES(StatsCommandTest);

} // namespace sd::test
