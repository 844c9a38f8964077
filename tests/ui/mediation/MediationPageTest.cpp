#include "ui/mediation/MediationPage.h"

#include "LanguageForTest.h"
#include "Mnemonics.h"
#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "core/organisation/IdNumber.h"
#include "ui/frontdesk/AlertDialog.h"
#include "ui/frontdesk/AlertsPanel.h"
#include "ui/frontdesk/FrontDeskPage.h"
#include "ui/mediation/MediationAgreementTab.h"
#include "ui/mediation/MediationCaseEditor.h"
#include "ui/mediation/MediationCaseForm.h"
#include "ui/mediation/MediationCaseModel.h"
#include "ui/mediation/MediationFollowUpsTab.h"
#include "ui/mediation/MediationPartyEditor.h"
#include "ui/mediation/MediationSessionsTab.h"
#include "ui/mediation/MediationSignaturesPanel.h"
#include "ui/mediation/StationTime.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/SignaturePad.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kPassword = u"Officer-Pass-2026"_s;

class MediationPageTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        addAccount(u"031001"_s, u"Zhao Gang"_s, Role::Chief, u"Chief-Pass-2026"_s);
        addAccount(u"031031"_s, u"Wang Fang"_s, Role::Officer, kPassword);
        m_officer = organisation().personByBadge(u"031031"_s).value().value();
        m_chief = organisation().personByBadge(u"031001"_s).value().value();
        login(u"031031"_s, kPassword);
        Alert alert;
        alert.receivedAt = kFixedNowMs - 3600000;
        alert.source = AlertSource::Phone;
        alert.category = AlertCategory::Dispute;
        alert.location = u"3 Market Street"_s;
        alert.callerName = u"Li Lei"_s;
        alert.callerPhone = u"13800138000"_s;
        alert.summary = u"Neighbours argue about a betrothal gift"_s;
        alert.officerIds = {m_officer.id};
        auto stored = m_app->alerts().addAlert(alert);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_alert = stored.value();
        m_page = std::make_unique<MediationPage>(*m_app, m_prompter);
        m_page->context().desk.askPassword = [this](QWidget *, const QString &) {
            ++m_passwordQuestions;
            QString typed = kPassword;
            return std::optional<Secret>(Secret::take(typed));
        };
        m_page->show();
    }
    void TearDown() override {
        if (m_page) {
            for (MediationCaseEditor *editor : m_page->openEditors()) {
                delete editor;
            }
        }
        m_page.reset();
        UiTest::TearDown();
    }

    static QString validIdNumber(const QString &first17 = u"11010519491231002"_s) {
        return first17 + IdNumber::checkCharacter(first17);
    }

    MediationCaseEditor *referAlert() {
        m_prompter.choiceAnswer = int(allDisputeTypes().indexOf(DisputeType::BetrothalGift));
        MediationCaseEditor *editor = m_page->refer(nullptr, m_alert);
        EXPECT_NE(editor, nullptr) << m_prompter.warnings.join(u" | "_s).toStdString();
        if (editor) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(editor));
        }
        return editor;
    }

    // Gives the referred case what an agreement needs: two parties with identity numbers.
    static void completeParties(MediationCaseEditor *editor) {
        MediationCaseForm *form = editor->form();
        ASSERT_FALSE(form->parties().isEmpty());
        MediationPartyEditor *applicant = form->parties().constFirst();
        applicant->documentField()->selectAll();
        QTest::keyClicks(applicant->documentField(), validIdNumber());
        QTest::mouseClick(form->addPartyButton(), Qt::LeftButton);
        MediationPartyEditor *respondent = form->parties().constLast();
        QTest::keyClicks(respondent->nameField(), u"Han Mei"_s);
        QTest::keyClicks(respondent->documentField(), validIdNumber(u"11010519500101002"_s));
        QTest::keyClicks(respondent->nameField(), QString());
        ASSERT_TRUE(editor->save())
            << form->errorText(u"parties"_s).toStdString() << form->errorText({}).toStdString();
    }

    // Two strokes across the pad's canvas, drawn with the mouse.
    static void drawSignature(SignaturePad *pad) {
        ASSERT_NE(pad, nullptr);
        const auto at = [pad](double x, double y) {
            return pad->fromCanvas(QPointF(x, y)).toPoint();
        };
        const QList<QList<QPointF>> strokes = {
            {{80, 120}, {140, 60}, {200, 150}, {260, 70}, {320, 140}, {380, 80}},
            {{120, 100}, {250, 110}, {420, 95}, {520, 120}},
        };
        for (const QList<QPointF> &stroke : strokes) {
            QTest::mousePress(pad, Qt::LeftButton, {}, at(stroke.first().x(), stroke.first().y()));
            for (const QPointF &point : stroke) {
                QTest::mouseMove(pad, at(point.x(), point.y()));
            }
            QTest::mouseRelease(pad, Qt::LeftButton, {}, at(stroke.last().x(), stroke.last().y()));
        }
    }

    void signOn(MediationCaseEditor *editor, SignatureRole role, int slot) {
        MediationSignaturesPanel *panel = editor->signatures();
        editor->tabs()->setCurrentWidget(panel);
        SignaturePad *pad = panel->pad(role, slot);
        ASSERT_NE(pad, nullptr) << toKey(role).toStdString() << slot;
        ASSERT_TRUE(QTest::qWaitFor(
            [pad] { return pad->isVisible() && pad->canvasRect().width() > 100; }, 2000));
        drawSignature(pad);
        QPushButton *sign = panel->signButton(role, slot);
        ASSERT_NE(sign, nullptr);
        QTest::mouseClick(sign, Qt::LeftButton);
    }

    // Types the agreement, saves it and signs it as both parties and the mediator.
    void reachSignedAgreement(MediationCaseEditor *editor) {
        MediationAgreementTab *tab = editor->agreement();
        editor->tabs()->setCurrentWidget(tab);
        QTest::keyClicks(tab->liabilityField(), u"Both share the blame"_s);
        QTest::keyClicks(tab->termsField(), u"Half of the gift is returned by 30 April."_s);
        QTest::keyClicks(tab->methodField(), u"Bank transfer"_s);
        QTest::keyClicks(tab->placeField(), u"At the station"_s);
        QTest::mouseClick(tab->saveButton(), Qt::LeftButton);
        ASSERT_TRUE(editor->mediationCase().agreement.has_value())
            << tab->errors().generalText().toStdString();
        signOn(editor, SignatureRole::Party, 0);
        signOn(editor, SignatureRole::Party, 1);
        signOn(editor, SignatureRole::Officer, 0);
        ASSERT_EQ(editor->mediationCase().agreement->signatures.size(), 3)
            << m_prompter.warnings.join(u" | "_s).toStdString();
    }

    Person m_officer;
    Person m_chief;
    Alert m_alert;
    int m_passwordQuestions = 0;
    std::unique_ptr<MediationPage> m_page;
};

