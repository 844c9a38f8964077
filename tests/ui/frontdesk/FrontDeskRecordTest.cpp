#include "LanguageForTest.h"
#include "Mnemonics.h"
#include "UiTestFixture.h"
#include "core/frontdesk/OnSceneRecordReport.h"
#include "core/frontdesk/RecordCanonical.h"
#include "core/organisation/IdNumber.h"
#include "ui/frontdesk/FrontDeskPage.h"
#include "ui/frontdesk/OfficerPicker.h"
#include "ui/frontdesk/PartyEditor.h"
#include "ui/frontdesk/RecordEditor.h"
#include "ui/frontdesk/RecordForm.h"
#include "ui/frontdesk/RecordSignaturesPanel.h"
#include "ui/widgets/SignaturePad.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kPassword = u"Officer-Pass-2026"_s;

class FrontDeskRecordTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_officerAccount = addAccount(u"031031"_s, u"Wang Fang"_s, Role::Officer, kPassword);
        m_officer = organisation().personByBadge(u"031031"_s).value().value();
        login(u"031031"_s, kPassword);
        Alert alert;
        alert.receivedAt = kFixedNowMs - 3600000;
        alert.source = AlertSource::Phone;
        alert.category = AlertCategory::Dispute;
        alert.location = u"3 Market Street"_s;
        alert.callerName = u"Li Lei"_s;
        alert.callerPhone = u"13800138000"_s;
        alert.summary = u"Neighbours argue about noise"_s;
        alert.officerIds = {m_officer.id};
        auto stored = m_app->alerts().addAlert(alert);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_alert = stored.value();
    }
    void TearDown() override {
        m_page.reset();
        UiTest::TearDown();
    }

    void openPage() {
        m_page = std::make_unique<FrontDeskPage>(m_app->alerts(), m_app->records(), organisation(),
                                                 m_app->access(), m_app->session(), m_app->clock(),
                                                 m_app->station(), m_prompter);
        m_page->context().askPassword = [this](QWidget *, const QString &) {
            ++m_passwordQuestions;
            QString typed = kPassword;
            return std::optional<Secret>(Secret::take(typed));
        };
        m_page->show();
    }

    RecordEditor *openEditor() {
        RecordEditor *editor = m_page->openRecordFor(m_alert);
        EXPECT_NE(editor, nullptr);
        if (editor) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(editor));
        }
        return editor;
    }

    static QString validIdNumber() {
        const QString first17 = u"11010519491231002"_s;
        return first17 + IdNumber::checkCharacter(first17);
    }

    // Fills every field a record needs before it can be signed, as a user would.
    static void fillRecord(RecordEditor *editor) {
        RecordForm *form = editor->form();
        form->caseButton(EligibleCase::MediatedDispute)->click();
        form->factsField()->setPlainText(u"Two neighbours argued about music after 23:00."_s);
        form->handlingField()->setPlainText(u"Explained the quiet hours; both agreed."_s);
        form->resultField()->setPlainText(u"Music turned off; no further action."_s);
        if (form->parties().isEmpty()) {
            form->findChild<QPushButton *>(u"addPartyButton"_s)->click();
        }
        PartyEditor *party = form->parties().constFirst();
        party->nameField()->selectAll();
        QTest::keyClicks(party->nameField(), u"Li Lei"_s);
        party->documentField()->selectAll();
        QTest::keyClicks(party->documentField(), validIdNumber());
        form->witnessBystanderButton()->click();
        QTest::keyClicks(form->witnessNameField(), u"Chen Jing"_s);
        QTest::keyClicks(form->witnessPhoneField(), u"13700001234"_s);
    }

    // A signature drawn with the mouse: two strokes across the pad's canvas.
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

    void signOn(RecordEditor *editor, SignatureRole role, int slot = 0) {
        RecordSignaturesPanel *panel = editor->signatures();
        editor->tabs()->setCurrentWidget(panel);
        SignaturePad *pad = panel->pad(role, slot);
        ASSERT_NE(pad, nullptr) << toKey(role).toStdString();
        // The places are rebuilt when the tab opens; draw once they are laid out.
        ASSERT_TRUE(QTest::qWaitFor(
            [pad] { return pad->isVisible() && pad->canvasRect().width() > 100; }, 2000))
            << pad->isVisible() << ' ' << pad->width() << 'x' << pad->height() << ' '
            << pad->canvasRect().width() << ' ' << pad->window()->isVisible();
        drawSignature(pad);
        QPushButton *sign = panel->signButton(role, slot);
        ASSERT_NE(sign, nullptr);
        QTest::mouseClick(sign, Qt::LeftButton);
    }

    OnSceneRecord stored(qint64 id) {
        auto record = m_app->records().record(id);
        EXPECT_TRUE(record.ok()) << (record.ok() ? "" : record.error().message.toStdString());
        return record.ok() ? record.value() : OnSceneRecord();
    }

    RecordEditor *sealedRecordEditor() {
        RecordEditor *editor = openEditor();
        if (!editor) {
            return nullptr;
        }
        fillRecord(editor);
        EXPECT_TRUE(editor->saveNow());
        signOn(editor, SignatureRole::Party, 0);
        signOn(editor, SignatureRole::Officer);
        signOn(editor, SignatureRole::Witness);
        EXPECT_EQ(stored(editor->record().id).signatures.size(), 3);
        EXPECT_TRUE(editor->fileButton()->isEnabled())
            << editor->signatures()->missingLabel()->text().toStdString();
        m_prompter.confirmAnswer = true;
        QTest::mouseClick(editor->fileButton(), Qt::LeftButton);
        return editor;
    }

    Account m_officerAccount;
    Person m_officer;
    Alert m_alert;
    int m_passwordQuestions = 0;
    std::unique_ptr<FrontDeskPage> m_page;
};

