#include "StationCtlFixture.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace sd::test {

namespace {
const QByteArray kHeader = "number,received_at,source,category,preventable,area,location,"
                           "caller_name,caller_phone,summary,status\n";
} // namespace

// stationctl import/export alerts, records list/verify and report onscene, on both
// engines; tampering with sealed records is done with the real sqlite3 and psql clients.
class FrontDeskCommandTest : public StationCtlFixture {
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
    QString exportCsv() {
        const QString path = m_dir.filePath(u"export-%1.csv"_s.arg(++m_exports));
        const CtlRun run = ctl({u"export"_s, u"alerts"_s, u"--output"_s, path});
        EXPECT_EQ(run.exitCode, 0) << describe(run);
        return path;
    }
    int alertCount() { return jsonOf({u"export"_s, u"alerts"_s}).size(); }
    QTemporaryDir m_dir;
    int m_exports = 0;
};

TEST_P(FrontDeskCommandTest, AnExportImportsBackToTheSameData) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QString input = write(
        u"alerts.csv"_s,
        kHeader +
            "JQ-1999-000101,1999-06-01T20:15:00+08:00,dispatch,dispute,1,南湖社区,"
            "南湖新村3栋,陈静,13912340001,\"楼道堆物引发争吵，\"\"要求清理\"\"\",closed\n"
            ",1999-06-02 08:00,walk_in,assistance,0,,派出所大厅,Tom Lee,,"
            "\"Lost passport,\nasked for help\",resolved_on_scene\n"
            ",1999-06-03T09:30:00Z,patrol,traffic,false,东关社区,东关路口,,,电动车逆行,open\n");
    const CtlRun imported = ctl({u"import"_s, u"alerts"_s, input});
    ASSERT_EQ(imported.exitCode, 0) << describe(imported);
    EXPECT_TRUE(imported.out.contains(u"3 rows: 3 added, 0 updated, 0 rejected"_s))
        << describe(imported);

    const QString first = exportCsv();
    const QByteArray exported = read(first);
    // A UTF-8 BOM first, so that Excel reads the Chinese as UTF-8.
    EXPECT_TRUE(exported.startsWith("\xEF\xBB\xBF" + kHeader));
    EXPECT_TRUE(exported.contains("JQ-1999-000101,1999-06-01T20:15:00+08:00,dispatch,dispute,1,"
                                  "南湖社区,南湖新村3栋,陈静,13912340001,"
                                  "\"楼道堆物引发争吵，\"\"要求清理\"\"\",closed\n"));
    // Generated numbers follow the year's highest; local time is the station's
    // (Asia/Shanghai), and Z is converted to it.
    EXPECT_TRUE(exported.contains("JQ-1999-000102,1999-06-02T08:00:00+08:00,walk_in"));
    EXPECT_TRUE(exported.contains("JQ-1999-000103,1999-06-03T17:30:00+08:00,patrol,traffic,0,"));

    const CtlRun again = ctl({u"import"_s, u"alerts"_s, first, u"--update"_s});
    ASSERT_EQ(again.exitCode, 0) << describe(again);
    EXPECT_EQ(read(exportCsv()), exported);

    const QJsonArray json = jsonOf(
        {u"export"_s, u"alerts"_s, u"--from"_s, u"1999-06-01"_s, u"--to"_s, u"1999-06-03"_s});
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[0].toObject().value(u"number"_s).toString(), u"JQ-1999-000101"_s);
    EXPECT_EQ(json[1].toObject().value(u"summary"_s).toString(),
              u"Lost passport,\nasked for help"_s);
}

TEST_P(FrontDeskCommandTest, AFileWithBadRowsImportsNothingAndNamesEachOne) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const int before = alertCount();
    const QByteArray rows = kHeader +
                            ",1999-06-01T20:15:00,dispatch,dispute,0,,甲地,,,好的一行,open\n"
                            ",1999-13-01T20:15:00,dispatch,dispute,0,,乙地,,,坏时间,open\n"
                            ",1999-06-01T20:15:00,radio,fight,0,,丙地,,,坏来源和类别,open\n"
                            ",1999-06-01T20:15:00,phone,other,0,无此社区,丁地,,12,,open\n"
                            ",1999-06-02T10:00:00,phone,other,0,,戊地,,,另一好行,closed\n";
    const QString input = write(u"bad.csv"_s, rows);
    const CtlRun refused = ctl({u"import"_s, u"alerts"_s, input});
    EXPECT_EQ(refused.exitCode, 1) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"3:received_at: "_s)) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"4:source: \"radio\" is not one of dispatch|phone"_s))
        << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"4:category: "_s)) << describe(refused);
    EXPECT_TRUE(refused.err.contains(u"5:area: there is no community area named \"无此社区\""_s))
        << describe(refused);
    EXPECT_EQ(alertCount(), before);

    const QString rejects = m_dir.filePath(u"rejects.csv"_s);
    const CtlRun skipped = ctl({u"import"_s, u"alerts"_s, input, u"--skip-invalid"_s, rejects});
    ASSERT_EQ(skipped.exitCode, 0) << describe(skipped);
    EXPECT_TRUE(skipped.out.contains(u"5 rows: 2 added, 0 updated, 3 rejected"_s))
        << describe(skipped);
    EXPECT_EQ(alertCount(), before + 2);
    const QStringList rejected = QString::fromUtf8(read(rejects)).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(rejected.size(), 4);
    EXPECT_TRUE(rejected[0].endsWith(u",problems"_s));
    EXPECT_TRUE(rejected[3].contains(u"area: there is no community area named"_s))
        << rejected[3].toStdString();

    // Numbers that exist are an error unless --update.
    const QString twice = write(
        u"twice.csv"_s,
        kHeader + "JQ-1999-000001,1999-06-01T20:15:00,dispatch,dispute,0,,甲地,,,改了,closed\n");
    const CtlRun existing = ctl({u"import"_s, u"alerts"_s, twice});
    EXPECT_EQ(existing.exitCode, 1) << describe(existing);
    EXPECT_TRUE(existing.err.contains(u"2:number: alert JQ-1999-000001 already exists"_s))
        << describe(existing);
    const CtlRun updated = ctl({u"import"_s, u"alerts"_s, twice, u"--update"_s});
    EXPECT_EQ(updated.exitCode, 0) << describe(updated);
    EXPECT_TRUE(updated.out.contains(u"1 updated"_s)) << describe(updated);

    const CtlRun header = ctl({u"import"_s, u"alerts"_s, write(u"h.csv"_s, "a,b\n1,2\n")});
    EXPECT_EQ(header.exitCode, 1) << describe(header);
    EXPECT_TRUE(header.err.contains(u"1:1: the header must be exactly number,received_at"_s))
        << describe(header);
    EXPECT_EQ(ctl({u"import"_s, u"alerts"_s}).exitCode, 2);
}

