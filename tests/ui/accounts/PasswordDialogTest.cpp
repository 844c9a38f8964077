#include "ui/accounts/PasswordDialog.h"

#include "UiTestFixture.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AdminPage.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FieldErrors.h"

#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kOld = u"Harbour-Lantern-42"_s;
const QString kNew = u"Quiet-Window-2026"_s;

// The change-password dialog (File menu) and the administrator's reset, driven as a
// user would type, against the real AccountService.
class PasswordDialogTest : public UiTest {
protected:
    void TearDown() override {
        m_window.reset();
        UiTest::TearDown();
    }
    void openWindow() {
        m_window = std::make_unique<MainWindow>(*m_app, &m_prompter);
        m_window->show();
    }
    PasswordDialog *openDialog() {
        m_window->changePassword();
        return m_window->findChild<PasswordDialog *>();
    }
    static void type(QLineEdit *field, const QString &text) {
        field->clear();
        QTest::keyClicks(field, text);
    }
    bool canLogIn(const QString &badge, const QString &password) {
        QString typed = password;
        return m_app->accounts().login(badge, Secret::take(typed)).ok();
    }
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(PasswordDialogTest, ChangingYourOwnPasswordShowsEachProblemByItsField) {
    addAccount(u"030031"_s, u"Officer Li"_s, Role::Officer, kOld);
    login(u"030031"_s, kOld);
    openWindow();
    PasswordDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);

    type(dialog->currentField(), u"not-my-password"_s);
    type(dialog->newField(), kNew);
    type(dialog->againField(), kNew);
    EXPECT_FALSE(dialog->submit());
    EXPECT_FALSE(dialog->errors().errorText(u"current_password"_s).isEmpty());
    EXPECT_TRUE(dialog->isVisible());

    type(dialog->currentField(), kOld);
    type(dialog->againField(), kNew + u"x"_s);
    EXPECT_FALSE(dialog->submit());
    EXPECT_FALSE(dialog->errors().errorText(u"password_again"_s).isEmpty());

    type(dialog->newField(), u"password123"_s);
    type(dialog->againField(), u"password123"_s);
    EXPECT_FALSE(dialog->submit());
    EXPECT_FALSE(dialog->errors().errorText(u"password"_s).isEmpty());
    EXPECT_TRUE(canLogIn(u"030031"_s, kOld)); // nothing changed yet

    type(dialog->newField(), kNew);
    type(dialog->againField(), kNew);
    ASSERT_TRUE(dialog->submit()) << dialog->errors().generalText().toStdString();
    EXPECT_FALSE(canLogIn(u"030031"_s, kOld));
    EXPECT_TRUE(canLogIn(u"030031"_s, kNew));
}

TEST_P(PasswordDialogTest, AnAdministratorResetsSomeoneElsesPassword) {
    addAccount(u"030009"_s, u"Admin Wu"_s, Role::Admin, kOld);
    addAccount(u"030032"_s, u"Officer Han"_s, Role::Officer, kOld);
    login(u"030009"_s, kOld);
    openWindow();
    auto *admin = m_window->findPage<AdminPage>();
    ASSERT_NE(admin, nullptr);
    AccountsPanel *panel = admin->accounts();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->selectBadge(u"030032"_s));
    PasswordDialog *dialog = panel->resetPassword();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->currentField(), nullptr); // an administrator does not know it

    type(dialog->newField(), u"short"_s);
    type(dialog->againField(), u"short"_s);
    EXPECT_FALSE(dialog->submit());
    EXPECT_FALSE(dialog->errors().errorText(u"password"_s).isEmpty());

    type(dialog->newField(), kNew);
    type(dialog->againField(), kNew);
    ASSERT_TRUE(dialog->submit()) << dialog->errors().generalText().toStdString();
    EXPECT_TRUE(canLogIn(u"030032"_s, kNew));
    EXPECT_FALSE(canLogIn(u"030032"_s, kOld));
}

SD_INSTANTIATE_SQLITE(PasswordDialogTest);

} // namespace
} // namespace sd::test