// Alt+letter reaches one control only, in both languages, on a draft and on a sealed record.
TEST_P(FrontDeskRecordTest, EachMnemonicOfTheRecordEditorReachesOneControl) {
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        SCOPED_TRACE(code.toStdString());
        LanguageForTest language(code);
        ASSERT_TRUE(language.installed());
        openPage();
        RecordEditor *draft = openEditor();
        ASSERT_NE(draft, nullptr);
        EXPECT_TRUE(duplicateMnemonics(draft).isEmpty())
            << duplicateMnemonics(draft).join(u'\n').toStdString()
            << "\ntaken: " << claimedMnemonics(draft).toStdString();
        m_page.reset();
    }
}

TEST_P(FrontDeskRecordTest, DraftIsAutosavedSoonAfterTheLastChange) {
    openPage();
    RecordEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    const qint64 id = editor->record().id;
    ASSERT_NE(id, 0);
    QTest::keyClicks(editor->form()->factsField(), u"Quarrel over a parking space"_s);
    EXPECT_TRUE(editor->hasUnsavedChanges());
    // Stored without any save command, within two seconds of the last keystroke.
    QTRY_COMPARE_WITH_TIMEOUT(stored(id).facts, u"Quarrel over a parking space"_s, 2000);
    EXPECT_FALSE(editor->hasUnsavedChanges());
    EXPECT_TRUE(editor->savedLabel()->text().contains(u"18:00:00"_s))
        << editor->savedLabel()->text().toStdString();
}

TEST_P(FrontDeskRecordTest, IdentityNumberIsCheckedAsItIsTyped) {
    openPage();
    RecordEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    if (editor->form()->parties().isEmpty()) {
        editor->form()->addParty();
    }
    PartyEditor *party = editor->form()->parties().constFirst();
    QString wrong = validIdNumber();
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
    QTest::keyClicks(party->documentField(), wrong);
    EXPECT_TRUE(party->documentCheck()->isVisible());
    EXPECT_EQ(party->documentCheck()->parentWidget(), party->documentField()->parentWidget());
    const QString complaint = party->documentCheck()->text();
    party->documentField()->selectAll();
    QTest::keyClicks(party->documentField(), validIdNumber());
    EXPECT_NE(party->documentCheck()->text(), complaint);
    EXPECT_TRUE(party->documentCheck()->text().contains(u"1949-12-31"_s))
        << party->documentCheck()->text().toStdString();
}

TEST_P(FrontDeskRecordTest, ThreeSignaturesDrawnWithTheMouseThenFileSealsIt) {
    openPage();
    RecordEditor *editor = sealedRecordEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_EQ(m_passwordQuestions, 1) << "only the officer gives a password";
    ASSERT_FALSE(m_prompter.confirmations.isEmpty());
    EXPECT_TRUE(m_prompter.confirmations.constLast().contains(u"amendments"_s));
    const OnSceneRecord sealed = stored(editor->record().id);
    EXPECT_EQ(sealed.status, RecordStatus::Sealed);
    EXPECT_EQ(sealed.signatures.size(), 3);
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();
}

