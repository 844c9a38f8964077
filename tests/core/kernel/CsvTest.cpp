#include "core/kernel/documents/Csv.h"

#include "CsvFiles.h"
#include "core/kernel/documents/CsvImportFile.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {
namespace {

QList<CsvRecord> readAll(const QByteArray &bytes, std::optional<Error> *error = nullptr) {
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record)) {
        records.append(record);
    }
    if (error) {
        *error = reader.error();
    }
    return records;
}

TEST(CsvTest, ReadsQuotedFieldsAcrossLinesAndKeepsLineNumbers) {
    const auto records = readAll("\xEF\xBB\xBFnumber,summary\r\n"
                                 "1,\"two\nlines, with \"\"quotes\"\"\"\r\n"
                                 "2,\xE6\xB4\xBE\xE5\x87\xBA\xE6\x89\x80\n");
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records[0].fields, (QStringList{u"number"_s, u"summary"_s}));
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields.at(1), u"two\nlines, with \"quotes\""_s);
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields.at(1), u"派出所"_s);
}

TEST(CsvTest, OnlyTheFilesFirstBytesAreAByteOrderMark) {
    // A U+FEFF at the start of a later field is text and must survive export → import.
    const auto records = readAll("\xEF\xBB\xBF\xEF\xBB\xBF"
                                 "a,\xEF\xBB\xBF"
                                 "b\n\xEF\xBB\xBF"
                                 "c\n");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, (QStringList{u"\uFEFFa"_s, u"\uFEFFb"_s}));
    EXPECT_EQ(records[1].fields, (QStringList{u"\uFEFFc"_s}));
}

TEST(CsvTest, AGb18030FileMayStartWithItsByteOrderMark) {
    QStringEncoder encoder("GB18030");
    const QByteArray text = "\x84\x31\x95\x33" + encoder.encode(u"编号,摘要\n"_s);
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, CsvEncoding::Gb18030);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record));
    EXPECT_EQ(record.fields, (QStringList{u"编号"_s, u"摘要"_s}));
}

TEST(CsvTest, LastLineWithoutNewlineAndEmptyFields) {
    const auto records = readAll("a,,\n,b,");
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, (QStringList{u"a"_s, QString(), QString()}));
    EXPECT_EQ(records[1].fields, (QStringList{QString(), u"b"_s, QString()}));
}

TEST(CsvTest, UnterminatedQuoteNamesTheLineWhereItOpened) {
    std::optional<Error> error;
    const auto records = readAll("a,b\n1,\"open\n2,3\n", &error);
    EXPECT_EQ(records.size(), 1);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.startsWith(u"2:2: "_s)) << error->message.toStdString();
}

TEST(CsvTest, InvalidUtf8IsRefusedWithItsPlace) {
    std::optional<Error> error;
    readAll("a,b\n1,\xFF\xFE\n", &error);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.startsWith(u"2:2: "_s)) << error->message.toStdString();
}

TEST(CsvTest, ANulByteIsRefusedWithItsPlace) {
    std::optional<Error> error;
    const auto records = readAll(QByteArray("a,b\n1,x\0y\n\"q\n\0\"\n", 16), &error);
    EXPECT_EQ(records.size(), 1);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message.startsWith(u"2:2: "_s)) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(u"NUL"_s)) << error->message.toStdString();
}

QByteArray writeAll(const QList<QStringList> &rows) {
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    for (const auto &row : rows) {
        EXPECT_TRUE(writer.writeRow(row));
    }
    return data;
}

