#include "StationCtlFixture.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

const QStringList kAuditKeys = {u"seq"_s,     u"at"_s,     u"workstation"_s, u"account"_s,
                                u"role"_s,    u"action"_s, u"object_type"_s, u"object_id"_s,
                                u"outcome"_s, u"details"_s};

// Cuts the newest two rows off the log and moves audit_head back to match, so that the
// log on its own looks whole: only a head written down earlier can tell.
const QString kTruncateSqlite =
    u"DROP TRIGGER audit_log_no_delete; "
    u"DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) - 2 FROM audit_log); "
    u"UPDATE audit_head SET seq = (SELECT MAX(seq) FROM audit_log), "
    u"hash = (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1);"_s;
const QString kTruncatePostgres =
    u"SET session_replication_role=replica; "
    u"DELETE FROM audit_log WHERE seq > (SELECT MAX(seq) - 2 FROM audit_log); "
    u"UPDATE audit_head SET seq = (SELECT MAX(seq) FROM audit_log), "
    u"hash = (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)"_s;

} // namespace

// stationctl audit … on both engines; tampering is done with the real sqlite3 and psql
// clients, as someone holding the database file or the server credentials would.
class AuditCommandTest : public StationCtlFixture {
protected:
    QString head() {
        const CtlRun run = ctl({u"audit"_s, u"head"_s});
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        return run.out.trimmed();
    }
};

TEST_P(AuditCommandTest, VerifyPassesOnAFreshDemo) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun run = ctl({u"audit"_s, u"verify"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    static const QRegularExpression intact(u"^audit log intact: (\\d+) rows\n$"_s);
    const auto match = intact.match(run.out);
    ASSERT_TRUE(match.hasMatch()) << describe(run);
    EXPECT_GT(match.captured(1).toInt(), 40); // people, units, areas and accounts
    EXPECT_TRUE(run.err.isEmpty()) << describe(run);
}

TEST_P(AuditCommandTest, VerifyCatchesOneRowEditedWithTheDatabaseClient) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    ASSERT_NO_FATAL_FAILURE(runClientSql(
        u"DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details='x' WHERE seq=3;"_s,
        u"SET session_replication_role=replica; UPDATE audit_log SET details='x' WHERE seq=3"_s));
    const CtlRun run = ctl({u"audit"_s, u"verify"_s});
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.out.isEmpty()) << describe(run);
    EXPECT_TRUE(run.err.contains(u"row 3:"_s)) << describe(run);
    EXPECT_TRUE(run.err.contains(u"Row 3 was edited"_s)) << describe(run);
}

TEST_P(AuditCommandTest, VerifyWithTheRecordedHeadCatchesRowsCutOffTheEnd) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QString recorded = head();
    ASSERT_TRUE(QRegularExpression(u"^\\d+:[0-9a-f]{64}$"_s).match(recorded).hasMatch())
        << recorded.toStdString();
    const CtlRun before = ctl({u"audit"_s, u"verify"_s, u"--head"_s, recorded});
    EXPECT_EQ(before.exitCode, 0) << describe(before);

    ASSERT_NO_FATAL_FAILURE(runClientSql(kTruncateSqlite, kTruncatePostgres));
    EXPECT_NE(head(), recorded);
    // The chain alone still looks whole: that is what the recorded head is for.
    const CtlRun alone = ctl({u"audit"_s, u"verify"_s});
    EXPECT_EQ(alone.exitCode, 0) << describe(alone);
    const CtlRun run = ctl({u"audit"_s, u"verify"_s, u"--head"_s, recorded});
    EXPECT_EQ(run.exitCode, 1) << describe(run);
    EXPECT_TRUE(run.err.contains(u"cut off the end"_s)) << describe(run);
}

TEST_P(AuditCommandTest, MalformedHeadIsAUsageError) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    for (const QString &bad : {u"12"_s, u"x:abc"_s, u"0:"_s + QString(64, u'a'),
                               u"5:"_s + QString(63, u'a'), u"5:"_s + QString(64, u'g')}) {
        const CtlRun run = ctl({u"audit"_s, u"verify"_s, u"--head"_s, bad});
        EXPECT_EQ(run.exitCode, 2) << describe(run);
        EXPECT_TRUE(run.err.contains(u"--head"_s)) << describe(run);
    }
}

