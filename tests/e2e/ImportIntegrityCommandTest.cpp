#include "StationCtlFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
const QByteArray kHeader = "number,received_at,source,category,preventable,area,location,"
                           "caller_name,caller_phone,summary,status\n";
const QByteArray kAssetHeader =
    "tag,name,kind,location,status,acquired_on,next_check_on,owner,notes\n";
const QByteArray kGoodRow = ",1995-06-01T20:15:00,dispatch,dispute,0,,甲地,,,好的一行,open\n";
const QByteArray kBadRow = ",1995-06-01T20:15:00,radio,dispute,0,,乙地,,,坏来源,open\n";
} // namespace

// stationctl import on both engines: --skip-invalid stays all or nothing when the rejected
// rows cannot be written, numbers and tags are unique within one file, and the smaller
// checks of issue 13 (NUL bytes, rows against problems, the earliest date, GB18030 files).
// The checks that a separate process can show run the real binary (runStationCtl), so that
// STATIONDESK_TEST_STATIONCTL can point them at an older build.
class ImportIntegrityCommandTest : public StationCtlFixture {
protected:
    void SetUp() override {
        StationCtlFixture::SetUp();
        if (!IsSkipped() && !HasFatalFailure()) {
            ASSERT_TRUE(m_dir.isValid());
        }
    }
    QString write(const QString &name, const QByteArray &content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }
    CtlRun run(const QStringList &arguments) {
        return runStationCtl(testDatabase().urlText(), arguments);
    }
    QJsonArray alerts() { return jsonOf({u"export"_s, u"alerts"_s}); }
    QString summaryOf(const QString &number) {
        for (const QJsonValue &row : alerts()) {
            if (row[u"number"_s].toString() == number) {
                return row[u"summary"_s].toString();
            }
        }
        return {};
    }
    QTemporaryDir m_dir;
};

// A rejects file that cannot be opened: nothing is imported and the message names the file
// and the system's reason.
TEST_P(ImportIntegrityCommandTest, RejectsThatCannotBeOpenedImportNothing) {
    const QString input = write(u"in.csv"_s, kHeader + kGoodRow + kBadRow);
    const qsizetype before = alerts().size();
    struct Case {
        QString rejects;
        QString reason;
    };
    const QString aFile = write(u"plain.txt"_s, "not a folder");
    for (const Case &c :
         {Case{m_dir.filePath(u"missing/rejects.csv"_s), u"No such file or directory"_s},
          Case{aFile + u"/rejects.csv"_s, u"Not a directory"_s}}) {
        const CtlRun refused =
            run({u"import"_s, u"alerts"_s, input, u"--skip-invalid"_s, c.rejects});
        EXPECT_EQ(refused.exitCode, 1) << describe(refused);
        EXPECT_TRUE(refused.err.contains(c.rejects)) << describe(refused);
        EXPECT_TRUE(refused.err.contains(c.reason)) << describe(refused);
    }
    EXPECT_EQ(alerts().size(), before);
}

