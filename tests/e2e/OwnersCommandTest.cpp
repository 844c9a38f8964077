#include "StationCtlFixture.h"

#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

// stationctl owners and labels on the demo station, on both engines; the invariant is
// broken from outside with the real sqlite3 and psql clients.
class OwnersCommandTest : public StationCtlFixture {};

TEST_P(OwnersCommandTest, CheckPassesOnTheDemoAndFailsOnceALeaderIsRemovedBehindItsBack) {
    buildDemo();
    const CtlRun clean = ctl({u"owners"_s, u"check"_s});
    EXPECT_EQ(clean.exitCode, 0) << describe(clean);
    EXPECT_TRUE(clean.out.contains(u"No orphaned items"_s)) << describe(clean);

    runClientSql(u"UPDATE unit SET leader_id = NULL WHERE name = '合成作战党小组';"_s,
                 u"UPDATE unit SET leader_id = NULL WHERE name = '合成作战党小组';"_s);
    const CtlRun broken = ctl({u"owners"_s, u"check"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(broken.exitCode, 1) << describe(broken);
    EXPECT_TRUE(broken.err.contains(u"orphaned"_s)) << describe(broken);
    EXPECT_TRUE(broken.out.contains(u"合成作战室"_s)) << describe(broken);
    EXPECT_TRUE(broken.out.contains(u"党小组组织生活会"_s)) << describe(broken);
    EXPECT_FALSE(broken.out.contains(u"绿萝"_s)) << describe(broken);

    const CtlRun table = ctl({u"owners"_s, u"check"_s});
    EXPECT_EQ(table.exitCode, 1) << describe(table);
    EXPECT_TRUE(table.out.contains(u"unit has no active leader"_s)) << describe(table);
}

TEST_P(OwnersCommandTest, ListFiltersByOwnerAndOverdueAndTransferMovesEverything) {
    buildDemo();
    const QJsonArray mine = jsonOf({u"owners"_s, u"list"_s, u"--owner"_s, u"031022"_s});
    ASSERT_EQ(mine.size(), 3) << "阅览区, 绿萝 and the watering task";
    for (const QJsonValue &row : mine) {
        EXPECT_EQ(row[u"owner"_s].toString(), u"031022"_s);
        EXPECT_EQ(row[u"accountable_name"_s].toString(), u"罗晓燕"_s);
    }
    const QJsonArray overdue = jsonOf({u"owners"_s, u"list"_s, u"--overdue"_s});
    EXPECT_GE(overdue.size(), 4);
    for (const QJsonValue &row : overdue) {
        EXPECT_TRUE(row[u"overdue"_s].toBool()) << row[u"code"_s].toString().toStdString();
    }
    const QJsonArray unitOwned = jsonOf({u"owners"_s, u"list"_s, u"--owner"_s, u"伏击行动组"_s});
    for (const QJsonValue &row : unitOwned) {
        EXPECT_EQ(row[u"accountable_name"_s].toString(), u"孙振宇"_s);
    }

    const CtlRun noReason =
        ctl({u"owners"_s, u"transfer"_s, u"--from"_s, u"031022"_s, u"--to"_s, u"031026"_s});
    EXPECT_EQ(noReason.exitCode, 2) << describe(noReason);
    const CtlRun nobody = ctl({u"owners"_s, u"transfer"_s, u"--from"_s, u"031022"_s, u"--to"_s,
                               u"不存在的单位"_s, u"--reason"_s, u"调岗"_s});
    EXPECT_EQ(nobody.exitCode, 1) << describe(nobody);
    const CtlRun moved = ctl({u"owners"_s, u"transfer"_s, u"--from"_s, u"031022"_s, u"--to"_s,
                              u"北苑警务室"_s, u"--reason"_s, u"调岗"_s});
    ASSERT_EQ(moved.exitCode, 0) << describe(moved);
    EXPECT_TRUE(moved.out.contains(u"绿萝"_s)) << describe(moved);
    EXPECT_TRUE(jsonOf({u"owners"_s, u"list"_s, u"--owner"_s, u"031022"_s}).isEmpty());
    EXPECT_EQ(jsonOf({u"owners"_s, u"list"_s, u"--owner"_s, u"北苑警务室"_s}).size(), 3);
    EXPECT_EQ(ctl({u"owners"_s, u"check"_s}).exitCode, 0);

    const QJsonArray board = jsonOf({u"owners"_s, u"board"_s});
    ASSERT_FALSE(board.isEmpty());
    EXPECT_FALSE(board.at(0)[u"orphaned"_s].toBool());
}

TEST_P(OwnersCommandTest, LabelsCarryAQrCodeOfEachTagCode) {
    buildDemo();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(u"plants.pdf"_s);
    const CtlRun labels = ctl({u"labels"_s, u"--pdf"_s, pdf, u"--kind"_s, u"plant"_s});
    ASSERT_EQ(labels.exitCode, 0) << describe(labels);

    const CtlRun render =
        runExternal(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, pdf, dir.filePath(u"page"_s)});
    ASSERT_TRUE(render.finished && render.exitCode == 0) << describe(render);
    const QStringList pages = QDir(dir.path()).entryList({u"page*.png"_s}, QDir::Files);
    ASSERT_EQ(pages.size(), 1);
    const CtlRun scan =
        runExternal(u"zbarimg"_s, {u"--quiet"_s, u"--raw"_s, dir.filePath(pages.first())});
    ASSERT_TRUE(scan.finished && scan.exitCode == 0) << describe(scan);
    QSet<QString> decoded;
    for (const QString &line : scan.out.split(u'\n', Qt::SkipEmptyParts)) {
        decoded << line.trimmed();
    }

    auto app = openApp();
    ASSERT_TRUE(app);
    AssetFilter plants;
    plants.kind = AssetKind::Plant;
    auto expected = app->responsibility().assets(plants);
    SD_ASSERT_OK(expected);
    ASSERT_EQ(expected->size(), 4);
    QSet<QString> tags;
    for (const AssetRow &row : expected.value()) {
        tags << row.asset.tag;
    }
    EXPECT_EQ(decoded, tags);

    const CtlRun badKind = ctl({u"labels"_s, u"--pdf"_s, pdf, u"--kind"_s, u"tree"_s});
    EXPECT_EQ(badKind.exitCode, 2) << describe(badKind);
}

SD_INSTANTIATE_ENGINES(OwnersCommandTest);

} // namespace sd::test
