// What a mediation case shows and hands out, and how that is audited: revealing a party's
// identity number, previewing and printing the agreement and the summary, the follow-up
// plan in the reader's language, and which mediator the logged-in user is.
#include "UiTestFixture.h"
#include "core/kernel/storage/Sql.h"
#include "core/organisation/IdNumber.h"
#include "core/signatures/SignatureStrokes.h"
#include "ui/mediation/MediationCaseEditor.h"
#include "ui/mediation/MediationCaseForm.h"
#include "ui/mediation/MediationFollowUpsTab.h"
#include "ui/mediation/MediationPage.h"
#include "ui/mediation/MediationPartyEditor.h"
#include "ui/mediation/MediationSignaturesPanel.h"
#include "ui/shell/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kPassword = u"Officer-Pass-2026"_s;

class MediationOutputTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        addAccount(u"031031"_s, u"Wang Fang"_s, Role::Officer, kPassword);
        // Listed before the officer, so whoever is offered first is not the officer by chance.
        addPerson(u"031000"_s, u"A Ai"_s);
        m_officer = organisation().personByBadge(u"031031"_s).value().value();
        login(u"031031"_s, kPassword);
    }
    void TearDown() override {
        closePage();
        Language::install(u"en"_s);
        UiTest::TearDown();
    }
    void openPage() {
        m_page = std::make_unique<MediationPage>(*m_app, m_prompter);
        m_page->show();
    }
    void closePage() {
        if (m_page) {
            for (MediationCaseEditor *editor : m_page->openEditors()) {
                delete editor;
            }
        }
        m_page.reset();
    }

    static QString validIdNumber(const QString &first17) {
        return first17 + IdNumber::checkCharacter(first17);
    }
    static SignatureInput pad(SignatureRole role, int slot) {
        SignatureInput input;
        input.role = role;
        input.slot = slot;
        const auto strokes = SignatureStrokes::synthesize(u"sign%1%2"_s.arg(int(role)).arg(slot));
        input.strokes = strokes.toJson();
        input.imagePng = strokes.renderPng(QSize(300, 100));
        return input;
    }
    QList<AuditEntry> audited(const QString &action) {
        AuditFilter filter;
        filter.action = action;
        auto rows = m_app->audit().list(filter);
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? rows.value() : QList<AuditEntry>();
    }

    // A case with two parties (identity numbers given) and an agreement, made through the
    // service; signed by everyone when sign is set, and sealed when seal is set too.
    MediationCase makeCase(bool sign, bool seal) {
        MediationCase draft;
        draft.source = MediationSource::WalkIn;
        draft.disputeType = DisputeType::BetrothalGift;
        draft.facts = u"A dispute about a betrothal gift"_s;
        draft.location = u"3 Market Street"_s;
        MediationParty applicant;
        applicant.role = PartyRole::Applicant;
        applicant.name = u"Li Lei"_s;
        applicant.documentNumber = validIdNumber(u"11010519491231002"_s);
        MediationParty respondent;
        respondent.role = PartyRole::Respondent;
        respondent.name = u"Han Mei"_s;
        respondent.documentNumber = validIdNumber(u"11010519500101002"_s);
        draft.parties = {applicant, respondent};
        draft.mediatorIds = {m_officer.id};
        MediationService &service = m_app->mediation();
        auto c = service.createCase(draft);
        EXPECT_TRUE(c.ok()) << c.error().message.toStdString();
        MediationAgreement agreement;
        agreement.liability = u"Both share the blame"_s;
        agreement.terms = u"Half of the gift is returned by 30 April."_s;
        agreement.performanceMethod = u"Bank transfer"_s;
        c = service.saveAgreement(c->id, c->rowVersion, agreement);
        EXPECT_TRUE(c.ok()) << c.error().message.toStdString();
        if (!sign) {
            return c.value();
        }
        for (int slot = 0; slot < 2; ++slot) {
            EXPECT_TRUE(service.sign(c->id, c->rowVersion, pad(SignatureRole::Party, slot)).ok());
            c = service.mediationCase(c->id);
        }
        QString typed = kPassword;
        auto mediator =
            service.sign(c->id, c->rowVersion, pad(SignatureRole::Officer, 0), Secret::take(typed));
        EXPECT_TRUE(mediator.ok()) << mediator.error().message.toStdString();
        c = service.mediationCase(c->id);
        if (seal) {
            c = service.sealAgreement(c->id, c->rowVersion);
            EXPECT_TRUE(c.ok()) << c.error().message.toStdString();
        }
        return c.value();
    }

    // Answers the next print preview: closes it, or accepts it the way its Print button
    // does once the pages went to the printer.
    void answerPreview(bool print) {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, print] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *preview = qobject_cast<QPrintPreviewDialog *>(widget);
                if (preview && preview->isVisible()) {
                    print ? preview->accept() : preview->reject();
                    timer->deleteLater();
                    return;
                }
            }
        });
        timer->start();
    }

    Person m_officer;
    std::unique_ptr<MediationPage> m_page;
};

