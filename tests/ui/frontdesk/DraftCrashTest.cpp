// Issue 4, item 6: a draft typed into the record editor survives `kill -9`. The test
// re-executes its own binary as a child that plays the desk: it opens the editor on the
// test database, types, waits until the autosave has stored the draft, reports what the
// form held and idles. The parent then sends SIGKILL (nothing runs in the child after
// that: no destructor, no close handler), opens a fresh session on the same database and
// checks the draft is offered back with every field as typed.

#include "UiTestFixture.h"
#include "core/frontdesk/RecordCanonical.h"
#include "ui/frontdesk/FrontDeskPage.h"
#include "ui/frontdesk/PartyEditor.h"
#include "ui/frontdesk/RecordEditor.h"
#include "ui/frontdesk/RecordForm.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kBadge = u"031031"_s;
const QString kPassword = u"Officer-Pass-2026"_s;
// Set only in the child's environment.
constexpr const char *kChildDatabase = "SD_DRAFT_CRASH_DATABASE";
constexpr const char *kChildReport = "SD_DRAFT_CRASH_REPORT";
constexpr const char *kChildAlert = "SD_DRAFT_CRASH_ALERT";

// What the child types. The witness's name comes through an input method commit, as
// Chinese is typed at a real desk.
const QString kFacts = u"Two neighbours argued about a parking space at 21:40."_s;
const QString kHandling = u"Separated them, heard both, marked the spaces."_s;
const QString kResult = u"Both agreed to use their own spaces."_s;
const QString kPartyAddress = u"12 Market Street, flat 3"_s;
const QString kSecondName = u"Zhou Min"_s;
const QString kSecondPhone = u"13912345678"_s;
const QString kWitnessName = u"张伟"_s;
const QString kWitnessPhone = u"13700001234"_s;
const QString kBodyCam = u"BC-0417 21:42-21:58"_s;

[[noreturn]] void childFails(const QString &why) {
    std::fprintf(stderr, "draft crash child: %s\n", why.toLocal8Bit().constData());
    std::fflush(stderr);
    std::_Exit(3);
}

void typeCommitted(QWidget *field, const QString &text) {
    field->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(field, &event);
}

