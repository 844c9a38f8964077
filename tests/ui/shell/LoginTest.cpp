#include "UiTestFixture.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SessionController.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/PersonPicker.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kAdminPassword = u"Harbour-Lantern-42"_s;

class LoginTest : public UiTest {
protected:
    void TearDown() override {
        m_controller.reset();
        UiTest::TearDown();
    }
    void start() {
        m_controller = std::make_unique<SessionController>(*m_app, &m_prompter);
        m_controller->start();
    }
    // Types into the login dialog as a user would and presses Enter.
    void typeLogin(const QString &badge, const QString &password) {
        LoginDialog *dialog = m_controller->loginDialog();
        ASSERT_NE(dialog, nullptr);
        dialog->badgeField()->clear();
        QTest::keyClicks(dialog->badgeField(), badge);
        QTest::keyClicks(dialog->passwordField(), password);
        QTest::keyClick(dialog->passwordField(), Qt::Key_Return);
    }

    std::unique_ptr<SessionController> m_controller;
};

TEST_P(LoginTest, FirstRunCreatesTheAdministratorBeforeAnythingElse) {
    addPerson(u"010001"_s, u"Zhang Wei"_s, u"Station chief"_s);
    addPerson(u"010002"_s, u"Wang Fang"_s, u"Office"_s);
    start();
    FirstRunDialog *dialog = m_controller->firstRunDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(m_controller->loginDialog(), nullptr);
    EXPECT_EQ(m_controller->mainWindow(), nullptr);

    // Searching narrows the list to the one person, who is then chosen.
    QTest::keyClicks(dialog->picker()->searchField(), u"wang"_s);
    EXPECT_EQ(dialog->picker()->visibleCount(), 1);
    EXPECT_EQ(dialog->picker()->selectedBadge(), u"010002"_s);

    // A common password is refused next to the password field; nothing is created.
    QTest::keyClicks(dialog->passwordField(), u"password1"_s);
    QTest::keyClicks(dialog->againField(), u"password1"_s);
    EXPECT_FALSE(dialog->submit());
    EXPECT_TRUE(dialog->errors().errorText(u"password"_s).contains(u"commonly used"_s))
        << dialog->errors().errorText(u"password"_s).toStdString();
    EXPECT_FALSE(m_app->accounts().hasAdmin().value());

    // Two different passwords are caught before the core is asked.
    dialog->passwordField()->setText(QString(kAdminPassword));
    dialog->againField()->setText(u"something-else-1"_s);
    EXPECT_FALSE(dialog->submit());
    EXPECT_FALSE(dialog->errors().errorText(u"password_again"_s).isEmpty());

    dialog->againField()->setText(QString(kAdminPassword));
    EXPECT_TRUE(dialog->submit());
    EXPECT_TRUE(m_app->accounts().hasAdmin().value());
    ASSERT_NE(m_controller->loginDialog(), nullptr);
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
}

TEST_P(LoginTest, LoginOpensTheMainWindowWithUserAndRoleInTheStatusBar) {
    addAccount(u"020001"_s, u"Li Na"_s, Role::Instructor, QString(kAdminPassword));
    addAccount(u"020009"_s, u"Admin One"_s, Role::Admin, QString(kAdminPassword));
    start();
    ASSERT_EQ(m_controller->firstRunDialog(), nullptr);
    typeLogin(u"020001"_s, QString(kAdminPassword));
    MainWindow *window = m_controller->mainWindow();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    auto *user = window->findChild<QLabel *>(u"userLabel"_s);
    ASSERT_NE(user, nullptr);
    EXPECT_TRUE(user->text().contains(u"Li Na (020001)"_s)) << user->text().toStdString();
    EXPECT_TRUE(user->text().contains(displayName(Role::Instructor)));
    EXPECT_EQ(m_app->session().actor().badgeNo, u"020001"_s);

    // Logging out goes back to the login dialog.
    EXPECT_TRUE(window->logOut());
    QTest::qWait(0);
    ASSERT_NE(m_controller->loginDialog(), nullptr);
    EXPECT_TRUE(m_controller->loginDialog()->isVisible());
    EXPECT_FALSE(m_app->session().isLoggedIn());
}

TEST_P(LoginTest, WrongPasswordShowsTheCoresMessageAndKeepsTheDialog) {
    addAccount(u"020009"_s, u"Admin One"_s, Role::Admin, QString(kAdminPassword));
    start();
    typeLogin(u"020009"_s, u"not-the-password"_s);
    LoginDialog *dialog = m_controller->loginDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(m_controller->mainWindow(), nullptr);
    const QString message = dialog->errors().errorText(u"password"_s);
    EXPECT_EQ(message, u"The badge number or the password is wrong."_s);
    EXPECT_TRUE(dialog->passwordField()->text().isEmpty());

    // An unknown badge gets exactly the same words.
    typeLogin(u"999999"_s, u"not-the-password"_s);
    EXPECT_EQ(dialog->errors().errorText(u"password"_s), message);
}

TEST_P(LoginTest, FiveFailuresLockTheAccountEvenForTheRightPassword) {
    addAccount(u"020009"_s, u"Admin One"_s, Role::Admin, QString(kAdminPassword));
    start();
    for (int attempt = 0; attempt < 5; ++attempt) {
        typeLogin(u"020009"_s, u"wrong-password-%1"_s.arg(attempt));
    }
    typeLogin(u"020009"_s, QString(kAdminPassword));
    LoginDialog *dialog = m_controller->loginDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(m_controller->mainWindow(), nullptr);
    EXPECT_TRUE(dialog->errors().errorText(u"badge_no"_s).contains(u"locked until"_s))
        << dialog->errors().errorText(u"badge_no"_s).toStdString();
}

SD_INSTANTIATE_SQLITE(LoginTest);

} // namespace
} // namespace sd::test
