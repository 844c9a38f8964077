#include "core/frontdesk/OnSceneRecordReport.h"

#include "core/signatures/SignatureStrokes.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const QString kHash = u"3f2a9c1b"_s + QString(56, QLatin1Char('e'));
const QString kGroupedStart = u"3f2a 9c1b eeee"_s;
const qint64 kReceived = 1'764'300'000'000; // 2025-11-28 03:20 UTC

Signature signature(SignatureRole role, const QString &name, const QString &meaning, int slot = 0) {
    Signature s;
    s.role = role;
    s.slot = slot;
    s.printedName = name;
    s.signedAt = kReceived + 40 * 60 * 1000;
    s.meaning = meaning;
    s.imagePng = SignatureStrokes::synthesize(name).renderPng(QSize(600, 200));
    return s;
}

Alert alert() {
    Alert a;
    a.number = u"JQ-2025-000731"_s;
    a.receivedAt = kReceived;
    a.category = AlertCategory::Dispute;
    a.location = u"Xinhua Road 12, building 3 / 新华路12号3栋"_s;
    return a;
}

OnSceneRecord record() {
    OnSceneRecord r;
    r.number = u"CJ-2025-000042"_s;
    r.alertNumber = u"JQ-2025-000731"_s;
    r.eligibleCase = EligibleCase::MediatedDispute;
    r.facts = u"Two neighbours argued about a parked e-bike blocking the stairwell."_s;
    r.handling = u"Both parties were heard; the bike was moved."_s;
    r.result = u"Settled on the spot; both agreed."_s;
    RecordParty party;
    party.name = u"张三"_s;
    party.sex = Sex::Male;
    party.documentNumber = u"11010519491231002X"_s;
    party.phone = u"13800138000"_s;
    party.address = u"Xinhua Road 12-3-401"_s;
    r.parties = {party};
    r.officerIds = {7};
    r.officerNames = {u"Wang Wu"_s};
    r.officerBadges = {u"031031"_s};
    r.witness.name = u"Li Mei"_s;
    r.witness.phone = u"13900139000"_s;
    r.bodyCamRef = u"BC-0311-20251128-0920"_s;
    r.status = RecordStatus::Sealed;
    r.sealedAt = kReceived + 45 * 60 * 1000;
    r.contentSha256 = kHash;
    r.signatures = {
        signature(SignatureRole::Party, u"张三"_s, u"I agree with the record above."_s),
        signature(SignatureRole::Officer, u"Wang Wu"_s, u"I handled this alert."_s),
        signature(SignatureRole::Witness, u"Li Mei"_s, u"I witnessed the handling."_s),
    };
    return r;
}

