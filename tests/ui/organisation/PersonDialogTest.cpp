#include "ui/organisation/PersonDialog.h"

#include "UiTestFixture.h"
#include "ui/organisation/OrganisationPage.h"
#include "ui/organisation/PeoplePanel.h"
#include "ui/organisation/PersonTableModel.h"
#include "ui/widgets/FieldErrors.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class PersonDialogTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_page =
            std::make_unique<OrganisationPage>(organisation(), m_app->clock(), m_prompter, true);
        m_page->show();
    }
    void TearDown() override {
        m_page.reset();
        UiTest::TearDown();
    }

    PeoplePanel *panel() { return m_page->people(); }

    // Opens the add dialog the way a user does: the Add person command.
    PersonDialog *openAddDialog() {
        panel()->findChild<QAction *>(u"addPersonAction"_s)->trigger();
        auto *dialog = m_page->findChild<PersonDialog *>();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->isVisible());
        }
        return dialog;
    }

    static QLineEdit *edit(QWidget *dialog, const QString &name) {
        auto *found = dialog->findChild<QLineEdit *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    static void clickSave(QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    }

    int rowWithBadge(const QString &badge) {
        PersonTableModel *model = panel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->personAt(row).badgeNo == badge) {
                return row;
            }
        }
        return -1;
    }

    std::unique_ptr<OrganisationPage> m_page;
};

TEST_P(PersonDialogTest, AddedPersonAppearsInTheListAndIsSelected) {
    PersonDialog *dialog = openAddDialog();
    ASSERT_NE(dialog, nullptr);
    QPointer<PersonDialog> guard(dialog);
    QTest::keyClicks(edit(dialog, u"badgeEdit"_s), u"010203"_s);
    // Han text arrives through an input method as committed text, not as key presses.
    edit(dialog, u"nameEdit"_s)->insert(u"王芳"_s);
    QTest::keyClicks(edit(dialog, u"positionEdit"_s), u"Community officer"_s);
    QTest::keyClicks(edit(dialog, u"phoneEdit"_s), u"13800138000"_s);
    clickSave(dialog);

    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000)) << "dialog stayed open";
    const int row = rowWithBadge(u"010203"_s);
    ASSERT_GE(row, 0);
    EXPECT_EQ(panel()->model()->personAt(row).name, u"王芳"_s);
    EXPECT_EQ(panel()->view()->currentIndex().row(), row);
    auto stored = organisation().personByBadge(u"010203"_s);
    ASSERT_TRUE(stored.ok() && stored.value().has_value());
    EXPECT_EQ(stored.value()->phone, u"13800138000"_s);
    EXPECT_EQ(stored.value()->joinedOn, QDate(2026, 3, 15)) << "defaults to the clock's today";
}

TEST_P(PersonDialogTest, EnterInTheFormSaves) {
    PersonDialog *dialog = openAddDialog();
    ASSERT_NE(dialog, nullptr);
    QPointer<PersonDialog> guard(dialog);
    QTest::keyClicks(edit(dialog, u"badgeEdit"_s), u"010204"_s);
    QLineEdit *name = edit(dialog, u"nameEdit"_s);
    QTest::keyClicks(name, u"Li Lei"_s);
    QTest::keyClick(name, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000));
    EXPECT_GE(rowWithBadge(u"010204"_s), 0);
}