// Alt+letter reaches one control only, in both languages, in a referred case's editor.
TEST_P(MediationPageTest, EachMnemonicOfTheCaseEditorReachesOneControl) {
    MediationCaseEditor *referred = referAlert();
    ASSERT_NE(referred, nullptr);
    const qint64 caseId = referred->mediationCase().id;
    delete referred;
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        SCOPED_TRACE(code.toStdString());
        LanguageForTest language(code);
        ASSERT_TRUE(language.installed());
        MediationCaseEditor *editor = m_page->openCase(caseId);
        ASSERT_NE(editor, nullptr);
        EXPECT_TRUE(duplicateMnemonics(editor).isEmpty())
            << duplicateMnemonics(editor).join(u'\n').toStdString()
            << "\ntaken: " << claimedMnemonics(editor).toStdString();
        delete editor;
    }
}

TEST_P(MediationPageTest, AlertDialogRefersTheAlertToMediationInOneStep) {
    FrontDeskPage desk(m_app->alerts(), m_app->records(), organisation(), m_app->access(),
                       m_app->session(), m_app->clock(), m_app->station(), m_prompter);
    desk.context().referToMediation = [this](QWidget *owner, const Alert &alert) {
        return m_page->refer(owner, alert) != nullptr;
    };
    desk.show();
    ASSERT_TRUE(desk.alerts()->selectAlert(m_alert.id));
    AlertDialog *dialog = desk.alerts()->openSelected();
    ASSERT_NE(dialog, nullptr);
    auto *refer = dialog->findChild<QPushButton *>(u"mediationButton"_s);
    ASSERT_NE(refer, nullptr);
    m_prompter.choiceAnswer = int(allDisputeTypes().indexOf(DisputeType::Neighbour));
    QTest::mouseClick(refer, Qt::LeftButton);

    ASSERT_EQ(m_page->openEditors().size(), 1) << m_prompter.warnings.join(u" | "_s).toStdString();
    const MediationCase &made = m_page->openEditors().constFirst()->mediationCase();
    EXPECT_TRUE(made.number.startsWith(u"TJ-"_s)) << made.number.toStdString();
    EXPECT_EQ(made.source, MediationSource::Alert);
    EXPECT_EQ(made.disputeType, DisputeType::Neighbour);
    EXPECT_EQ(made.alertNumber, m_alert.number);
    EXPECT_EQ(made.location, m_alert.location);
    EXPECT_EQ(made.mediatorIds, QList<qint64>{m_officer.id});
    ASSERT_FALSE(made.parties.isEmpty());
    EXPECT_EQ(made.parties.constFirst().name, u"Li Lei"_s);
    EXPECT_EQ(m_app->alerts().alert(m_alert.id).value().status, AlertStatus::ReferredToMediation);
    EXPECT_GE(m_page->model()->rowOf(made.id), 0);

    // Referring again opens the same open case instead of a second one.
    EXPECT_EQ(m_page->refer(nullptr, m_alert)->mediationCase().id, made.id);
}