// A rejects file whose writing fails on the way (a full device; a file size limit standing
// in for a full disk): nothing is imported, and no rejects file is left behind.
TEST_P(ImportIntegrityCommandTest, RejectsThatFailToWriteImportNothing) {
    const qsizetype before = alerts().size();
    const QString small = write(u"small.csv"_s, kHeader + kGoodRow + kBadRow);
    const CtlRun full = ctl({u"import"_s, u"alerts"_s, small, u"--skip-invalid"_s, u"/dev/full"_s});
    EXPECT_EQ(full.exitCode, 1) << describe(full);
    EXPECT_TRUE(full.err.contains(u"/dev/full"_s)) << describe(full);
    EXPECT_TRUE(full.err.contains(u"No space left on device"_s)) << describe(full);
    EXPECT_EQ(alerts().size(), before);

    // About 3 MB of rejected rows against a 2 MiB limit (the migrated database is far smaller,
    // so only the rejects file reaches it).
    QByteArray big = kHeader + kGoodRow;
    const QByteArray longText(1000, 'x');
    for (int i = 0; i < 3000; ++i) {
        big += ",1995-06-02T08:00:00,radio,dispute,0,," + longText + ",,,坏来源,open\n";
    }
    const QString input = write(u"big.csv"_s, big);
    const QString rejects = m_dir.filePath(u"rejects.csv"_s);
    const CtlRun limited = runStationCtlScript(
        testDatabase().urlText(),
        u"trap '' XFSZ; ulimit -f 2048; ctl import alerts '%1' --skip-invalid '%2'"_s.arg(input,
                                                                                          rejects));
    EXPECT_EQ(limited.exitCode, 1) << describe(limited);
    EXPECT_TRUE(limited.err.contains(rejects)) << describe(limited);
    EXPECT_TRUE(limited.err.contains(u"File too large"_s)) << describe(limited);
    EXPECT_FALSE(QFile::exists(rejects));
    EXPECT_TRUE(
        QDir(m_dir.path()).entryList({u".rejects.csv*"_s}, QDir::Hidden | QDir::Files).isEmpty())
        << "no temporary file is left either";
    EXPECT_EQ(alerts().size(), before);

    // And with room for it, the same import stores the good row and writes every bad one.
    const CtlRun skipped = run({u"import"_s, u"alerts"_s, input, u"--skip-invalid"_s, rejects});
    EXPECT_EQ(skipped.exitCode, 0) << describe(skipped);
    EXPECT_EQ(alerts().size(), before + 1);
    EXPECT_GT(QFile(rejects).size(), 3000 * 1000);
}

// A number generated for a row without one never takes a number another row of the file
// names, with or without --update.
TEST_P(ImportIntegrityCommandTest, AGeneratedNumberNeverTakesOneTheFileNames) {
    for (const bool update : {false, true}) {
        const QByteArray year = update ? "1996" : "1995";
        const QByteArray rows = kHeader + "," + year +
                                "-03-01T09:00:00,phone,dispute,0,,甲地,,,没有编号的一行,open\n"
                                "JQ-" +
                                year + "-000001," + year +
                                "-03-02T09:00:00,phone,dispute,0,,乙地,,,自带编号的一行,open\n";
        QStringList arguments{u"import"_s, u"alerts"_s, write(u"numbers.csv"_s, rows)};
        if (update) {
            arguments << u"--update"_s;
        }
        const CtlRun imported = run(arguments);
        ASSERT_EQ(imported.exitCode, 0) << describe(imported);
        EXPECT_TRUE(imported.out.contains(u"2 rows: 2 added, 0 updated"_s)) << describe(imported);
        const QString prefix = u"JQ-"_s + QString::fromLatin1(year);
        EXPECT_EQ(summaryOf(prefix + u"-000001"_s), u"自带编号的一行"_s);
        EXPECT_EQ(summaryOf(prefix + u"-000002"_s), u"没有编号的一行"_s);
    }
}

// A number twice in one file is an error naming both lines, with or without --update, and
// stores nothing.
TEST_P(ImportIntegrityCommandTest, ANumberTwiceInOneFileIsRefusedNamingBothLines) {
    const QString input = write(
        u"twice.csv"_s,
        kHeader + "JQ-1995-000007,1995-03-01T09:00:00,phone,dispute,0,,甲地,,,第一次,open\n" +
            kGoodRow + "JQ-1995-000007,1995-03-02T09:00:00,phone,dispute,0,,乙地,,,第二次,open\n");
    const qsizetype before = alerts().size();
    for (const bool update : {false, true}) {
        QStringList arguments{u"import"_s, u"alerts"_s, input};
        if (update) {
            arguments << u"--update"_s;
        }
        const CtlRun refused = run(arguments);
        EXPECT_EQ(refused.exitCode, 1) << describe(refused);
        EXPECT_TRUE(refused.err.contains(
            u"4:number: alert JQ-1995-000007 is already on line 2 of this file"_s))
            << describe(refused);
        EXPECT_EQ(alerts().size(), before);
    }
}