// The child's whole life: type into a fresh draft, wait for the autosave, report, idle.
void runChild(const QString &databaseUrl, const QString &reportPath, qint64 alertId) {
    auto url = DatabaseUrl::parse(databaseUrl);
    if (!url) {
        childFails(url.error().message);
    }
    auto opened = Application::open(url.value(), Application::OpenMode::ExistingOnly,
                                    std::make_unique<FixedClock>(kFixedNowMs));
    if (!opened) {
        childFails(opened.error().message);
    }
    Application &app = *opened.value();
    QString typed = kPassword;
    if (auto account = app.accounts().login(kBadge, Secret::take(typed)); !account) {
        childFails(account.error().message);
    }
    auto alert = app.alerts().alert(alertId);
    if (!alert) {
        childFails(alert.error().message);
    }
    FakePrompter prompter;
    FrontDeskPage page(app.alerts(), app.records(), app.organisation(), app.access(), app.session(),
                       app.clock(), app.station(), prompter);
    page.show();
    RecordEditor *editor = page.openRecordFor(alert.value());
    if (!editor || !QTest::qWaitForWindowExposed(editor)) {
        childFails(u"the record editor did not open: "_s + prompter.warnings.join(u'\n'));
    }
    RecordForm *form = editor->form();
    form->caseButton(EligibleCase::MediatedDispute)->click();
    form->factsField()->selectAll(); // the alert's summary is there to start with
    QTest::keyClicks(form->factsField(), kFacts);
    QTest::keyClicks(form->handlingField(), kHandling);
    QTest::keyClicks(form->resultField(), kResult);
    if (form->parties().isEmpty()) {
        childFails(u"the caller is not the first party"_s);
    }
    PartyEditor *caller = form->parties().constFirst();
    QTest::keyClick(caller->findChild<QComboBox *>(u"partySex"_s), Qt::Key_Home);
    QTest::keyClicks(caller->findChild<QLineEdit *>(u"partyAddress"_s), kPartyAddress);
    QTest::mouseClick(form->findChild<QPushButton *>(u"addPartyButton"_s), Qt::LeftButton);
    if (form->parties().size() != 2) {
        childFails(u"no second party"_s);
    }
    PartyEditor *second = form->parties().at(1);
    QTest::keyClicks(second->nameField(), kSecondName);
    QTest::keyClicks(second->findChild<QLineEdit *>(u"partyPhone"_s), kSecondPhone);
    QTest::mouseClick(form->witnessBystanderButton(), Qt::LeftButton);
    typeCommitted(form->witnessNameField(), kWitnessName);
    QTest::keyClicks(form->witnessPhoneField(), kWitnessPhone);
    QTest::keyClicks(form->bodyCamField(), kBodyCam);
    if (!editor->hasUnsavedChanges()) {
        childFails(u"typing did not mark the draft changed"_s);
    }
    // Nothing here saves: only the editor's own autosave timer can store the draft.
    if (!QTest::qWaitFor([editor] { return !editor->hasUnsavedChanges(); }, 30000)) {
        childFails(u"the autosave never stored the draft: "_s + editor->savedLabel()->text());
    }
    QJsonObject report{
        {u"id"_s, editor->record().id},
        {u"number"_s, editor->record().number},
        {u"content"_s, QString::fromUtf8(RecordCanonical::content(form->record()))},
        {u"saved_label"_s, editor->savedLabel()->text()},
    };
    QSaveFile out(reportPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(report).toJson()) < 0 ||
        !out.commit()) {
        childFails(u"cannot write "_s + reportPath);
    }
    // Still at the desk, the editor open, until the parent kills the process.
    for (;;) {
        QTest::qWait(1000);
    }
}

// Runs before any test, so in the child nothing of the parent's test runs.
class DraftCrashChild : public ::testing::Environment {
public:
    void SetUp() override {
        const QByteArray database = qgetenv(kChildDatabase);
        if (!database.isEmpty()) {
            runChild(QString::fromUtf8(database), QString::fromUtf8(qgetenv(kChildReport)),
                     qgetenv(kChildAlert).toLongLong());
        }
    }
};

[[maybe_unused]] ::testing::Environment *const kChildEnvironment =
    ::testing::AddGlobalTestEnvironment(new DraftCrashChild);

class DraftCrashTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        addAccount(kBadge, u"Wang Fang"_s, Role::Officer, kPassword);
        const Person officer = organisation().personByBadge(kBadge).value().value();
        Alert alert;
        alert.receivedAt = kFixedNowMs - 3600000;
        alert.source = AlertSource::Phone;
        alert.category = AlertCategory::Dispute;
        alert.location = u"12 Market Street"_s;
        alert.callerName = u"Li Lei"_s;
        alert.callerPhone = u"13800138000"_s;
        alert.summary = u"Neighbours argue about a parking space"_s;
        alert.officerIds = {officer.id};
        login(kBadge, kPassword);
        auto stored = m_app->alerts().addAlert(alert);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_alertId = stored->id;
    }

    qint64 m_alertId = 0;
};

