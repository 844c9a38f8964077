#include "UiTestFixture.h"
#include "ui/organisation/OrganisationPage.h"
#include "ui/organisation/PeoplePanel.h"
#include "ui/organisation/PersonDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockScreen.h"
#include "ui/shell/MainWindow.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kPassword = u"Harbour-Lantern-42"_s;

class IdleLockTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        addAccount(u"020009"_s, u"Admin One"_s, Role::Admin, QString(kPassword));
        login(u"020009"_s, QString(kPassword));
        m_window = std::make_unique<MainWindow>(*m_app, &m_prompter);
        m_window->setIdleTimeout(std::chrono::milliseconds(300));
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override {
        m_window.reset();
        UiTest::TearDown();
    }

    // Opens "Add person" and types a name into it, as unsaved work.
    PersonDialog *openHalfTypedPerson() {
        auto *page = m_window->findPage<OrganisationPage>();
        EXPECT_NE(page, nullptr);
        PersonDialog *dialog = page->people()->addPerson();
        EXPECT_NE(dialog, nullptr);
        auto *name = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
        EXPECT_NE(name, nullptr);
        QTest::keyClicks(name, u"Half Typed"_s);
        return dialog;
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_P(IdleLockTest, IdleTimeLocksAndTheRightPasswordRestoresTheOpenDialog) {
    EXPECT_TRUE(m_window->idleWatcher()->isActive());
    QPointer<PersonDialog> dialog = openHalfTypedPerson();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->isLocked(); }, 5000));
    // Hidden, not closed: what was typed must survive the lock.
    ASSERT_TRUE(dialog);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_FALSE(m_window->idleWatcher()->isActive());

    LockScreen *lock = m_window->lockScreen();
    EXPECT_TRUE(lock->isVisible());
    QTest::keyClicks(lock->passwordField(), QString(kPassword));
    QTest::keyClick(lock->passwordField(), Qt::Key_Return);
    EXPECT_FALSE(m_window->isLocked());
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Half Typed"_s);
    EXPECT_TRUE(m_window->idleWatcher()->isActive());
    dialog->reject();
}

TEST_P(IdleLockTest, InputKeepsTheDeskUnlocked) {
    m_window->setIdleTimeout(std::chrono::milliseconds(400));
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(100);
        QTest::mouseMove(m_window.get(), QPoint(10 + i, 10 + i));
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
    }
    EXPECT_FALSE(m_window->isLocked());
}

TEST_P(IdleLockTest, WrongPasswordKeepsItLocked) {
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(m_window->isLocked());
    LockScreen *lock = m_window->lockScreen();
    QTest::keyClicks(lock->passwordField(), u"not-my-password"_s);
    QTest::keyClick(lock->passwordField(), Qt::Key_Return);
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_EQ(lock->errorText(), u"The badge number or the password is wrong."_s);
    EXPECT_TRUE(lock->passwordField()->text().isEmpty());
    // Menu shortcuts do not reach the pages behind the lock screen.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(m_window->findChild<PersonDialog *>(), nullptr);
}

TEST_P(IdleLockTest, SwitchUserIsRefusedWhileAnEditDialogIsOpen) {
    QPointer<PersonDialog> dialog = openHalfTypedPerson();
    m_window->lock();
    ASSERT_TRUE(m_window->isLocked());
    QSignalSpy loggedOut(m_window.get(), &MainWindow::loggedOut);
    EXPECT_FALSE(m_window->switchUser());
    EXPECT_EQ(loggedOut.count(), 0);
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_TRUE(m_app->session().isLoggedIn());
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(u"Add person"_s))
        << m_prompter.warnings.first().toStdString();
    ASSERT_TRUE(dialog);

    // Once the form is closed nothing would be lost, and another user may log in.
    m_window->lockScreen()->passwordField()->setText(QString(kPassword));
    ASSERT_TRUE(m_window->lockScreen()->tryUnlock());
    dialog->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
    m_window->lock();
    EXPECT_TRUE(m_window->switchUser());
    EXPECT_EQ(loggedOut.count(), 1);
    EXPECT_FALSE(m_app->session().isLoggedIn());
}

SD_INSTANTIATE_SQLITE(IdleLockTest);

} // namespace
} // namespace sd::test