// The same for asset tags: a generated tag skips one a later line names.
TEST_P(ImportIntegrityCommandTest, AGeneratedTagNeverTakesOneTheFileNames) {
    buildDemo();
    const QByteArray rows = kAssetHeader + ",新椅子,furniture,,in_use,,,031031,\n"
                                           "ZC-00034,旧柜子,furniture,,in_use,,,031031,\n";
    const CtlRun imported =
        run({u"import"_s, u"assets"_s, write(u"tags.csv"_s, rows), u"--update"_s});
    ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    EXPECT_TRUE(imported.out.contains(u"2 rows: 2 added, 0 updated"_s)) << describe(imported);
    QHash<QString, QString> names;
    for (const QJsonValue &row : jsonOf({u"export"_s, u"assets"_s})) {
        names.insert(row[u"tag"_s].toString(), row[u"name"_s].toString());
    }
    EXPECT_EQ(names.value(u"ZC-00034"_s), u"旧柜子"_s);
    EXPECT_EQ(names.value(u"ZC-00035"_s), u"新椅子"_s);
}

// A NUL byte is refused at its line and column on both engines (SQLite would store it;
// PostgreSQL fails on it with the SQL's own words), and nothing is imported.
TEST_P(ImportIntegrityCommandTest, ANulByteIsRefusedWithItsPlace) {
    const qsizetype before = alerts().size();
    const QString input =
        write(u"nul.csv"_s, kHeader + kGoodRow + ",1995-06-01T20:15:00,phone,other,0,,丙地,,,有" +
                                QByteArray(1, '\0') + "零字节,open\n");
    const CtlRun refused = run({u"import"_s, u"alerts"_s, input});
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"3:10: "_s)) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"NUL"_s)) << describe(refused);
    EXPECT_FALSE(refused.err.contains(u"INSERT"_s)) << describe(refused);
    EXPECT_EQ(alerts().size(), before);
}

// "N bad rows" counts rows; the problems are counted apart. A time before 1970 says that it
// is too early, not that it is missing.
TEST_P(ImportIntegrityCommandTest, BadRowsAreCountedApartFromProblems) {
    const QString input =
        write(u"bad.csv"_s, kHeader + kGoodRow +
                                ",1995-06-01T20:15:00,radio,fight,0,,乙地,,,两个问题,open\n" +
                                ",1960-06-01T20:15:00,phone,other,0,,丙地,,,太早,open\n");
    const CtlRun refused = run({u"import"_s, u"alerts"_s, input});
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"2 bad row(s) (3 problems); nothing was imported"_s))
        << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"4:received_at: The received time is before 1970-01-01"_s))
        << describe(refused);
}

// A file saved as GB18030/GBK (Excel's and WPS's "CSV" on a Chinese system) is read as such;
// a file in neither encoding is refused with how to save it.
TEST_P(ImportIntegrityCommandTest, AGb18030FileIsImportedAsSuch) {
    QStringEncoder gb18030("GB18030");
    ASSERT_TRUE(gb18030.isValid());
    const QByteArray gbk = gb18030.encode(
        QString::fromUtf8(kHeader + "JQ-1995-000300,1995-06-01T20:15:00,walk_in,assistance,0,"
                                    ",派出所大厅,张三,,群众求助：钱包遗失,open\n"));
    const CtlRun imported = run({u"import"_s, u"alerts"_s, write(u"gbk.csv"_s, gbk)});
    ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    EXPECT_EQ(summaryOf(u"JQ-1995-000300"_s), u"群众求助：钱包遗失"_s);

    const CtlRun refused =
        run({u"import"_s, u"alerts"_s, write(u"latin.csv"_s, kHeader + ",\xFF\xFE,\n")});
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"2:2: "_s)) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"CSV UTF-8"_s)) << describe(refused);
}

