#include "reports/Csv.h"

#include <QBuffer>
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