TEST_P(AuditCommandTest, ListAsJsonFiltersByActionUserTimeAndLimit) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray all = jsonOf({u"audit"_s, u"list"_s});
    ASSERT_GT(all.size(), 40);
    qint64 previous = 0;
    for (const QJsonValue &value : all) {
        const QJsonObject row = value.toObject();
        QStringList keys = row.keys();
        keys.sort();
        QStringList expected = kAuditKeys;
        expected.sort();
        EXPECT_EQ(keys, expected);
        EXPECT_GT(row.value(u"seq"_s).toInteger(), previous) << "oldest first";
        previous = row.value(u"seq"_s).toInteger();
        const QString at = row.value(u"at"_s).toString();
        EXPECT_TRUE(QRegularExpression(
                        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"_s)
                        .match(at)
                        .hasMatch())
            << at.toStdString();
        // The operator builds the demo; the desk's records and the reviewed score sheets
        // are written as the officers who file, draft and approve them.
        static const QStringList kRoles{u"system"_s,     u"officer"_s, u"squad_leader"_s,
                                        u"instructor"_s, u"chief"_s,   u"admin"_s};
        EXPECT_TRUE(kRoles.contains(row.value(u"role"_s).toString()))
            << row.value(u"role"_s).toString().toStdString();
    }

    const QJsonArray created = jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"account.create"_s});
    ASSERT_EQ(created.size(), 5);
    for (const QJsonValue &value : created) {
        EXPECT_EQ(value.toObject().value(u"action"_s).toString(), u"account.create"_s);
    }
    EXPECT_EQ(jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"account."_s}).size(), 5);
    for (const QJsonValue &value : jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"login"_s})) {
        EXPECT_EQ(value.toObject().value(u"action"_s).toString(), u"login"_s);
    }

    const QString account = all.first().toObject().value(u"account"_s).toString();
    qsizetype byAccount = 0;
    for (const QJsonValue &value : all) {
        byAccount += value.toObject().value(u"account"_s).toString() == account ? 1 : 0;
    }
    EXPECT_EQ(jsonOf({u"audit"_s, u"list"_s, u"--user"_s, account}).size(), byAccount);
    EXPECT_TRUE(jsonOf({u"audit"_s, u"list"_s, u"--user"_s, u"nobody-at-all"_s}).isEmpty());

    const QJsonArray newest = jsonOf({u"audit"_s, u"list"_s, u"--limit"_s, u"2"_s});
    ASSERT_EQ(newest.size(), 2);
    EXPECT_EQ(newest.at(1).toObject().value(u"seq"_s).toInteger(),
              all.last().toObject().value(u"seq"_s).toInteger());

    // Everything was written today; nothing before yesterday or from tomorrow on.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    EXPECT_EQ(jsonOf({u"audit"_s, u"list"_s, u"--from"_s,
                      QDate::currentDate().addDays(-1).toString(Qt::ISODate), u"--to"_s, today})
                  .size(),
              all.size());
    EXPECT_TRUE(jsonOf({u"audit"_s, u"list"_s, u"--from"_s, tomorrow}).isEmpty());
    EXPECT_TRUE(jsonOf({u"audit"_s, u"list"_s, u"--to"_s, u"2000-01-01T00:00Z"_s}).isEmpty());
}

TEST_P(AuditCommandTest, BadDatesAndLimitsAreUsageErrorsNamingTheOption) {
    for (const auto &[option, value] :
         {std::pair{u"--from"_s, u"2026-02-30"_s}, std::pair{u"--to"_s, u"yesterday"_s},
          std::pair{u"--from"_s, u"2026-03-15T25:00"_s}, std::pair{u"--limit"_s, u"0"_s},
          std::pair{u"--limit"_s, u"ten"_s}}) {
        const CtlRun run = ctl({u"audit"_s, u"list"_s, option, value});
        EXPECT_EQ(run.exitCode, 2) << describe(run);
        EXPECT_TRUE(run.err.contains(option)) << describe(run);
    }
    const CtlRun backwards =
        ctl({u"audit"_s, u"list"_s, u"--from"_s, u"2026-03-15"_s, u"--to"_s, u"2026-03-01"_s});
    EXPECT_EQ(backwards.exitCode, 2) << describe(backwards);
}

SD_INSTANTIATE_ENGINES(AuditCommandTest);

} // namespace sd::test