TEST_P(DraftCrashTest, DraftTypedBeforeKillNineIsOfferedBackWithEveryField) {
    const QString databaseUrl = testDatabase().urlText();
    m_app.reset(); // the desk is the child's alone until it is killed
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString reportPath = dir.filePath(u"child.json"_s);

    const ::testing::TestInfo *self = ::testing::UnitTest::GetInstance()->current_test_info();
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildDatabase), databaseUrl);
    environment.insert(QString::fromLatin1(kChildReport), reportPath);
    environment.insert(QString::fromLatin1(kChildAlert), QString::number(m_alertId));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--gtest_filter=%1.%2"_s.arg(QString::fromUtf8(self->test_suite_name()),
                                               QString::fromUtf8(self->name()))});
    ASSERT_TRUE(child.waitForStarted()) << child.errorString().toStdString();
    const bool reported = QTest::qWaitFor(
        [&] { return QFile::exists(reportPath) || child.state() == QProcess::NotRunning; }, 120000);
    if (!QFile::exists(reportPath)) {
        if (child.state() != QProcess::NotRunning) {
            child.kill();
        }
        child.waitForFinished();
        FAIL() << "the child never reported (" << reported << "):\n"
               << child.readAll().toStdString();
    }
    ASSERT_EQ(::kill(pid_t(child.processId()), SIGKILL), 0);
    ASSERT_TRUE(child.waitForFinished(30000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

    QFile reportFile(reportPath);
    ASSERT_TRUE(reportFile.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(reportFile.readAll()).object();
    const qint64 recordId = report.value(u"id"_s).toInteger();
    const QString number = report.value(u"number"_s).toString();
    ASSERT_NE(recordId, 0);
    EXPECT_TRUE(report.value(u"saved_label"_s).toString().contains(u"18:00:00"_s))
        << report.value(u"saved_label"_s).toString().toStdString();

    // A fresh session on the same database, as after a restart and login.
    m_app = openApp();
    ASSERT_TRUE(m_app);
    login(kBadge, kPassword);
    m_prompter.confirmAnswer = true;
    FrontDeskPage page(m_app->alerts(), m_app->records(), organisation(), m_app->access(),
                       m_app->session(), m_app->clock(), m_app->station(), m_prompter);
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page.openEditors().isEmpty(); }, 5000))
        << m_prompter.warnings.join(u'\n').toStdString();
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.constFirst().contains(number))
        << m_prompter.confirmations.constFirst().toStdString();

    RecordEditor *editor = page.openEditors().constFirst();
    EXPECT_EQ(editor->record().id, recordId);
    EXPECT_FALSE(editor->isReadOnly());
    RecordForm *form = editor->form();
    EXPECT_TRUE(form->caseButton(EligibleCase::MediatedDispute)->isChecked());
    EXPECT_EQ(form->factsField()->toPlainText(), kFacts);
    EXPECT_EQ(form->handlingField()->toPlainText(), kHandling);
    EXPECT_EQ(form->resultField()->toPlainText(), kResult);
    ASSERT_EQ(form->parties().size(), 2);
    PartyEditor *caller = form->parties().at(0);
    EXPECT_EQ(caller->nameField()->text(), u"Li Lei"_s);
    EXPECT_EQ(caller->findChild<QComboBox *>(u"partySex"_s)->currentIndex(), 0);
    EXPECT_EQ(caller->findChild<QLineEdit *>(u"partyAddress"_s)->text(), kPartyAddress);
    EXPECT_EQ(caller->findChild<QLineEdit *>(u"partyPhone"_s)->text(), u"13800138000"_s);
    PartyEditor *second = form->parties().at(1);
    EXPECT_EQ(second->nameField()->text(), kSecondName);
    EXPECT_EQ(second->findChild<QLineEdit *>(u"partyPhone"_s)->text(), kSecondPhone);
    EXPECT_TRUE(form->witnessBystanderButton()->isChecked());
    EXPECT_EQ(form->witnessNameField()->text(), kWitnessName);
    EXPECT_EQ(form->witnessPhoneField()->text(), kWitnessPhone);
    EXPECT_EQ(form->bodyCamField()->text(), kBodyCam);
    // And nothing else differs from what the child's form held when it was killed.
    EXPECT_EQ(QString::fromUtf8(RecordCanonical::content(form->record())),
              report.value(u"content"_s).toString());
}

SD_INSTANTIATE_SQLITE(DraftCrashTest);

} // namespace
} // namespace sd::test