TEST_P(FrontDeskRecordTest, FileStaysDisabledWhileASignatureIsMissing) {
    openPage();
    RecordEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    fillRecord(editor);
    ASSERT_TRUE(editor->saveNow());
    signOn(editor, SignatureRole::Party, 0);
    EXPECT_FALSE(editor->fileButton()->isEnabled());
    EXPECT_FALSE(editor->signatures()->missingLabel()->text().isEmpty());
    EXPECT_FALSE(editor->fileRecord());
    EXPECT_EQ(stored(editor->record().id).status, RecordStatus::Draft);
}

TEST_P(FrontDeskRecordTest, SealedRecordOpensReadOnlyWithTheNumberMasked) {
    openPage();
    RecordEditor *first = sealedRecordEditor();
    ASSERT_NE(first, nullptr);
    const qint64 id = first->record().id;
    first->close();
    RecordEditor *editor = m_page->openRecord(stored(id));
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_TRUE(editor->form()->factsField()->isReadOnly());
    EXPECT_FALSE(editor->form()->caseButton(EligibleCase::NoFollowUp)->isEnabled());
    EXPECT_FALSE(editor->fileButton()->isVisible());
    EXPECT_TRUE(editor->amendButton()->isVisible());
    PartyEditor *party = editor->form()->parties().constFirst();
    EXPECT_TRUE(party->documentField()->isReadOnly());
    EXPECT_EQ(party->documentField()->text(), IdNumber::masked(validIdNumber()));
    // The officer may see the full number; the reveal is audited.
    ASSERT_TRUE(party->revealButton()->isVisible());
    QTest::mouseClick(party->revealButton(), Qt::LeftButton);
    EXPECT_EQ(party->documentField()->text(), validIdNumber());
    AuditFilter reveals;
    reveals.action = u"personal_data.reveal"_s;
    auto revealed = m_app->audit().list(reveals);
    ASSERT_TRUE(revealed.ok());
    ASSERT_EQ(revealed->size(), 1);
    EXPECT_EQ(revealed->constFirst().objectType, u"onscene"_s);
    EXPECT_EQ(revealed->constFirst().objectId, editor->record().number);
    EXPECT_EQ(revealed->constFirst().details, u"field=party.0.document_number"_s);
    // Typing into a sealed record changes nothing and stores nothing.
    QTest::keyClicks(editor->form()->factsField(), u"tampered"_s);
    EXPECT_FALSE(editor->hasUnsavedChanges());
    EXPECT_FALSE(editor->saveNow());
    EXPECT_EQ(stored(id).facts, u"Two neighbours argued about music after 23:00."_s);
}

TEST_P(FrontDeskRecordTest, AmendOpensALinkedDraftShowingTheChanges) {
    openPage();
    RecordEditor *editor = sealedRecordEditor();
    ASSERT_NE(editor, nullptr);
    const OnSceneRecord original = stored(editor->record().id);
    m_prompter.textAnswer = u"The party's address was missing"_s;
    QTest::mouseClick(editor->amendButton(), Qt::LeftButton);
    RecordEditor *amendment = nullptr;
    for (RecordEditor *open : m_page->openEditors()) {
        if (open->record().amendsId == original.id) {
            amendment = open;
        }
    }
    ASSERT_NE(amendment, nullptr) << "the amendment draft opens in its own editor";
    EXPECT_FALSE(amendment->isReadOnly());
    EXPECT_EQ(amendment->record().amendmentReason, u"The party's address was missing"_s);
    EXPECT_EQ(amendment->record().facts, original.facts);
    PartyEditor *party = amendment->form()->parties().constFirst();
    QTest::keyClicks(party->findChild<QLineEdit *>(u"partyAddress"_s), u"5 Market Street"_s);
    ASSERT_TRUE(amendment->saveNow());
    auto changes = m_app->records().changes(stored(amendment->record().id));
    ASSERT_TRUE(changes.ok());
    EXPECT_FALSE(changes->isEmpty());
    EXPECT_EQ(stored(original.id).status, RecordStatus::Sealed) << "the original never changes";
}