TEST_P(PersonDialogTest, DuplicateBadgeIsShownByTheBadgeFieldAndTheTextIsKept) {
    addPerson(u"010001"_s, u"张伟"_s);
    PersonDialog *dialog = openAddDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(edit(dialog, u"badgeEdit"_s), u"010001"_s);
    QTest::keyClicks(edit(dialog, u"nameEdit"_s), u"Zhao Min"_s);
    QTest::keyClicks(edit(dialog, u"phoneEdit"_s), u"13900001111"_s);
    clickSave(dialog);
    QTest::qWait(50);

    EXPECT_TRUE(dialog->isVisible()) << "the dialog must stay open";
    const QString badgeError = dialog->errors().errorText(u"badge_no"_s);
    EXPECT_TRUE(badgeError.contains(u"010001"_s)) << badgeError.toStdString();
    EXPECT_TRUE(dialog->errors().errorText(u"phone"_s).isEmpty());
    auto *label = dialog->findChild<QLabel *>(u"error_badge_no"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    // The label sits with the badge field, not somewhere else in the dialog.
    EXPECT_EQ(label->parentWidget(), edit(dialog, u"badgeEdit"_s)->parentWidget());
    EXPECT_EQ(edit(dialog, u"badgeEdit"_s)->text(), u"010001"_s);
    EXPECT_EQ(edit(dialog, u"nameEdit"_s)->text(), u"Zhao Min"_s);
    EXPECT_EQ(edit(dialog, u"phoneEdit"_s)->text(), u"13900001111"_s);
    EXPECT_EQ(dialog->focusWidget(), edit(dialog, u"badgeEdit"_s));
    EXPECT_EQ(organisation().countPeople({}).value(), 1);

    // Correcting the badge clears the complaint and saves.
    QPointer<PersonDialog> guard(dialog);
    QLineEdit *badge = edit(dialog, u"badgeEdit"_s);
    badge->selectAll();
    QTest::keyClicks(badge, u"010002"_s);
    EXPECT_TRUE(dialog->errors().errorText(u"badge_no"_s).isEmpty());
    clickSave(dialog);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000));
    EXPECT_GE(rowWithBadge(u"010002"_s), 0);
}

TEST_P(PersonDialogTest, InvalidPhoneIsShownByThePhoneField) {
    PersonDialog *dialog = openAddDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(edit(dialog, u"badgeEdit"_s), u"010005"_s);
    QTest::keyClicks(edit(dialog, u"nameEdit"_s), u"Sun Li"_s);
    QTest::keyClicks(edit(dialog, u"phoneEdit"_s), u"12345"_s);
    clickSave(dialog);
    QTest::qWait(50);

    EXPECT_TRUE(dialog->isVisible());
    const QString phoneError = dialog->errors().errorText(u"phone"_s);
    EXPECT_TRUE(phoneError.contains(u"12345"_s)) << phoneError.toStdString();
    EXPECT_TRUE(dialog->errors().errorText(u"badge_no"_s).isEmpty());
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"error_phone"_s)->isVisible());
    EXPECT_EQ(edit(dialog, u"phoneEdit"_s)->text(), u"12345"_s);
    EXPECT_EQ(organisation().countPeople({}).value(), 0);
}

TEST_P(PersonDialogTest, ConflictOffersToReloadTheLatestVersion) {
    const Person stored = addPerson(u"010007"_s, u"Old Name"_s);
    panel()->reload();
    ASSERT_TRUE(panel()->selectPerson(stored.id));
    PersonDialog *dialog = panel()->editSelected();
    ASSERT_NE(dialog, nullptr);

    // Another desk renames the person while the dialog is open.
    Person elsewhere = stored;
    elsewhere.name = u"Renamed Elsewhere"_s;
    ASSERT_TRUE(organisation().updatePerson(elsewhere).ok());

    QLineEdit *name = edit(dialog, u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Mine"_s);
    m_prompter.confirmAnswer = true;
    clickSave(dialog);

    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(name->text(), u"Renamed Elsewhere"_s) << "reloaded from the database";
    // Saving again now works against the fresh row version.
    name->selectAll();
    QTest::keyClicks(name, u"Mine"_s);
    EXPECT_TRUE(dialog->save());
    EXPECT_EQ(organisation().person(stored.id).value().name, u"Mine"_s);
}

SD_INSTANTIATE_SQLITE(PersonDialogTest);

} // namespace
} // namespace sd::test
