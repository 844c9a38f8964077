#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "core/demo/AuditSeeder.h"
#include "ui/accounts/AccountTableModel.h"
#include "ui/accounts/AccountsPanel.h"
#include "ui/accounts/AdminPage.h"
#include "ui/accounts/AuditPanel.h"
#include "ui/accounts/AuditTableModel.h"
#include "ui/accounts/NewAccountDialog.h"
#include "ui/organisation/OrganisationPage.h"
#include "ui/organisation/PeoplePanel.h"
#include "ui/shell/MainWindow.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/PersonPicker.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

const QString kPassword = u"Harbour-Lantern-42"_s;

class AdminTest : public UiTest {
protected:
    void TearDown() override {
        m_window.reset();
        UiTest::TearDown();
    }
    void openWindow() {
        m_window = std::make_unique<MainWindow>(*m_app, &m_prompter);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void loginAsAdmin() {
        addAccount(u"020009"_s, u"Admin One"_s, Role::Admin, QString(kPassword));
        login(u"020009"_s, QString(kPassword));
    }
    AccountsPanel *accountsPanel() {
        auto *admin = m_window->findPage<AdminPage>();
        EXPECT_NE(admin, nullptr);
        return admin ? admin->accounts() : nullptr;
    }
    bool hasAccountAction(const char16_t *name) {
        return accountsPanel()->findChild<QAction *>(QString::fromUtf16(name))->isEnabled();
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_P(AdminTest, AnOfficerSeesNoAdminPageAndCannotAddPeople) {
    addAccount(u"020031"_s, u"Officer Zhao"_s, Role::Officer, QString(kPassword));
    login(u"020031"_s, QString(kPassword));
    openWindow();
    EXPECT_EQ(m_window->findPage<AdminPage>(), nullptr);
    auto *organisationPage = m_window->findPage<OrganisationPage>();
    ASSERT_NE(organisationPage, nullptr);
    auto *add = organisationPage->people()->findChild<QAction *>(u"addPersonAction"_s);
    ASSERT_NE(add, nullptr);
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(add->toolTip().isEmpty());
    // Ctrl+N does nothing either.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(organisationPage->people()->addPerson(), nullptr);
}

TEST_P(AdminTest, AnInstructorSeesTheAuditLogButNotTheAccounts) {
    addAccount(u"020002"_s, u"Instructor Qian"_s, Role::Instructor, QString(kPassword));
    login(u"020002"_s, QString(kPassword));
    openWindow();
    auto *admin = m_window->findPage<AdminPage>();
    ASSERT_NE(admin, nullptr);
    EXPECT_EQ(admin->accounts(), nullptr);
    EXPECT_NE(admin->audit(), nullptr);
    EXPECT_EQ(admin->tabs()->count(), 1);
}

TEST_P(AdminTest, AdminCreatesAnAccountThenLocksAndUnlocksIt) {
    loginAsAdmin();
    addPerson(u"020040"_s, u"Sun Li"_s, u"Duty officer"_s);
    openWindow();
    AccountsPanel *panel = accountsPanel();
    ASSERT_NE(panel, nullptr);
    ModelTesterGuard tester(panel->model());
    ASSERT_EQ(panel->model()->rowCount(), 1);

    NewAccountDialog *dialog = panel->newAccount();
    ASSERT_NE(dialog, nullptr);
    // Only people without an account are offered.
    EXPECT_EQ(dialog->picker()->visibleCount(), 1);
    QTest::keyClicks(dialog->picker()->searchField(), u"sun"_s);
    EXPECT_EQ(dialog->picker()->selectedBadge(), u"020040"_s);
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findText(displayName(Role::Officer)));
    QTest::keyClicks(dialog->passwordField(), u"Quiet-Harbour-77"_s);
    QTest::keyClicks(dialog->againField(), u"Quiet-Harbour-77"_s);
    ASSERT_TRUE(dialog->submit()) << dialog->errors().generalText().toStdString();
    ASSERT_EQ(panel->model()->rowCount(), 2);
    EXPECT_EQ(panel->model()->accountAt(panel->view()->currentIndex().row()).badgeNo, u"020040"_s);

    ASSERT_TRUE(panel->selectBadge(u"020040"_s));
    EXPECT_TRUE(hasAccountAction(u"lockAccountAction"));
    panel->lockSelected();
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    const int row = panel->model()->rowOfBadge(u"020040"_s);
    EXPECT_EQ(
        panel->model()->index(row, AccountTableModel::LockedColumn).data().toString().isEmpty(),
        false);
    EXPECT_TRUE(hasAccountAction(u"unlockAccountAction"));
    // Locked in the database, not only in the list.
    QString typed = u"Quiet-Harbour-77"_s;
    EXPECT_FALSE(m_app->accounts().login(u"020040"_s, Secret::take(typed)).ok());
    login(u"020009"_s, QString(kPassword));

    panel->unlockSelected();
    EXPECT_TRUE(
        panel->model()
            ->index(panel->model()->rowOfBadge(u"020040"_s), AccountTableModel::LockedColumn)
            .data()
            .toString()
            .isEmpty());
    EXPECT_TRUE(m_prompter.warnings.isEmpty()) << m_prompter.warnings.join(u"; "_s).toStdString();
}

TEST_P(AdminTest, RemovingTheLastAdministratorIsRefusedWithTheCoresMessage) {
    loginAsAdmin();
    openWindow();
    AccountsPanel *panel = accountsPanel();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(panel->selectBadge(u"020009"_s));
    m_prompter.confirmAnswer = true;
    panel->disableSelected();
    ASSERT_EQ(m_prompter.warnings.size(), 1);
    EXPECT_TRUE(m_prompter.warnings.first().contains(u"last administrator"_s))
        << m_prompter.warnings.first().toStdString();
    EXPECT_FALSE(panel->model()->accountAt(panel->model()->rowOfBadge(u"020009"_s)).disabled);

    m_prompter.choiceAnswer = int(loginRoles().indexOf(Role::Officer));
    panel->changeRole();
    ASSERT_EQ(m_prompter.warnings.size(), 2);
    EXPECT_TRUE(m_prompter.warnings.last().contains(u"last administrator"_s));
    EXPECT_EQ(panel->model()->accountAt(panel->model()->rowOfBadge(u"020009"_s)).role, Role::Admin);
}

class AuditViewerTest : public AdminTest {
protected:
    void SetUp() override {
        AdminTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const Session operatorSession(Session::localUser());
        auto seeded = AuditSeeder(m_app->database(), operatorSession)
                          .seed(kRows, 7, m_app->clock().nowMs() - 60 * 60 * 1000);
        ASSERT_TRUE(seeded.ok()) << seeded.error().message.toStdString();
        loginAsAdmin();
        openWindow();
        auto *admin = m_window->findPage<AdminPage>();
        ASSERT_NE(admin, nullptr);
        m_panel = admin->audit();
        ASSERT_NE(m_panel, nullptr);
    }
    static constexpr qint64 kRows = 20000;
    AuditPanel *m_panel = nullptr;
};

TEST_P(AuditViewerTest, PagesLazilyAndFiltersByActionPrefix) {
    AuditTableModel *model = m_panel->model();
    ModelTesterGuard tester(model);
    m_panel->applyFilter();
    EXPECT_GT(model->totalCount(), kRows);
    EXPECT_EQ(model->rowCount(), model->pageSize());
    EXPECT_TRUE(model->canFetchMore({}));
    EXPECT_TRUE(m_panel->countLabel()->text().contains(QLocale().toString(model->totalCount())));

    // Newest first.
    EXPECT_GT(model->entryAt(0).seq, model->entryAt(1).seq);

    // Scrolling to the end of what is loaded fetches the next page, and no more.
    auto *admin = m_window->findPage<AdminPage>();
    admin->tabs()->setCurrentWidget(m_panel);
    m_window->showPage(m_window->pageCount() - 1);
    QTableView *view = m_panel->view();
    view->scrollToBottom();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->rowCount() >= 2 * model->pageSize(); }, 3000));
    EXPECT_LT(model->rowCount(), 4 * model->pageSize());
    EXPECT_EQ(model->entryAt(model->pageSize() - 1).seq, model->entryAt(model->pageSize()).seq + 1);

    const qint64 all = model->totalCount();
    m_panel->actionField()->setText(u"person."_s);
    QTest::keyClick(m_panel->actionField(), Qt::Key_Return);
    EXPECT_GT(model->totalCount(), 0);
    EXPECT_LT(model->totalCount(), all);
    for (int row = 0; row < model->rowCount(); ++row) {
        ASSERT_TRUE(model->entryAt(row).action.startsWith(u"person."_s));
    }
}

TEST_P(AuditViewerTest, VerifyRunsInTheBackgroundAndReportsIntact) {
    QSignalSpy verified(m_panel, &AuditPanel::verified);
    m_panel->verifyChain();
    EXPECT_TRUE(m_panel->isVerifying());
    ASSERT_TRUE(verified.wait(60000));
    EXPECT_TRUE(verified.first().first().toBool());
    EXPECT_TRUE(m_panel->verifyResultText().contains(u"intact"_s))
        << m_panel->verifyResultText().toStdString();
    EXPECT_FALSE(m_panel->isVerifying());
    EXPECT_TRUE(m_prompter.warnings.isEmpty());
}

SD_INSTANTIATE_SQLITE(AdminTest);
SD_INSTANTIATE_SQLITE(AuditViewerTest);

} // namespace
} // namespace sd::test
