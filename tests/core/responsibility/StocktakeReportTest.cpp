#include "core/responsibility/StocktakeReport.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {
namespace {

AssetRow item(const QString &tag, const QString &name, AssetKind kind, const QString &owner,
              const QString &badge) {
    AssetRow row;
    row.asset.tag = tag;
    row.asset.name = name;
    row.asset.kind = kind;
    row.owner.ref = OwnerRef::person(1);
    row.owner.name = owner;
    row.owner.badge = badge;
    row.owner.accountableName = owner;
    row.owner.accountableBadge = badge;
    return row;
}

StocktakeReport makeReport(int found = 3) {
    StocktakeResult result;
    for (int i = 1; i <= found; ++i) {
        result.found << item(u"ZC-%1"_s.arg(100 + i, 5, 10, QLatin1Char('0')),
                             u"执法记录仪 %1"_s.arg(i), AssetKind::Equipment, u"王五"_s,
                             u"031031"_s);
    }
    result.missing << item(u"ZC-00090"_s, u"对讲机 02"_s, AssetKind::Equipment, u"李梅"_s,
                           u"031042"_s);
    result.unexpected << item(u"ZC-00091"_s, u"绿萝"_s, AssetKind::Plant, u"罗晓燕"_s, u"031022"_s);
    result.unknownTags << u"ZC-09999"_s;
    return StocktakeReport(
        u"Xinhua Road Police Station"_s,
        item(u"ZC-00006"_s, u"装备室"_s, AssetKind::Room, u"赵六"_s, u"031003"_s),
        QDate(2026, 11, 29), result, u"张伟 (031034)"_s, true);
}

QString pdfText(const QString &path) {
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    QProcess process;
    process.start(tool, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed";
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

class StocktakeReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            GTEST_SKIP() << "poppler-utils (pdftotext) not installed";
        }
    }
    QTemporaryDir m_dir;
};

TEST_F(StocktakeReportTest, ListsThePlaceTheDayWhoAndEveryItem) {
    const QString file = m_dir.filePath(u"stocktake.pdf"_s);
    const Status written = makeReport().writePdf(file);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(file);
    for (const QString &expected :
         {u"Xinhua Road Police Station"_s, u"Stocktake Report"_s, u"ZC-00006 装备室"_s,
          u"2026-11-29"_s, u"张伟 (031034)"_s, u"Found (3)"_s, u"Missing (1)"_s,
          u"Unexpected here (1)"_s, u"Unknown codes (1)"_s, u"ZC-00101"_s, u"ZC-00103"_s,
          u"对讲机 02"_s, u"ZC-00091"_s, u"ZC-09999"_s, u"Page 1 / 1"_s,
          u"3 found, 1 missing, 1 unexpected, 1 unknown code(s)"_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    }
}

TEST_F(StocktakeReportTest, ALongListGoesOnOverPagesWithNothingLost) {
    const QString file = m_dir.filePath(u"long.pdf"_s);
    ASSERT_TRUE(makeReport(80).writePdf(file).ok());
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(u"ZC-00180"_s));
    EXPECT_TRUE(text.contains(u"Page 2 / "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"(continued)"_s));
}

TEST_F(StocktakeReportTest, ChineseLabelsComeFromTheTranslation) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/stationdesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QString file = m_dir.filePath(u"zh.pdf"_s);
    const Status written = makeReport().writePdf(file);
    QCoreApplication::removeTranslator(&translator);
    ASSERT_TRUE(written.ok());
    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(u"盘点报告"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Stocktake Report"_s));
}

TEST_F(StocktakeReportTest, UnwritablePathIsAValidationErrorOnFile) {
    const QString path = m_dir.filePath(u"no/such/dir/s.pdf"_s);
    const Status written = makeReport().writePdf(path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().field, u"file"_s);
    EXPECT_FALSE(QFileInfo::exists(path));
}

} // namespace
} // namespace sd