// Guarded so that no cell starts a formula, and unguarded back to exactly the value.
TEST(CsvTest, FormulasAreGuardedReversibly) {
    struct Case {
        QString value;
        QString written;
    };
    const QList<Case> cases = {
        {u"=1+2"_s, u"'=1+2"_s},
        {u"=HYPERLINK(\"http://x\",\"y\")"_s, u"'=HYPERLINK(\"http://x\",\"y\")"_s},
        {u"+86 139 1234 5678"_s, u"'+86 139 1234 5678"_s},
        {u"+8613912345678"_s, u"'+8613912345678"_s},
        {u"-2+3"_s, u"'-2+3"_s},
        {u"@SUM(A1:A9)"_s, u"'@SUM(A1:A9)"_s},
        {u"\t=1"_s, u"'\t=1"_s},
        {u"\r=1"_s, u"'\r=1"_s},
        {u"'=1"_s, u"''=1"_s},
        {u"''+1"_s, u"'''+1"_s},
        {u"'-24"_s, u"''-24"_s},
        {u"-24"_s, u"-24"_s},   // a number, not a formula
        {u"-2.5"_s, u"-2.5"_s}, // likewise
        {u"-"_s, u"'-"_s},
        {u"'quoted'"_s, u"'quoted'"_s},
        {u"it's"_s, u"it's"_s},
        {u"'"_s, u"'"_s},
        {QString(), QString()},
        {u"云溪=1"_s, u"云溪=1"_s},
    };
    QStringList values;
    for (const Case &c : cases) {
        EXPECT_EQ(CsvFormulaGuard::guard(c.value), c.written) << c.value.toStdString();
        EXPECT_EQ(CsvFormulaGuard::unguard(c.written), c.value) << c.written.toStdString();
        const QString cell = CsvFormulaGuard::guard(c.value);
        const bool plainNumber = c.value == u"-24"_s || c.value == u"-2.5"_s;
        EXPECT_TRUE(cell.isEmpty() || plainNumber || !u"=+-@\t\r"_s.contains(cell.front()))
            << "a spreadsheet would run " << cell.toStdString();
        values << c.value;
    }
    const QByteArray first = writeAll({values});
    const auto records = readAll(first);
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, values);
    EXPECT_EQ(writeAll({records[0].fields}), first) << "written, read and written: the same bytes";
}

TEST(CsvTest, TheWriterStartsWithABomThatTheReaderSkips) {
    const QByteArray data = writeAll({{u"number"_s, u"summary"_s}, {u"1"_s, u"派出所"_s}});
    EXPECT_TRUE(data.startsWith("\xEF\xBB\xBFnumber,summary\n")) << data.constData();
    EXPECT_EQ(data.count("\xEF\xBB\xBF"), 1);
    const auto records = readAll(data);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, (QStringList{u"number"_s, u"summary"_s}));
}

class CsvImportFileTest : public ::testing::Test {
protected:
    QString write(const QByteArray &bytes) { return m_files.write(bytes); }
    sd::test::CsvFiles m_files;
};

// What Excel and WPS save as "CSV" on a Chinese system is read as GB18030; a UTF-8 file
// with one damaged character is not mistaken for it, and the keys of the rows are gathered.
TEST_F(CsvImportFileTest, AGb18030FileIsReadAsSuch) {
    QStringEncoder encoder("GB18030");
    ASSERT_TRUE(encoder.isValid());
    const QByteArray gbk = encoder.encode(u"number,summary\nJQ-2026-000001,派出所大厅\n"
                                          u"JQ-2026-000002,群众求助：钱包遗失\n"_s);
    CsvKeyIndex keys([](const QString &first) -> std::optional<qint64> {
        return first.startsWith(u"JQ-"_s) ? std::optional<qint64>(first.right(6).toLongLong())
                                          : std::nullopt;
    });
    const QString path = write(gbk);
    auto facts = CsvImportFile::inspect(path, &keys);
    ASSERT_TRUE(facts.ok()) << facts.error().message.toStdString();
    EXPECT_EQ(facts->encoding, CsvEncoding::Gb18030);
    EXPECT_EQ(keys.firstLine(2), 3);
    EXPECT_FALSE(keys.contains(3));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(file, facts->encoding);
    CsvRecord record;
    ASSERT_TRUE(reader.next(record) && reader.next(record));
    EXPECT_EQ(record.fields.value(1), u"派出所大厅"_s);

    auto utf8 = CsvImportFile::inspect(write("number,summary\n1,\xE6\xB4\xBE\xE5\x87\xBA\n"));
    ASSERT_TRUE(utf8.ok());
    EXPECT_EQ(utf8->encoding, CsvEncoding::Utf8);

    // 派 then a broken 出: not UTF-8, and not GB18030 either.
    auto damaged = CsvImportFile::inspect(write("number,summary\n1,\xE6\xB4\xBE\xE5\x87,x\n"));
    ASSERT_FALSE(damaged.ok());
    EXPECT_TRUE(damaged.error().message.startsWith(u"2:2: "_s))
        << damaged.error().message.toStdString();
    EXPECT_TRUE(damaged.error().message.contains(u"CSV UTF-8"_s));
}