TEST_P(MediationOutputTest, RevealingAMediationPartyIsAuditedAsTheCase) {
    const MediationCase sealed = makeCase(true, true);
    ASSERT_TRUE(sealed.agreementSealed());
    openPage();
    MediationCaseEditor *editor = m_page->openCase(sealed.id);
    ASSERT_NE(editor, nullptr);
    MediationPartyEditor *party = editor->form()->parties().value(1);
    ASSERT_NE(party, nullptr);
    EXPECT_EQ(party->auditObjectType(), u"mediation"_s);
    EXPECT_EQ(party->documentField()->text(),
              IdNumber::masked(validIdNumber(u"11010519500101002"_s)));
    ASSERT_FALSE(party->revealButton()->isHidden());
    QTest::mouseClick(party->revealButton(), Qt::LeftButton);
    EXPECT_EQ(party->documentField()->text(), validIdNumber(u"11010519500101002"_s));

    const QList<AuditEntry> reveals = audited(u"personal_data.reveal"_s);
    ASSERT_EQ(reveals.size(), 1);
    // The same object type and TJ number as every other audit row of the case.
    EXPECT_EQ(reveals.constFirst().objectType, u"mediation"_s);
    EXPECT_EQ(reveals.constFirst().objectId, sealed.number);
    EXPECT_EQ(reveals.constFirst().details, u"field=party.1.document_number"_s);
    const QList<AuditEntry> sealRows = audited(u"mediation.seal"_s);
    ASSERT_EQ(sealRows.size(), 1);
    EXPECT_EQ(sealRows.constFirst().objectType, reveals.constFirst().objectType);
}

TEST_P(MediationOutputTest, PreviewPrintAndPdfAreEachAuditedAsWhatTheyAre) {
    const MediationCase sealed = makeCase(true, true);
    openPage();
    MediationCaseEditor *editor = m_page->openCase(sealed.id);
    ASSERT_NE(editor, nullptr);
    const auto count = [this](const QString &action) {
        return audited(u"mediation."_s + action).size();
    };

    // Looking at the summary is a preview, not a printout.
    answerPreview(false);
    editor->previewSummary();
    EXPECT_EQ(count(u"summary_preview"_s), 1);
    EXPECT_EQ(count(u"summary_print"_s), 0);
    // Printed from the preview: both.
    answerPreview(true);
    editor->previewSummary();
    EXPECT_EQ(count(u"summary_preview"_s), 2);
    EXPECT_EQ(count(u"summary_print"_s), 1);

    // The agreement the same way, under its own actions.
    answerPreview(false);
    editor->previewAgreement();
    EXPECT_EQ(count(u"print_preview"_s), 1);
    EXPECT_EQ(count(u"print"_s), 0);
    answerPreview(true);
    editor->previewAgreement();
    EXPECT_EQ(count(u"print_preview"_s), 2);
    EXPECT_EQ(count(u"print"_s), 1);

    QTemporaryDir dir;
    ASSERT_TRUE(editor->exportSummaryPdf(dir.filePath(u"summary.pdf"_s)));
    ASSERT_TRUE(editor->exportAgreementPdf(dir.filePath(u"agreement.pdf"_s)));
    EXPECT_EQ(count(u"summary_pdf"_s), 1);
    EXPECT_EQ(count(u"pdf"_s), 1);
    // Nothing else was counted twice.
    EXPECT_EQ(count(u"summary_preview"_s), 2);
    EXPECT_EQ(count(u"summary_print"_s), 1);
    EXPECT_EQ(count(u"print_preview"_s), 2);
    EXPECT_EQ(count(u"print"_s), 1);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u" | "_s).toStdString();
}

TEST_P(MediationOutputTest, TheFirstVisitPlanIsShownInTheReadersLanguage) {
    // Sealed by someone working in English...
    const MediationCase sealed = makeCase(true, true);
    ASSERT_EQ(sealed.followUps.size(), 1);
    // ...read at a Chinese desk.
    ASSERT_TRUE(Language::install(u"zh_CN"_s));
    openPage();
    MediationCaseEditor *editor = m_page->openCase(sealed.id);
    ASSERT_NE(editor, nullptr);
    QTableWidget *table = editor->followUps()->table();
    ASSERT_EQ(table->rowCount(), 1);
    ASSERT_NE(table->item(0, 1), nullptr);
    EXPECT_EQ(table->item(0, 1)->text(), u"首次回访"_s);
    closePage();

    // And back in English, the same stored row reads in English.
    ASSERT_TRUE(Language::install(u"en"_s));
    openPage();
    editor = m_page->openCase(sealed.id);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->followUps()->table()->item(0, 1)->text(), u"First follow-up visit"_s);
}

TEST_P(MediationOutputTest, TheLoggedInMediatorIsKnownByPersonNotByBadge) {
    const MediationCase draft = makeCase(false, false);
    // The officer's badge is corrected at another desk while they are logged in here.
    ASSERT_TRUE(runSql(m_app->database().connection(),
                       u"UPDATE person SET badge_no = '031099' WHERE id = ?"_s, {m_officer.id})
                    .ok());
    openPage();
    MediationCaseEditor *editor = m_page->openCase(draft.id);
    ASSERT_NE(editor, nullptr);
    // The mediator's own place still offers the pad...
    EXPECT_NE(editor->signatures()->pad(SignatureRole::Officer, 0), nullptr);
    closePage();

    // ...and once sealed, the follow-up visit is offered to them as the visitor.
    const MediationCase sealed = makeCase(true, true);
    openPage();
    editor = m_page->openCase(sealed.id);
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(editor->followUps()->visitorField()->currentData().toLongLong(), m_officer.id);
}

SD_INSTANTIATE_SQLITE(MediationOutputTest);

} // namespace
} // namespace sd::test
