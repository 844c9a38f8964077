#include "app/stationctl/TableWriter.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {

namespace {

TableWriter sample() {
    TableWriter writer({
        {u"name"_s, u"Name"_s},
        {u"count"_s, u"Count"_s, Qt::AlignRight},
        {u"note"_s, u"Note"_s},
    });
    return writer;
}

// The display column at which each line's n-th gap-separated cell starts.
int columnOf(const QString &line, const QString &cell) {
    return TableWriter::displayWidth(line.left(line.indexOf(cell)));
}

} // namespace

TEST(TableWriterTest, CsvQuotesOnlyWhenNeeded) {
    EXPECT_EQ(TableWriter::csvField(u"plain"_s), u"plain"_s);
    EXPECT_EQ(TableWriter::csvField(u""_s), u""_s);
    EXPECT_EQ(TableWriter::csvField(u"周建国"_s), u"周建国"_s);
    EXPECT_EQ(TableWriter::csvField(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(TableWriter::csvField(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    EXPECT_EQ(TableWriter::csvField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(TableWriter::csvField(u"cr\rhere"_s), u"\"cr\rhere\""_s);
    EXPECT_EQ(TableWriter::csvField(u" spaced "_s), u" spaced "_s);
}

TEST(TableWriterTest, CsvHasKeyHeaderAndCrlfRows) {
    TableWriter writer = sample();
    writer.addRow({u"甲, 乙"_s, 3, u"line\nbreak"_s});
    writer.addRow({u"x"_s, QVariant(), QStringList{u"a"_s, u"b"_s}});
    writer.addRow({u"y"_s, true, QDate(2026, 3, 15)});
    EXPECT_EQ(writer.toCsv(), u"name,count,note\r\n"
                              u"\"甲, 乙\",3,\"line\nbreak\"\r\n"
                              u"x,,a; b\r\n"
                              u"y,true,2026-03-15\r\n"_s);
}

TEST(TableWriterTest, DisplayWidthCountsCjkAsTwoColumns) {
    EXPECT_EQ(TableWriter::displayWidth(u""_s), 0);
    EXPECT_EQ(TableWriter::displayWidth(u"abc"_s), 3);
    EXPECT_EQ(TableWriter::displayWidth(u"周建国"_s), 6);
    EXPECT_EQ(TableWriter::displayWidth(u"a周b"_s), 4);
    EXPECT_EQ(TableWriter::displayWidth(u"（东关）、"_s), 10); // full-width punctuation
    EXPECT_EQ(TableWriter::displayWidth(u"e\u0301"_s), 1);     // combining accent
    EXPECT_EQ(TableWriter::displayWidth(u"\U00020000"_s), 2);  // outside the BMP
    EXPECT_EQ(TableWriter::displayWidth(u"한국"_s), 4);
}

TEST(TableWriterTest, TableAlignsMixedWidthText) {
    TableWriter writer = sample();
    writer.addRow({u"伏击行动组"_s, 10, u"x"_s});
    writer.addRow({u"Ambush"_s, 7, u"y"_s});
    const QStringList lines = writer.toTable().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(0), u"Name        Count  Note"_s);
    EXPECT_EQ(lines.at(1), u"----------  -----  ----"_s);
    // The count is right-aligned and the notes start at the same column on every row.
    EXPECT_EQ(columnOf(lines.at(2), u"10"_s) + 2, columnOf(lines.at(0), u"Count"_s) + 5);
    EXPECT_EQ(columnOf(lines.at(3), u"7"_s) + 1, columnOf(lines.at(0), u"Count"_s) + 5);
    EXPECT_EQ(columnOf(lines.at(2), u"x"_s), columnOf(lines.at(0), u"Note"_s));
    EXPECT_EQ(columnOf(lines.at(3), u"y"_s), columnOf(lines.at(0), u"Note"_s));
}

TEST(TableWriterTest, TableCellsStayOnOneLineAndUseTheDisplayFunction) {
    TableWriter writer({{u"kind"_s, u"Kind"_s, Qt::AlignLeft,
                         [](const QVariant &value) {
                             return value.toString().toUpper();
                         }},
                        {u"note"_s, u"Note"_s}});
    writer.addRow({u"squad"_s, u"a\nb"_s});
    const QStringList lines = writer.toTable().split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(2), u"SQUAD  a b"_s);
}

TEST(TableWriterTest, JsonKeepsTypesAndParses) {
    TableWriter writer = sample();
    writer.addRow({u"quote \" back\\slash\ttab\u0001"_s, 42, QStringList{u"东关社区"_s}});
    writer.addRow({u"x"_s, QVariant(), QDate()});
    writer.addRow({u"y"_s, false, QDate(2026, 1, 2)});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(writer.toJson().toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << writer.toJson().toStdString();
    const QJsonArray rows = document.array();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).toObject().value(u"name"_s).toString(),
              u"quote \" back\\slash\ttab\u0001"_s);
    EXPECT_EQ(rows.at(0).toObject().value(u"count"_s).toInt(), 42);
    EXPECT_EQ(rows.at(0).toObject().value(u"note"_s).toArray().at(0).toString(), u"东关社区"_s);
    EXPECT_TRUE(rows.at(1).toObject().value(u"count"_s).isNull());
    EXPECT_TRUE(rows.at(1).toObject().value(u"note"_s).isNull());
    EXPECT_EQ(rows.at(2).toObject().value(u"count"_s), QJsonValue(false));
    EXPECT_EQ(rows.at(2).toObject().value(u"note"_s).toString(), u"2026-01-02"_s);
    // Column order is kept, which QJsonObject would not do.
    EXPECT_TRUE(writer.toJson().contains(u"{\"name\": \"x\", \"count\": null"_s));
}

TEST(TableWriterTest, EmptyListings) {
    const TableWriter writer = sample();
    EXPECT_EQ(writer.toJson(), u"[]\n"_s);
    EXPECT_EQ(writer.toCsv(), u"name,count,note\r\n"_s);
    EXPECT_EQ(writer.toTable(), u"Name  Count  Note\n----  -----  ----\n"_s);
}

} // namespace sd
