#include "core/mediation/MediationAgreementReport.h"

#include "core/mediation/MediationCanonical.h"
#include "core/mediation/MediationSummaryReport.h"
#include "core/signatures/SignatureStrokes.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace sd {
namespace {

const qint64 kOpened = 1'764'300'000'000; // 2025-11-28 03:20 UTC

Signature signature(SignatureRole role, int slot, const QString &name) {
    Signature s;
    s.role = role;
    s.slot = slot;
    s.printedName = name;
    s.signedAt = kOpened + 3600 * 1000;
    s.meaning = u"I agree."_s;
    s.imagePng = SignatureStrokes::synthesize(name).renderPng(QSize(600, 200));
    return s;
}

MediationCase sealedCase() {
    MediationCase c;
    c.number = u"TJ-2025-0042"_s;
    c.disputeType = DisputeType::BetrothalGift;
    c.facts = u"彩礼返还纠纷"_s;
    c.location = u"幸福路12号"_s;
    c.openedAt = kOpened;
    MediationParty applicant;
    applicant.role = PartyRole::Applicant;
    applicant.name = u"李秀兰"_s;
    applicant.documentNumber = u"11010519491231002X"_s;
    MediationParty respondent;
    respondent.role = PartyRole::Respondent;
    respondent.name = u"王强"_s;
    c.parties = {applicant, respondent};
    c.mediatorIds = {7};
    c.mediatorNames = {u"周杰"_s};
    c.mediatorBadges = {u"031031"_s};
    MediationAgreement agreement;
    agreement.liability = u"双方均有责任"_s;
    agreement.terms = u"王强于三十日内返还彩礼五万元"_s;
    agreement.status = AgreementStatus::Sealed;
    agreement.sealedAt = kOpened + 2 * 3600 * 1000;
    agreement.signatures = {signature(SignatureRole::Party, 0, u"李秀兰"_s),
                            signature(SignatureRole::Party, 1, u"王强"_s),
                            signature(SignatureRole::Officer, 0, u"周杰"_s)};
    c.agreement = agreement;
    c.agreement->contentSha256 = MediationCanonical::contentSha256(c);
    return c;
}

QString pdfText(const QString &path) {
    QProcess process;
    process.start(QStandardPaths::findExecutable(u"pdftotext"_s),
                  {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed";
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

class MediationAgreementReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            GTEST_SKIP() << "poppler-utils (pdftotext) not installed";
        }
    }
    QString write(const MediationCase &c, const QString &name) {
        const QString file = m_dir.filePath(name);
        const auto written = MediationAgreementReport(u"云溪派出所"_s, c,
                                                      QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                                 .writePdf(file);
        EXPECT_TRUE(written.ok()) << written.error().message.toStdString();
        return pdfText(file);
    }
    QTemporaryDir m_dir;
};

TEST_F(MediationAgreementReportTest, ASealedAgreementShowsTermsSignersAndFingerprint) {
    const MediationCase c = sealedCase();
    const QString text = write(c, u"sealed.pdf"_s);
    EXPECT_TRUE(text.contains(u"Mediation Agreement"_s));
    EXPECT_TRUE(text.contains(u"TJ-2025-0042"_s));
    EXPECT_TRUE(text.contains(u"王强于三十日内返还彩礼五万元"_s));
    EXPECT_TRUE(text.contains(u"Mediator"_s));
    EXPECT_TRUE(text.contains(u"周杰"_s));
    EXPECT_TRUE(text.contains(u"Page 1 / 1"_s));
    EXPECT_TRUE(text.contains(c.agreement->contentSha256.left(4)));
    EXPECT_FALSE(text.contains(u"DRAFT"_s));
}

TEST_F(MediationAgreementReportTest, ADraftIsMarkedAndLongTermsFlowOntoMorePages) {
    MediationCase c = sealedCase();
    c.agreement->status = AgreementStatus::Draft;
    c.agreement->terms = u"分期履行的具体安排。"_s.repeated(400);
    const QString text = write(c, u"draft.pdf"_s);
    EXPECT_TRUE(text.contains(u"DRAFT"_s));
    EXPECT_TRUE(text.contains(u"Page 2 / "_s)) << text.toStdString();
}

TEST_F(MediationAgreementReportTest, ChineseLabelsComeFromTheTranslation) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/stationdesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QString text = write(sealedCase(), u"zh.pdf"_s);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(text.contains(u"调解协议书"_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"Mediation Agreement"_s));
}

TEST_F(MediationAgreementReportTest, NoAgreementIsRefusedAndTheSummaryPrints) {
    MediationCase c = sealedCase();
    c.agreement.reset();
    const QString file = m_dir.filePath(u"none.pdf"_s);
    const auto refused =
        MediationAgreementReport(u"云溪派出所"_s, c, QTimeZone::utc()).writePdf(file);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, u"agreement"_s);
    const QString summary = m_dir.filePath(u"summary.pdf"_s);
    ASSERT_TRUE(MediationSummaryReport(u"云溪派出所"_s, c, QTimeZone::utc(), QDate(2025, 12, 28))
                    .writePdf(summary)
                    .ok());
    const QString text = pdfText(summary);
    EXPECT_TRUE(text.contains(u"Mediation Case Summary"_s));
    EXPECT_TRUE(text.contains(u"2025-12-28"_s));
}

TEST_F(MediationAgreementReportTest, TheSummaryNamesEachVisitsPlanInTheReadersLanguage) {
    MediationCase c = sealedCase();
    MediationFollowUp first; // as the seal schedules it: no plan stored
    first.dueOn = QDate(2025, 12, 13);
    MediationFollowUp second;
    second.dueOn = QDate(2026, 1, 13);
    second.plan = u"电话回访"_s;
    c.followUps = {first, second};
    const auto summary = [&](const QString &name) {
        const QString file = m_dir.filePath(name);
        EXPECT_TRUE(
            MediationSummaryReport(u"云溪派出所"_s, c, QTimeZone::utc(), QDate(2025, 12, 28))
                .writePdf(file)
                .ok());
        return pdfText(file).simplified();
    };
    const QString english = summary(u"summary-en.pdf"_s);
    EXPECT_TRUE(english.contains(u"First follow-up visit"_s)) << english.toStdString();
    EXPECT_TRUE(english.contains(u"电话回访"_s));

    QTranslator translator;
    ASSERT_TRUE(translator.load(u":/i18n/stationdesk_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);
    const QString chinese = summary(u"summary-zh.pdf"_s);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_TRUE(chinese.contains(u"首次回访"_s)) << chinese.toStdString();
    EXPECT_FALSE(chinese.contains(u"First follow-up visit"_s));
    EXPECT_TRUE(chinese.contains(u"电话回访"_s));
}

} // namespace
} // namespace sd
