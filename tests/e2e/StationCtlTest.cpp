#include "EngineTest.h"
#include "StationCtlRunner.h"
#include "core/kernel/storage/Migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {

const QStringList kPeopleKeys = {u"badge_no"_s, u"name"_s,      u"position"_s, u"category"_s,
                                 u"phone"_s,    u"joined_on"_s, u"left_on"_s,  u"active"_s};
const QStringList kUnitKeys = {u"kind"_s,   u"name"_s,    u"leader_badge"_s, u"leader_name"_s,
                               u"parent"_s, u"members"_s, u"areas"_s};

QStringList csvLines(const QString &csv) {
    QStringList lines = csv.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

QSet<QString> keysOf(const QJsonObject &object) {
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(const QStringList &list) {
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

// stationctl against a blank database of each engine: in this process, and as a separate
// process where what is tested is the program's own (its exit status and standard output).
class StationCtlTest : public EngineTest {
protected:
    Start startsFrom() const override { return Start::Blank; }

    CtlRun ctl(const QStringList &arguments) {
        return runInProcess(QStringList{u"--database"_s, testDatabase().urlText()} + arguments);
    }
    CtlRun ctlProcess(const QStringList &arguments) {
        return runStationCtl(testDatabase().urlText(), arguments);
    }

    // The demo station, cloned as `stationctl init` and `stationctl demo` would build it.
    void buildDemo() { SD_ASSERT_OK(testDatabase().reset(Start::Demo)); }

    QJsonArray jsonList(const QString &group, const QStringList &extra = {}) {
        const CtlRun run = ctl(QStringList{group, u"list"_s, u"--format"_s, u"json"_s} + extra);
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError)
            << error.errorString().toStdString() << "\n"
            << run.out.toStdString();
        EXPECT_TRUE(document.isArray());
        return document.array();
    }
};

TEST_P(StationCtlTest, InitPrintsSchemaVersionAndIsIdempotent) {
    const QString expected = u"schema version %1\n"_s.arg(Migrator::latestVersion());
    const CtlRun first = ctlProcess({u"init"_s});
    ASSERT_EQ(first.exitCode, 0) << describe(first);
    EXPECT_EQ(first.out, expected);

    const CtlRun second = ctl({u"init"_s});
    ASSERT_EQ(second.exitCode, 0) << describe(second);
    EXPECT_EQ(second.out, expected);
    EXPECT_TRUE(second.err.isEmpty()) << "nothing to migrate, so no backup: " << describe(second);
}

TEST_P(StationCtlTest, DemoThenPeopleListAsCsv) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun run = ctl({u"people"_s, u"list"_s, u"--format"_s, u"csv"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QStringList lines = csvLines(run.out);
    ASSERT_GE(lines.size(), 31);
    EXPECT_EQ(lines.first(), kPeopleKeys.join(u','));
    EXPECT_TRUE(lines.contains(u"031001,周建国,所长,officer,13800571001,2004-07-01,,true"_s))
        << run.out.toStdString();
    // Active people first: the one who left is last.
    EXPECT_TRUE(lines.last().endsWith(u",false"_s)) << lines.last().toStdString();
}

TEST_P(StationCtlTest, DemoRefusesADatabaseThatHasPeople) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun before = ctl({u"people"_s, u"list"_s, u"--format"_s, u"csv"_s});
    const CtlRun again = ctl({u"demo"_s});
    EXPECT_EQ(again.exitCode, 1) << describe(again);
    EXPECT_TRUE(again.out.isEmpty());
    EXPECT_TRUE(again.err.startsWith(u"stationctl: "_s)) << describe(again);
    EXPECT_TRUE(again.err.contains(u"already has"_s)) << describe(again);
    const CtlRun after = ctl({u"people"_s, u"list"_s, u"--format"_s, u"csv"_s});
    EXPECT_EQ(after.out, before.out) << "a refused demo must not add anything";
}

TEST_P(StationCtlTest, DemoCreatesTheDatabaseWithoutInit) {
    const CtlRun demo = ctl({u"demo"_s});
    ASSERT_EQ(demo.exitCode, 0) << describe(demo);
    EXPECT_TRUE(demo.out.contains(u"云溪派出所"_s)) << describe(demo);
}

TEST_P(StationCtlTest, PeopleJsonHasTheDocumentedKeys) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray people = jsonList(u"people"_s);
    ASSERT_GE(people.size(), 25);
    int auxiliaries = 0;
    for (const QJsonValue &value : people) {
        const QJsonObject person = value.toObject();
        EXPECT_EQ(keysOf(person), setOf(kPeopleKeys));
        EXPECT_TRUE(person.value(u"active"_s).isBool());
        EXPECT_TRUE(person.value(u"badge_no"_s).toString().startsWith(u'0'));
        const QString category = person.value(u"category"_s).toString();
        EXPECT_TRUE(category == u"officer"_s || category == u"auxiliary"_s)
            << category.toStdString();
        auxiliaries += category == u"auxiliary"_s ? 1 : 0;
        if (person.value(u"active"_s).toBool()) {
            EXPECT_TRUE(person.value(u"left_on"_s).isNull());
        } else {
            EXPECT_TRUE(person.value(u"left_on"_s).isString());
        }
    }
    EXPECT_GT(auxiliaries, 0);
}

TEST_P(StationCtlTest, UnitsJsonHasTheDocumentedKeysAndEveryKind) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray units = jsonList(u"units"_s);
    QSet<QString> kinds;
    for (const QJsonValue &value : units) {
        const QJsonObject unit = value.toObject();
        EXPECT_EQ(keysOf(unit), setOf(kUnitKeys));
        EXPECT_TRUE(unit.value(u"members"_s).isDouble());
        EXPECT_TRUE(unit.value(u"areas"_s).isArray());
        kinds << unit.value(u"kind"_s).toString();
        if (unit.value(u"kind"_s).toString() == u"community_office"_s) {
            EXPECT_FALSE(unit.value(u"areas"_s).toArray().isEmpty())
                << unit.value(u"name"_s).toString().toStdString();
        }
    }
    EXPECT_EQ(kinds, setOf({u"leadership"_s, u"party_group"_s, u"squad"_s, u"action_team"_s,
                            u"community_office"_s}));
}

