#include "UiTestFixture.h"
#include "ui/organisation/OrganisationPage.h"
#include "ui/organisation/PeoplePanel.h"
#include "ui/organisation/PersonDialog.h"
#include "ui/shell/AboutDialog.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class ShellTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_window = std::make_unique<MainWindow>(*m_app, &m_prompter);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override {
        m_window.reset();
        UiTest::TearDown();
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_P(ShellTest, StatusBarNamesTheDatabaseAndSchemaVersion) {
    auto *database = m_window->findChild<QLabel *>(u"databaseLabel"_s);
    auto *schema = m_window->findChild<QLabel *>(u"schemaLabel"_s);
    ASSERT_NE(database, nullptr);
    ASSERT_NE(schema, nullptr);
    EXPECT_TRUE(database->text().contains(m_app->database().url().displayName()));
    EXPECT_EQ(schema->text(), u"schema version %1"_s.arg(m_app->openInfo().schemaVersion));
    EXPECT_GT(m_app->openInfo().schemaVersion, 0);
}

TEST_P(ShellTest, SidebarListsOnlyExistingPages) {
    auto *navigation = m_window->findChild<QListWidget *>(u"navigation"_s);
    ASSERT_NE(navigation, nullptr);
    ASSERT_EQ(navigation->count(), m_window->pageCount());
    for (int i = 0; i < m_window->pageCount(); ++i) {
        EXPECT_EQ(navigation->item(i)->text(), m_window->page(i)->title());
    }
}

TEST_P(ShellTest, KeyboardShortcutsReachSearchNewAndAbout) {
    auto *page = qobject_cast<OrganisationPage *>(m_window->currentPage());
    ASSERT_NE(page, nullptr);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), page->people()->searchField());

    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = m_window->findChild<PersonDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();

    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *about = m_window->findChild<AboutDialog *>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->findChild<QLabel *>(u"aboutText"_s)
                    ->text()
                    .contains(u"%1"_s.arg(m_app->openInfo().schemaVersion)));
    about->accept();

    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), m_window->page(0));
}

TEST_P(ShellTest, CtrlQCloses) {
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    EXPECT_FALSE(m_window->isVisible());
}

SD_INSTANTIATE_SQLITE(ShellTest);

} // namespace
} // namespace sd::test