TEST_P(MediationPageTest, SessionAgreementSignaturesSealPrintAndFollowUp) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    completeParties(editor);
    ASSERT_EQ(editor->mediationCase().parties.size(), 2);

    // A session.
    MediationSessionsTab *sessions = editor->sessions();
    editor->tabs()->setCurrentWidget(sessions);
    QTest::keyClicks(sessions->placeField(), u"Mediation room"_s);
    QTest::keyClicks(sessions->attendeesField(), u"Li Lei, Han Mei"_s);
    QTest::keyClicks(sessions->notesField(), u"Both agree to talk."_s);
    QTest::mouseClick(sessions->addButton(), Qt::LeftButton);
    ASSERT_EQ(editor->mediationCase().sessions.size(), 1)
        << sessions->errors().generalText().toStdString();
    EXPECT_EQ(sessions->table()->rowCount(), 1);
    EXPECT_EQ(sessions->table()->item(0, 1)->text(), u"Mediation room"_s);

    // The agreement, signed by both parties and the mediator (who gives their password).
    reachSignedAgreement(editor);
    EXPECT_EQ(m_passwordQuestions, 1);
    m_prompter.confirmAnswer = true;
    QTest::mouseClick(editor->agreement()->sealButton(), Qt::LeftButton);
    ASSERT_TRUE(editor->mediationCase().agreementSealed())
        << editor->agreement()->errors().generalText().toStdString();
    EXPECT_TRUE(m_prompter.confirmations.last().contains(editor->mediationCase().number));
    // Sealed: the agreement and the parties are read-only, no pads remain.
    EXPECT_TRUE(editor->agreement()->termsField()->isReadOnly());
    EXPECT_TRUE(editor->agreement()->sealButton()->isHidden());
    EXPECT_TRUE(editor->form()->parties().constFirst()->nameField()->isReadOnly());
    EXPECT_EQ(editor->signatures()->pad(SignatureRole::Party, 0), nullptr);

    // Printed to PDF: the agreement and the summary.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString agreementPdf = dir.filePath(u"agreement.pdf"_s);
    const QString summaryPdf = dir.filePath(u"summary.pdf"_s);
    ASSERT_TRUE(editor->exportAgreementPdf(agreementPdf))
        << m_prompter.warnings.join(u" | "_s).toStdString();
    ASSERT_TRUE(editor->exportSummaryPdf(summaryPdf));
    for (const QString &path : {agreementPdf, summaryPdf}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    }

    // The first follow-up visit was scheduled by sealing; record it.
    MediationFollowUpsTab *followUps = editor->followUps();
    editor->tabs()->setCurrentWidget(followUps);
    ASSERT_EQ(editor->mediationCase().followUps.size(), 1);
    ASSERT_TRUE(followUps->recordButton()->isEnabled());
    // The visit time offered is now, just after the sealing.
    followUps->termsField()->setCurrentIndex(
        followUps->termsField()->findData(toKey(TermsCarriedOut::Fully)));
    QTest::keyClicks(followUps->notesField(), u"Money returned."_s);
    QTest::mouseClick(followUps->recordButton(), Qt::LeftButton);
    ASSERT_TRUE(editor->mediationCase().followUps.constFirst().isDone())
        << followUps->errors().generalText().toStdString()
        << followUps->errors().errorText(u"visited_at"_s).toStdString();
    EXPECT_EQ(followUps->table()->item(0, 4)->text(), displayName(TermsCarriedOut::Fully));

    // And the case closes after a confirmation.
    QTest::mouseClick(editor->closeCaseButton(), Qt::LeftButton);
    EXPECT_EQ(editor->mediationCase().status, MediationStatus::Closed);
    EXPECT_FALSE(editor->reopenButton()->isHidden());
}