TEST_P(FrontDeskRecordTest, UnfinishedDraftIsOfferedBackAfterLogin) {
    auto draft = m_app->records().createFromAlert(m_alert.id);
    ASSERT_TRUE(draft.ok()) << draft.error().message.toStdString();
    OnSceneRecord edited = draft.value();
    edited.facts = u"Half written"_s;
    ASSERT_TRUE(m_app->records().saveDraft(edited).ok());
    m_prompter.confirmAnswer = true;
    openPage();
    // Offered once the window is up, not while it is being built.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_page->openEditors().isEmpty(); }, 2000));
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.constFirst().contains(draft->number));
    RecordEditor *editor = m_page->openEditors().constFirst();
    EXPECT_EQ(editor->form()->factsField()->toPlainText(), u"Half written"_s);
}

TEST_P(FrontDeskRecordTest, SealedAlertOffersOnlyOpeningOrAmendingNeverASecondRecord) {
    openPage();
    RecordEditor *editor = sealedRecordEditor();
    ASSERT_NE(editor, nullptr);
    const OnSceneRecord original = stored(editor->record().id);
    ASSERT_EQ(original.status, RecordStatus::Sealed);
    editor->close();
    QCoreApplication::processEvents();

    // Cancelling the choice opens nothing.
    m_prompter.choiceAnswer = std::nullopt;
    EXPECT_EQ(m_page->openRecordFor(m_alert), nullptr);
    ASSERT_EQ(m_prompter.choiceItems.size(), 2) << m_prompter.choiceItems.join(u'|').toStdString();
    EXPECT_TRUE(m_prompter.choiceItems.at(0).contains(original.number));
    EXPECT_TRUE(m_prompter.choiceItems.at(1).startsWith(u"Amend "_s));
    for (const QString &item : std::as_const(m_prompter.choiceItems)) {
        EXPECT_FALSE(item.contains(u"new"_s, Qt::CaseInsensitive)) << item.toStdString();
    }
    EXPECT_TRUE(m_prompter.choiceLabels.constLast().contains(original.number));
    EXPECT_TRUE(m_prompter.choiceLabels.constLast().contains(u"amendment"_s));

    // The first choice opens the filed record read-only.
    m_prompter.choiceAnswer = 0;
    RecordEditor *opened = m_page->openRecordFor(m_alert);
    ASSERT_NE(opened, nullptr);
    EXPECT_EQ(opened->record().id, original.id);
    EXPECT_TRUE(opened->isReadOnly());
    opened->close();
    QCoreApplication::processEvents();

    // "Amend…" asks the reason and opens the linked amendment draft.
    m_prompter.choiceAnswer = 1;
    m_prompter.textAnswer = u"Wrong house number"_s;
    RecordEditor *amendment = m_page->openRecordFor(m_alert);
    ASSERT_NE(amendment, nullptr);
    EXPECT_FALSE(amendment->isReadOnly());
    EXPECT_EQ(amendment->record().amendsId, original.id);
    EXPECT_EQ(amendment->record().amendmentReason, u"Wrong house number"_s);
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u'\n').toStdString();

    // With the amendment still a draft, the alert's record button continues that draft.
    const int questions = int(m_prompter.choiceQuestions.size());
    const qint64 amendmentId = amendment->record().id;
    amendment->close(); // deleted on close: not touched again
    QCoreApplication::processEvents();
    RecordEditor *again = m_page->openRecordFor(m_alert);
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->record().id, amendmentId);
    EXPECT_EQ(m_prompter.choiceQuestions.size(), questions);
}

TEST_P(FrontDeskRecordTest, PrintedDraftCarriesItsContentFingerprint) {
    openPage();
    RecordEditor *editor = openEditor();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor->form()->factsField(), u"Quarrel over a parking space"_s);
    ASSERT_TRUE(editor->saveNow());
    const OnSceneRecord draft = stored(editor->record().id);
    const QString hash = RecordCanonical::contentSha256(draft);
    ASSERT_EQ(hash.size(), 64);
    // The report the preview, print and PDF paths use shows the draft's own hash.
    EXPECT_EQ(editor->report().fingerprint(), hash);

    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        GTEST_SKIP() << "pdftotext not installed: the PDF's footer was not read";
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"draft.pdf"_s);
    ASSERT_TRUE(editor->exportPdf(file));
    QProcess text;
    text.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(pdf.contains(OnSceneRecordReport::groupedFingerprint(hash).left(29)))
        << pdf.toStdString();
    EXPECT_FALSE(pdf.contains(u"no content fingerprint"_s)) << pdf.toStdString();
}

SD_INSTANTIATE_SQLITE(FrontDeskRecordTest);

} // namespace
} // namespace sd::test
