#include "StationCtlFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
const QByteArray kHeader = "tag,name,kind,location,status,acquired_on,next_check_on,owner,notes\n";
} // namespace

// stationctl import/export assets on the demo station, on both engines: an export imports
// back to the same bytes, a file with any bad row stores nothing, and each import is
// audited with the file's SHA-256.
class AssetImportCommandTest : public StationCtlFixture {
protected:
    QString write(const QString &name, const QByteArray &content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
    QByteArray read(const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }
    QByteArray exportCsv() {
        const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(++m_exports));
        const CtlRun run = ctl({u"export"_s, u"assets"_s, u"--output"_s, path});
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        return read(path);
    }
    QJsonObject assetJson(const QString &tag) {
        for (const QJsonValue &row : jsonOf({u"export"_s, u"assets"_s})) {
            if (row[u"tag"_s].toString() == tag) {
                return row.toObject();
            }
        }
        return {};
    }
    void badRowsImportNothingAndAreNamed();
    QTemporaryDir m_dir;
    int m_exports = 0;
};

TEST_P(AssetImportCommandTest, AnExportImportsBackToTheSameBytesAndBadRowsStoreNothing) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QByteArray exported = exportCsv();
    // A UTF-8 BOM first, so that Excel reads the Chinese as UTF-8.
    ASSERT_TRUE(exported.startsWith("\xEF\xBB\xBF" + kHeader));
    // Rooms first, each after the room it is in; linked locations by tag, others as text.
    EXPECT_LT(exported.indexOf(",党建室,room,"), exported.indexOf(",阅览区,room,ZC-"));
    EXPECT_TRUE(exported.contains(",vehicle,所内停车场,in_use,")) << exported.constData();
    EXPECT_TRUE(exported.contains(",绿萝（党建室）,plant,ZC-")) << exported.constData();

    const QString file = write(u"assets.csv"_s, exported);
    const CtlRun again = ctl({u"import"_s, u"assets"_s, file, u"--update"_s});
    ASSERT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_TRUE(again.out.contains(u"0 added, 0 updated"_s)) << describe(again);
    EXPECT_EQ(exportCsv(), exported);

    // New rows: a room, an item located in it by name on a later line, a changed owner.
    QByteArray changed = exported;
    const qsizetype plant = changed.indexOf(",绿萝（党建室）,plant,");
    const qsizetype ownerStart = changed.indexOf(",031022,", plant);
    ASSERT_GT(ownerStart, plant);
    changed.replace(ownerStart, 8, ",031026,");
    changed += ",器材库,room,,in_use,2026-01-05,,031003,新建\n"
               ",灭火器（器材库）,equipment,器材库,in_use,2026-01-05,2026-12-01,031003,\n";
    const CtlRun updated =
        ctl({u"import"_s, u"assets"_s, write(u"changed.csv"_s, changed), u"--update"_s});
    ASSERT_EQ(updated.exitCode, 0) << describe(updated);
    EXPECT_TRUE(updated.out.contains(u"2 added, 1 updated"_s)) << describe(updated);
    const QByteArray after = exportCsv();
    const QJsonObject room = assetJson(u"ZC-00034"_s);
    EXPECT_EQ(room[u"name"_s].toString(), u"器材库"_s);
    const QJsonObject extinguisher = assetJson(u"ZC-00035"_s);
    EXPECT_EQ(extinguisher[u"location"_s].toString(), u"ZC-00034"_s) << "linked by name";
    EXPECT_EQ(extinguisher[u"owner"_s].toString(), u"031003"_s);
    const QJsonArray mine = jsonOf({u"owners"_s, u"list"_s, u"--owner"_s, u"031026"_s});
    bool hasPlant = false;
    for (const QJsonValue &row : mine) {
        hasPlant = hasPlant || row[u"name"_s].toString() == u"绿萝（党建室）"_s;
    }
    EXPECT_TRUE(hasPlant) << "the owner changed";

    // And that state, exported, imports back to itself byte for byte.
    const CtlRun third =
        ctl({u"import"_s, u"assets"_s, write(u"after.csv"_s, after), u"--update"_s});
    ASSERT_EQ(third.exitCode, 0) << describe(third);
    EXPECT_EQ(exportCsv(), after);

    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(changed, QCryptographicHash::Sha256).toHex());
    const QJsonArray audit = jsonOf({u"audit"_s, u"list"_s, u"--action"_s, u"asset.import"_s});
    bool audited = false;
    for (const QJsonValue &row : audit) {
        audited = audited || (row[u"outcome"_s].toString() == u"success"_s &&
                              row[u"details"_s].toString().contains(u"sha256="_s + sha) &&
                              row[u"details"_s].toString().contains(u"inserted=2 updated=1"_s));
    }
    EXPECT_TRUE(audited) << "one audit row with the file's SHA-256 and the counts";

    badRowsImportNothingAndAreNamed();
}