TEST_P(MediationPageTest, HighRiskWithoutLeaderIsRefusedNextToTheLeaderField) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    MediationCaseForm *form = editor->form();
    form->riskField()->setCurrentIndex(form->riskField()->findData(toKey(RiskGrade::High)));
    QTest::keyClicks(form->riskReasonField(), u"Threats of violence"_s);
    EXPECT_FALSE(editor->save());
    EXPECT_FALSE(form->errorText(u"owning_leader"_s).isEmpty());
    EXPECT_NE(m_app->mediation().mediationCase(editor->mediationCase().id).value().risk,
              RiskGrade::High);

    // With the chief as owner it is stored and listed in the chief's view.
    const int chief = form->leaderField()->findData(m_chief.id);
    ASSERT_GE(chief, 0);
    form->leaderField()->setCurrentIndex(chief);
    ASSERT_TRUE(editor->save()) << form->errorText(u"owning_leader"_s).toStdString();
    m_page->setView(MediationPage::View::LeaderOwned);
    EXPECT_GE(m_page->model()->rowOf(editor->mediationCase().id), 0);
}

TEST_P(MediationPageTest, BadIdentityNumberIsShownUnderTheParty) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    MediationPartyEditor *party = editor->form()->parties().constFirst();
    party->documentField()->selectAll();
    QTest::keyClicks(party->documentField(), u"110105194912310021"_s); // wrong check digit
    EXPECT_FALSE(party->documentCheck()->isHidden());
    EXPECT_FALSE(editor->save());
    EXPECT_FALSE(editor->form()->errorText(u"party.0.document_number"_s).isEmpty());
    EXPECT_TRUE(m_app->mediation()
                    .mediationCase(editor->mediationCase().id)
                    .value()
                    .parties.constFirst()
                    .documentNumber.isEmpty());
}

TEST_P(MediationPageTest, AgreementWithoutTermsOrSignaturesIsNotSealed) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    completeParties(editor);
    MediationAgreementTab *tab = editor->agreement();
    editor->tabs()->setCurrentWidget(tab);
    QTest::keyClicks(tab->liabilityField(), u"Both"_s);
    QTest::mouseClick(tab->saveButton(), Qt::LeftButton);
    // No terms: refused at saving or at sealing, the message next to the terms or the seal.
    tab->seal();
    EXPECT_FALSE(editor->mediationCase().agreementSealed());
    EXPECT_FALSE(tab->errors().errorText(u"terms"_s).isEmpty() &&
                 tab->errors().generalText().isEmpty());

    QTest::keyClicks(tab->termsField(), u"Apologise in writing."_s);
    ASSERT_TRUE(tab->saveAgreement()) << tab->errors().generalText().toStdString();
    EXPECT_FALSE(tab->seal());
    EXPECT_FALSE(editor->mediationCase().agreementSealed());
    EXPECT_TRUE(tab->errors().generalText().contains(u"Li Lei"_s))
        << tab->errors().generalText().toStdString();
}