OnSceneRecordReport makeReport(const OnSceneRecord &r) {
    return OnSceneRecordReport(u"Xinhua Road Police Station"_s, r, alert(),
                               QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

QString tool(const QString &name) {
    return QStandardPaths::findExecutable(name);
}

QString run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString()
                      << " failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString &path) {
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const auto match = pages.match(run(tool(u"pdfinfo"_s), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfText(const QString &path) {
    return run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
}

// Page count through the report's own paint API, independent of poppler.
int paintedPages(const OnSceneRecordReport &report) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(OnSceneRecordReport::defaultPageLayout());
    writer.setResolution(600);
    return report.paint(writer);
}

class OnSceneRecordReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        if (tool(u"pdfinfo"_s).isEmpty() || tool(u"pdftotext"_s).isEmpty()) {
            GTEST_SKIP() << "poppler-utils (pdfinfo, pdftotext) not installed";
        }
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TEST_F(OnSceneRecordReportTest, ShortSealedRecordIsOnePageWithEverythingOnIt) {
    const QString file = path(u"short.pdf"_s);
    const auto written = makeReport(record()).writePdf(file);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(pdfPages(file), 1);
    EXPECT_EQ(paintedPages(makeReport(record())), 1);

    const QString text = pdfText(file);
    for (const QString &expected :
         {u"Xinhua Road Police Station"_s, u"On-Scene Resolution Record"_s, u"CJ-2025-000042"_s,
          u"JQ-2025-000731"_s, u"张三"_s, u"11010519491231002X"_s, u"Wang Wu"_s, u"Li Mei"_s,
          u"I witnessed the handling."_s, u"BC-0311-20251128-0920"_s, u"Page 1 / 1"_s,
          kGroupedStart, u"2025-11-28 11:20"_s /* received, Shanghai time */}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    }
    EXPECT_FALSE(text.contains(u"DRAFT"_s));
}

TEST_F(OnSceneRecordReportTest, LongRecordFlowsOntoMorePagesWithNothingLost) {
    OnSceneRecord r = record();
    QStringList sentences;
    for (int i = 1; i <= 160; ++i) {
        sentences << u"Statement %1 of the caller, recorded in full as it was given."_s.arg(
            i, 3, 10, QLatin1Char('0'));
    }
    r.facts = sentences.join(u"\n"_s);
    r.handling = QString(u"现场民警耐心听取双方陈述，依法进行调解。"_s).repeated(30);
    const QString file = path(u"long.pdf"_s);
    ASSERT_TRUE(makeReport(r).writePdf(file).ok());

    const int pages = pdfPages(file);
    EXPECT_GE(pages, 3);
    EXPECT_EQ(paintedPages(makeReport(r)), pages);
    const QString text = pdfText(file);
    for (int page = 1; page <= pages; ++page) {
        EXPECT_TRUE(text.contains(u"Page %1 / %2"_s.arg(page).arg(pages))) << page;
    }
    // Every line of the long field is there once, in order, across the page breaks.
    qsizetype at = 0;
    for (const QString &sentence : std::as_const(sentences)) {
        const qsizetype found = text.indexOf(sentence, at);
        ASSERT_GE(found, 0) << sentence.toStdString();
        at = found + sentence.size();
    }
    EXPECT_TRUE(text.contains(u"Facts (continued)"_s));
    EXPECT_TRUE(text.contains(u"Li Mei"_s));
}

TEST_F(OnSceneRecordReportTest, DraftIsMarkedAndShowsTheDraftFingerprint) {
    OnSceneRecord r = record();
    r.status = RecordStatus::Draft;
    r.contentSha256.clear();
    r.signatures.removeLast();
    OnSceneRecordReport report = makeReport(r);
    const QString draftHash = u"0123456789abcdef"_s.repeated(4);
    report.setDraftFingerprint(draftHash);
    EXPECT_EQ(report.fingerprint(), draftHash);
    const QString file = path(u"draft.pdf"_s);
    ASSERT_TRUE(report.writePdf(file).ok());

    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(u"DRAFT"_s));
    EXPECT_TRUE(text.contains(u"0123 4567 89ab cdef 0123"_s));
    EXPECT_TRUE(text.contains(u"Not signed"_s)); // the witness box waits for a signature
}

TEST_F(OnSceneRecordReportTest, AmendmentAndRefusalAreStated) {
    OnSceneRecord r = record();
    r.number = u"CJ-2025-000043"_s;
    r.amendsId = 41;
    r.amendsNumber = u"CJ-2025-000042"_s;
    r.amendmentReason = u"Wrong house number"_s;
    r.parties[0].refusedToSign = true;
    r.parties[0].refusalReason = u"Does not want to be involved"_s;
    r.signatures.removeFirst();
    const QString file = path(u"amendment.pdf"_s);
    ASSERT_TRUE(makeReport(r).writePdf(file).ok());

    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(u"Amendment of CJ-2025-000042: Wrong house number"_s));
    EXPECT_TRUE(text.contains(u"Refused to sign"_s));
    EXPECT_TRUE(text.contains(u"Does not want to be involved"_s));
}

TEST_F(OnSceneRecordReportTest, ChineseLabelsComeFromTheTranslation) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/stationdesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QString file = path(u"zh.pdf"_s);
    const auto written = makeReport(record()).writePdf(file);
    QCoreApplication::removeTranslator(&translator);
    ASSERT_TRUE(written.ok());

    const QString text = pdfText(file);
    EXPECT_TRUE(text.contains(u"处警现场处结备案单"_s));
    // pdftotext drops the spaces between Han characters and digits.
    QString footer = text;
    footer.remove(QLatin1Char(' '));
    EXPECT_TRUE(footer.contains(u"第1页/共1页"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"CJ-2025-000042"_s));
    EXPECT_TRUE(text.contains(kGroupedStart));
    EXPECT_FALSE(text.contains(u"Page 1 / 1"_s));
    // The handling officer is written as everywhere in Chinese: full-width brackets.
    EXPECT_TRUE(text.contains(u"Wang Wu（031031）"_s)) << text.toStdString();
    // Characters whose glyph is shared with a radical (页 ⻚, 生 ⽣, 人 ⼈) are extracted as
    // the characters, not the radicals.
    EXPECT_TRUE(text.contains(u"发生地点"_s));
    for (const QChar c : text) {
        EXPECT_FALSE(c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            << static_cast<int>(c.unicode());
    }
}

TEST_F(OnSceneRecordReportTest, UnwritablePathIsAnErrorAndLeavesNothing) {
    const QString missingDir = path(u"no/such/dir/record.pdf"_s);
    const auto written = makeReport(record()).writePdf(missingDir);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Validation);
    EXPECT_EQ(written.error().field, u"file"_s);
    EXPECT_TRUE(written.error().message.contains(missingDir));
    EXPECT_FALSE(QFileInfo::exists(missingDir));

    // A directory where the file should go.
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"taken.pdf"_s));
    EXPECT_FALSE(makeReport(record()).writePdf(path(u"taken.pdf"_s)).ok());
}

TEST(OnSceneRecordReportFingerprint, GroupsInFours) {
    EXPECT_EQ(OnSceneRecordReport::groupedFingerprint(u"3f2a9c1b77"_s), u"3f2a 9c1b 77"_s);
    EXPECT_EQ(OnSceneRecordReport::groupedFingerprint({}), QString());
}

} // namespace
} // namespace sd