// Called from the round-trip test, to build the (slow) demo station once per engine.
void AssetImportCommandTest::badRowsImportNothingAndAreNamed() {
    const QByteArray before = exportCsv();
    const QByteArray rows = kHeader +
                            ",新椅子,furniture,值班室,in_use,2025-01-01,,031031,好的一行\n"
                            ",椅子二,furniture,值班室,in_use,,,999999,\n"
                            ",沙发,sofa,值班室,in_use,,,031031,\n"
                            ",椅子三,furniture,,in_use,2025-02-30,,031031,\n"
                            "ZC-00900,柜子,furniture,,in_use,,,综合执法党小组,\n"
                            "ZC-00900,柜子二,furniture,,in_use,,,031031,\n"
                            ",无主之物,furniture,,in_use,,,,\n"
                            ",放错地方,furniture,ZC-00011,in_use,,,031031,\n"
                            ",另一好行,plant,调解室,in_use,,,社区警务党小组,\n";
    const QString input = write(u"bad.csv"_s, rows);
    const CtlRun refused = ctl({u"import"_s, u"assets"_s, input});
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    for (const QString &expected :
         {u"3:owner: \"999999\" is neither a badge number nor a unit name"_s,
          u"4:kind: \"sofa\" is not one of equipment|vehicle|it|room"_s,
          u"5:acquired_on: \"2025-02-30\" is not a date"_s,
          u"7:tag: tag ZC-00900 is already on line 6 of this file"_s, u"8:owner: "_s,
          u"9:location: "_s, u"6 bad row(s); nothing was imported"_s}) {
        EXPECT_TRUE(refused.err.contains(expected)) << expected.toStdString() << describe(refused);
    }
    EXPECT_FALSE(refused.err.contains(u"\n2:"_s)) << describe(refused);
    EXPECT_EQ(exportCsv(), before) << "nothing stored";

    // An existing tag is an error unless --update.
    const QString existing = write(
        u"existing.csv"_s, kHeader + "ZC-00001,值班室,room,,in_use,2018-09-12,,031031,改了\n");
    const CtlRun refusedTag = ctl({u"import"_s, u"assets"_s, existing});
    EXPECT_EQ(refusedTag.exitCode, 1) << describe(refusedTag);
    EXPECT_TRUE(refusedTag.err.contains(u"2:tag: ZC-00001 (值班室) already exists"_s))
        << describe(refusedTag);

    const QString rejects = m_dir.filePath(u"rejects.csv"_s);
    const CtlRun skipped = ctl({u"import"_s, u"assets"_s, input, u"--skip-invalid"_s, rejects});
    ASSERT_EQ(skipped.exitCode, 0) << describe(skipped);
    EXPECT_TRUE(skipped.out.contains(u"9 rows: 3 added, 0 updated, 0 unchanged, 6 rejected"_s))
        << describe(skipped);
    const QStringList rejected = QString::fromUtf8(read(rejects)).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rejected.size(), 7);
    EXPECT_TRUE(rejected[0].endsWith(u",notes,problems"_s));

    const CtlRun header = ctl({u"import"_s, u"assets"_s, write(u"h.csv"_s, "a,b\n1,2\n")});
    EXPECT_EQ(header.exitCode, 1) << describe(header);
    EXPECT_TRUE(header.err.contains(u"1:1: the header must be exactly tag,name,kind"_s))
        << describe(header);
    EXPECT_EQ(ctl({u"import"_s, u"assets"_s}).exitCode, 2);
    EXPECT_EQ(ctl({u"export"_s, u"assets"_s, u"--format"_s, u"xml"_s}).exitCode, 2);
}

SD_INSTANTIATE_ENGINES(AssetImportCommandTest);

} // namespace sd::test