TEST_P(FrontDeskCommandTest, RecordsAreListedVerifiedAndPrinted) {
    ASSERT_NO_FATAL_FAILURE(buildDemo());
    const QJsonArray all = jsonOf({u"records"_s, u"list"_s});
    const QJsonArray sealed = jsonOf({u"records"_s, u"list"_s, u"--sealed"_s});
    const QJsonArray drafts = jsonOf({u"records"_s, u"list"_s, u"--drafts"_s});
    EXPECT_EQ(sealed.size(), 6); // five alerts' records and one amendment
    EXPECT_EQ(drafts.size(), 1);
    EXPECT_EQ(all.size(), 7);
    const QJsonObject first = sealed[0].toObject();
    for (const QString &key :
         {u"number"_s, u"kind"_s, u"alert_number"_s, u"status"_s, u"sealed_at"_s}) {
        EXPECT_TRUE(first.contains(key)) << key.toStdString();
    }
    EXPECT_EQ(first.value(u"kind"_s).toString(), u"onscene"_s);
    EXPECT_EQ(first.value(u"status"_s).toString(), u"sealed"_s);
    const QString number = first.value(u"number"_s).toString();

    const QString pdf = m_dir.filePath(u"record.pdf"_s);
    const CtlRun printed = ctl({u"report"_s, u"onscene"_s, number, u"--pdf"_s, pdf});
    ASSERT_EQ(printed.exitCode, 0) << describe(printed);
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(text.readAllStandardOutput()).contains(number));
    EXPECT_EQ(ctl({u"report"_s, u"onscene"_s, u"CJ-1999-000001"_s, u"--pdf"_s, pdf}).exitCode, 1);

    const CtlRun clean = ctl({u"records"_s, u"verify"_s});
    ASSERT_EQ(clean.exitCode, 0) << describe(clean);
    EXPECT_TRUE(clean.out.contains(u"6 sealed record"_s)) << describe(clean);

    const QString second = sealed[1].toObject().value(u"number"_s).toString();
    ASSERT_NO_FATAL_FAILURE(runClientSql(
        u"UPDATE onscene_record SET facts = facts || '。' WHERE number = '%1';"_s.arg(number),
        u"UPDATE onscene_record SET facts = facts || '。' WHERE number = '%1'"_s.arg(number)));
    CtlRun tampered = ctl({u"records"_s, u"verify"_s});
    EXPECT_EQ(tampered.exitCode, 1) << describe(tampered);
    EXPECT_TRUE(tampered.out.contains(number + u": "_s)) << describe(tampered);
    EXPECT_FALSE(tampered.out.contains(second)) << describe(tampered);

    // Put the first back, then move the second record's witness signature onto the first.
    const QString moveSignature =
        u"UPDATE onscene_record SET facts = substr(facts, 1, length(facts) - 1) WHERE number = "
        u"'%1'; DELETE FROM record_signature WHERE role = 'witness' AND record_id = (SELECT id "
        u"FROM onscene_record WHERE number = '%1'); UPDATE record_signature SET record_id = "
        u"(SELECT id FROM onscene_record WHERE number = '%1') WHERE role = 'witness' AND "
        u"record_id = (SELECT id FROM onscene_record WHERE number = '%2')"_s.arg(number, second);
    ASSERT_NO_FATAL_FAILURE(runClientSql(moveSignature + u';', moveSignature));
    tampered = ctl({u"records"_s, u"verify"_s});
    EXPECT_EQ(tampered.exitCode, 1) << describe(tampered);
    EXPECT_TRUE(tampered.out.contains(number + u": "_s)) << describe(tampered);
    EXPECT_TRUE(tampered.out.contains(second + u": "_s)) << describe(tampered);
}

SD_INSTANTIATE_ENGINES(FrontDeskCommandTest);

} // namespace sd::test