// Values a spreadsheet would run as formulas cannot act as one in an export, plain numbers
// stay numbers, and export → import → export gives the same bytes, for alerts and assets.
TEST_P(ImportIntegrityCommandTest, FormulasAreGuardedAndRoundTripExactly) {
    buildDemo();
    const QString alertsIn = write(
        u"formulas.csv"_s,
        kHeader + ",1995-07-01T10:00:00,phone,dispute,0,,=1+2,+86 139 1234 5678,,@SUM(A1),open\n"
                  ",1995-07-01T11:00:00,phone,dispute,0,,-24,-2+3,,"
                  "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",open\n"
                  ",1995-07-01T12:00:00,phone,dispute,0,,''=1,-2.5,,-开头是减号,open\n");
    ASSERT_EQ(ctl({u"import"_s, u"alerts"_s, alertsIn}).exitCode, 0);
    const QStringList range{u"--from"_s, u"1995-01-01"_s, u"--to"_s, u"1996-01-01"_s};
    auto exportAlerts = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        const CtlRun run = ctl(QStringList{u"export"_s, u"alerts"_s, u"--output"_s, path} + range);
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray alerts = exportAlerts(u"alerts-1.csv"_s);
    for (const char *cell :
         {",'=1+2,", ",'+86 139 1234 5678,", ",'@SUM(A1),", ",-24,", ",'-2+3,",
          ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", ",''=1,", ",-2.5,", ",'-开头是减号,"}) {
        EXPECT_TRUE(alerts.contains(cell)) << cell << "\n" << alerts.constData();
    }
    for (const char *formula : {",=", ",+", ",@", ",-2+", ",\"="}) {
        EXPECT_FALSE(alerts.contains(formula)) << formula << "\n" << alerts.constData();
    }
    const CtlRun again =
        ctl({u"import"_s, u"alerts"_s, m_dir.filePath(u"alerts-1.csv"_s), u"--update"_s});
    ASSERT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_TRUE(again.out.contains(u"3 updated"_s)) << describe(again);
    EXPECT_EQ(exportAlerts(u"alerts-2.csv"_s), alerts);

    const QString assetsIn =
        write(u"assets.csv"_s, kAssetHeader + ",=1+2,furniture,@东墙,in_use,,,031031,+86 139\n"
                                              ",-24,furniture,-2+3,in_use,,,031031,''=x\n");
    const CtlRun assetsImported = ctl({u"import"_s, u"assets"_s, assetsIn});
    ASSERT_EQ(assetsImported.exitCode, 0) << describe(assetsImported);
    auto exportAssets = [&](const QString &name) {
        const QString path = m_dir.filePath(name);
        const CtlRun run = ctl({u"export"_s, u"assets"_s, u"--output"_s, path});
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QByteArray assets = exportAssets(u"assets-1.csv"_s);
    for (const char *cell :
         {",'=1+2,furniture,'@东墙,", ",'+86 139\n", ",-24,furniture,'-2+3,", ",''=x\n"}) {
        EXPECT_TRUE(assets.contains(cell)) << cell << "\n" << assets.constData();
    }
    const CtlRun assetsAgain =
        ctl({u"import"_s, u"assets"_s, m_dir.filePath(u"assets-1.csv"_s), u"--update"_s});
    ASSERT_EQ(assetsAgain.exitCode, 0) << describe(assetsAgain);
    EXPECT_TRUE(assetsAgain.out.contains(u"0 added, 0 updated"_s)) << describe(assetsAgain);
    EXPECT_EQ(exportAssets(u"assets-2.csv"_s), assets);
}

SD_INSTANTIATE_ENGINES(ImportIntegrityCommandTest);

} // namespace sd::test