// The first column as the fast pass reads it is the first column CsvReader reads, line for line.
TEST_F(CsvImportFileTest, TheKeysAreTheFirstFieldsCsvReaderReads) {
    const QByteArray text = "\xEF\xBB\xBFkey,b\r\n"
                            "JQ-1,x\r\n"
                            "\"JQ-2\nstill JQ-2, \"\"quoted\"\"\",\"y\nz\"\n"
                            "\n"
                            "a\"b,\"c,d\"\n"
                            "\"\"\"\",e\n"
                            "\"x\"y,f\n"
                            "'=JQ-3,\"g\"\"\n\"\n"
                            "lonely\rCR\n"
                            "last,no newline";
    QStringList seen;
    CsvKeyIndex keys([&seen](const QString &first) -> std::optional<qint64> {
        seen << first;
        return seen.size() - 1;
    });
    auto facts = CsvImportFile::inspect(write(text), &keys);
    ASSERT_TRUE(facts.ok()) << facts.error().message.toStdString();
    const auto records = readAll(text);
    ASSERT_EQ(seen.size(), records.size() - 1);
    for (qsizetype i = 1; i < records.size(); ++i) {
        EXPECT_EQ(seen[i - 1].trimmed(), records[i].fields.value(0).trimmed()) << i;
        EXPECT_EQ(keys.firstLine(i - 1), records[i].line) << i;
    }
}

// The rejects file is on disk once committed, and withdrawn if the import's COMMIT fails.
TEST_F(CsvImportFileTest, RejectsAreWithdrawnAfterAFailedCommit) {
    const QString path = m_files.path(u"rejects.csv"_s);
    CsvRejects rejects;
    ASSERT_TRUE(rejects.open(path, {u"a"_s, u"b"_s}).ok());
    ASSERT_TRUE(rejects.add({u"1"_s, u"=2"_s}, {u"b: bad"_s}).ok());
    EXPECT_FALSE(QFile::exists(path)) << "not before the commit";
    ASSERT_TRUE(rejects.commit().ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("\xEF\xBB\xBF"
                                         "a,b,problems\n1,'=2,b: bad\n"));
    file.close();
    rejects.withdraw();
    EXPECT_FALSE(QFile::exists(path));

    const QString missing = m_files.path(u"no/such/folder/rejects.csv"_s);
    const Status refused = rejects.open(missing, {u"a"_s});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(missing));
    EXPECT_TRUE(refused.error().message.contains(u"No such file or directory"_s));
}

TEST(CsvTest, WriterOutputReadsBackExactly) {
    const QList<QStringList> rows = {{u"x"_s, u"a,b"_s, u"say \"hi\""_s},
                                     {u"line\nbreak"_s, QString(), u"云溪"_s}};
    QByteArray data;
    {
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(buffer);
        for (const auto &row : rows) {
            ASSERT_TRUE(writer.writeRow(row));
        }
    }
    const auto records = readAll(data);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].fields, rows[0]);
    EXPECT_EQ(records[1].fields, rows[1]);
}

TEST(CsvTest, ProblemsAreCappedWithACount) {
    ImportProblems problems(2);
    problems.add(2, u"category"_s, u"bad"_s);
    problems.add(3, u"source"_s, u"bad"_s);
    problems.add(4, u"status"_s, u"bad"_s);
    EXPECT_EQ(problems.total(), 3);
    EXPECT_EQ(problems.shown(), (QStringList{u"2:category: bad"_s, u"3:source: bad"_s}));
    EXPECT_TRUE(problems.report().contains(u"1 more"_s));
}

} // namespace
} // namespace sd