TEST_P(MediationPageTest, FollowUpBeforeTheAgreementIsRefused) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    // Before any agreement there is nothing to schedule.
    EXPECT_FALSE(editor->followUps()->scheduleButton()->isEnabled());
    completeParties(editor);
    reachSignedAgreement(editor);
    ASSERT_TRUE(editor->agreement()->seal());
    MediationFollowUpsTab *followUps = editor->followUps();
    editor->tabs()->setCurrentWidget(followUps);
    // The suggested date comes from the station's setting, after the agreement.
    EXPECT_GT(followUps->dueField()->date(),
              m_app->mediation().agreementDate(editor->mediationCase()));
    setStationTime(followUps->visitedAtField(), kFixedNowMs - 10LL * 24 * 3600000,
                   m_page->context().desk.zone);
    EXPECT_FALSE(followUps->recordVisit());
    EXPECT_FALSE(followUps->errors().errorText(u"visited_at"_s).isEmpty())
        << followUps->errors().generalText().toStdString();
    EXPECT_FALSE(editor->mediationCase().followUps.constFirst().isDone());
}

TEST_P(MediationPageTest, ConflictShowsTheLatestAndKeepsWhatWasTyped) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    // Someone else adds a session first.
    const MediationCase stale = editor->mediationCase();
    MediationSession other;
    other.heldAt = kFixedNowMs;
    other.place = u"Community office"_s;
    ASSERT_TRUE(m_app->mediation().addSession(stale.id, stale.rowVersion, other).ok());

    MediationSessionsTab *sessions = editor->sessions();
    editor->tabs()->setCurrentWidget(sessions);
    QTest::keyClicks(sessions->placeField(), u"Mediation room"_s);
    EXPECT_FALSE(sessions->addSession());
    EXPECT_FALSE(editor->messageLabel()->isHidden());
    EXPECT_EQ(sessions->placeField()->text(), u"Mediation room"_s);
    EXPECT_EQ(sessions->table()->rowCount(), 1); // the other user's session is shown
    // Tried again on the latest version, it is stored.
    EXPECT_TRUE(sessions->addSession());
    EXPECT_EQ(editor->mediationCase().sessions.size(), 2);
}

TEST_P(MediationPageTest, ListsPassTheModelTesterAndFilter) {
    MediationCaseEditor *editor = referAlert();
    ASSERT_NE(editor, nullptr);
    const qint64 id = editor->mediationCase().id;
    ModelTesterGuard guard(m_page->model());
    for (MediationPage::View view :
         {MediationPage::View::All, MediationPage::View::Open, MediationPage::View::DueThisWeek,
          MediationPage::View::Overdue, MediationPage::View::LeaderOwned,
          MediationPage::View::Closed, MediationPage::View::Open}) {
        m_page->setView(view);
    }
    EXPECT_GE(m_page->model()->rowOf(id), 0);
    // By mediator: the officer's case is there, nobody else's list has it.
    m_page->mediatorFilter()->setCurrentIndex(m_page->mediatorFilter()->findData(m_chief.id));
    EXPECT_LT(m_page->model()->rowOf(id), 0);
    m_page->mediatorFilter()->setCurrentIndex(m_page->mediatorFilter()->findData(m_officer.id));
    EXPECT_GE(m_page->model()->rowOf(id), 0);
    // History of the address.
    m_page->historyField()->setText(u"3 Market Street"_s);
    m_page->searchHistory();
    EXPECT_GE(m_page->model()->rowOf(id), 0);
    m_page->historyField()->setText(u"99 Nowhere Road"_s);
    m_page->searchHistory();
    EXPECT_EQ(m_page->model()->rowCount(), 0);
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

SD_INSTANTIATE_SQLITE(MediationPageTest);

} // namespace
} // namespace sd::test