TEST_P(StationCtlTest, TheThreePartyGroupsEachHaveALeader) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    QStringList groups;
    for (const QJsonValue &value : jsonList(u"units"_s)) {
        const QJsonObject unit = value.toObject();
        if (unit.value(u"kind"_s).toString() != u"party_group"_s) {
            continue;
        }
        groups << unit.value(u"name"_s).toString();
        EXPECT_FALSE(unit.value(u"leader_badge"_s).toString().isEmpty());
        EXPECT_FALSE(unit.value(u"leader_name"_s).toString().isEmpty());
        EXPECT_GE(unit.value(u"members"_s).toInt(), 2);
    }
    groups.sort();
    QStringList expected = {u"合成作战党小组"_s, u"综合执法党小组"_s, u"社区警务党小组"_s};
    expected.sort();
    EXPECT_EQ(groups, expected);
}

TEST_P(StationCtlTest, PeopleListFilters) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray all = jsonList(u"people"_s);
    const QJsonArray active = jsonList(u"people"_s, {u"--active"_s});
    EXPECT_LT(active.size(), all.size());
    for (const QJsonValue &value : active) {
        EXPECT_TRUE(value.toObject().value(u"active"_s).toBool());
    }
    const QJsonArray found = jsonList(u"people"_s, {u"--search"_s, u"教导员"_s});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().toObject().value(u"position"_s).toString(), u"教导员"_s);
    EXPECT_TRUE(jsonList(u"people"_s, {u"--search"_s, u"no such person"_s}).isEmpty());
}

TEST_P(StationCtlTest, TableOutputAlignsChineseText) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const CtlRun run = ctl({u"units"_s, u"list"_s});
    ASSERT_EQ(run.exitCode, 0) << describe(run);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith(u"Kind"_s));
    EXPECT_TRUE(lines.at(1).startsWith(u"----"_s));
    EXPECT_TRUE(run.out.contains(u"伏击行动组"_s));
}

TEST_P(StationCtlTest, ListingAnUninitialisedDatabaseAsksForInit) {
    // Nothing run yet: a missing SQLite file, or an empty PostgreSQL database.
    for (const QString &group : {u"people"_s, u"units"_s}) {
        const CtlRun run = ctl({group, u"list"_s});
        EXPECT_EQ(run.exitCode, 1) << describe(run);
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(u"init"_s)) << describe(run);
    }
}

TEST_P(StationCtlTest, BadFormatIsAUsageErrorEvenBeforeTheDatabaseIsOpened) {
    const CtlRun run = ctlProcess({u"people"_s, u"list"_s, u"--format"_s, u"xml"_s});
    EXPECT_EQ(run.exitCode, 2) << describe(run);
    EXPECT_EQ(run.err,
              u"stationctl: unknown format \"xml\" for --format; use table, csv or json\n"_s);
}

SD_INSTANTIATE_ENGINES(StationCtlTest);

} // namespace sd::test
