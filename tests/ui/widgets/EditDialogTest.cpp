// The edit-dialog base every record dialog shares: a refusal shows next to its field and
// keeps what was typed; the form keeps still while the user corrects it; closing with typed
// input asks first; a conflict offers to reload the stored record.
#include "ui/widgets/EditDialog.h"

#include "FakePrompter.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <gtest/gtest.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class NoteDialog : public EditDialog {
public:
    explicit NoteDialog(Prompter *prompter)
        : EditDialog(prompter)
        , name(new QLineEdit(this))
        , place(new QLineEdit(this)) {
        addRow(u"Name:"_s, name, u"name"_s);
        addRow(u"Place:"_s, place, u"place"_s);
        addButtons(u"Save"_s, u"saveButton"_s);
        name->setText(stored);
        markUnchanged();
    }

    Status store() override {
        ++stores;
        if (refusal) {
            return *refusal;
        }
        stored = name->text();
        return {};
    }
    bool canReload() const override { return true; }
    Status reloadStored() override {
        ++reloads;
        name->setText(storedElsewhere);
        place->clear();
        return {};
    }

    QLabel *labelShowing(const QString &text) const {
        for (QLabel *label : findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().contains(text)) {
                return label;
            }
        }
        return nullptr;
    }

    QLineEdit *name;
    QLineEdit *place;
    QString stored = u"Zhang Wei"_s;
    QString storedElsewhere = u"Li Na"_s;
    std::optional<Error> refusal;
    int stores = 0;
    int reloads = 0;
};

class EditDialogTest : public ::testing::Test {
protected:
    void showDialog() {
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }

    FakePrompter m_prompter;
    NoteDialog m_dialog{&m_prompter};
};

TEST_F(EditDialogTest, ARefusalShowsNextToItsFieldAndKeepsTheInput) {
    showDialog();
    m_dialog.name->setText(u"Zhang"_s);
    m_dialog.refusal = Error::validation(u"name"_s, u"Enter the full name."_s);
    EXPECT_FALSE(m_dialog.save());
    EXPECT_TRUE(m_dialog.isVisible());
    EXPECT_EQ(m_dialog.result(), QDialog::Rejected);
    EXPECT_EQ(m_dialog.name->text(), u"Zhang"_s);
    QLabel *error = m_dialog.labelShowing(u"Enter the full name."_s);
    ASSERT_NE(error, nullptr);
    // Under its own field, not under the other one.
    EXPECT_GT(error->mapTo(&m_dialog, QPoint()).y(), m_dialog.name->mapTo(&m_dialog, QPoint()).y());
    EXPECT_LT(error->mapTo(&m_dialog, QPoint()).y(),
              m_dialog.place->mapTo(&m_dialog, QPoint()).y());
}

TEST_F(EditDialogTest, TheFormKeepsStillWhileAFieldIsCorrected) {
    showDialog();
    m_dialog.refusal = Error::validation(u"name"_s, u"Enter the full name."_s);
    m_dialog.save();
    QTest::qWait(50); // the layouts settle
    const int placeTop = m_dialog.place->mapTo(&m_dialog, QPoint()).y();
    QTest::keyClicks(m_dialog.name, u" Wei"_s);
    QTest::qWait(50);
    EXPECT_EQ(m_dialog.labelShowing(u"Enter the full name."_s), nullptr)
        << "the complaint goes once the field is being corrected";
    EXPECT_EQ(m_dialog.place->mapTo(&m_dialog, QPoint()).y(), placeTop)
        << "was " << placeTop << ", now " << m_dialog.place->mapTo(&m_dialog, QPoint()).y()
        << "the field below must not jump while the user types";
}

TEST_F(EditDialogTest, ASaveStoresOnceAndCloses) {
    showDialog();
    m_dialog.name->setText(u"Wang Fang"_s);
    EXPECT_TRUE(m_dialog.save());
    EXPECT_EQ(m_dialog.stores, 1);
    EXPECT_EQ(m_dialog.stored, u"Wang Fang"_s);
    EXPECT_EQ(m_dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(m_prompter.confirmations.isEmpty());
}

TEST_F(EditDialogTest, ClosingWithTypedInputAsksFirst) {
    showDialog();
    m_dialog.place->setText(u"Room 3"_s);
    ASSERT_TRUE(m_dialog.hasUnsavedChanges());
    m_prompter.confirmAnswer = false;
    QTest::keyClick(&m_dialog, Qt::Key_Escape);
    EXPECT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_dialog.isVisible()) << "answering no keeps the dialog and the input";
    EXPECT_EQ(m_dialog.place->text(), u"Room 3"_s);
    m_prompter.confirmAnswer = true;
    m_dialog.reject();
    EXPECT_EQ(m_prompter.confirmations.size(), 2);
    EXPECT_FALSE(m_dialog.isVisible());
    EXPECT_EQ(m_dialog.stores, 0);
}

TEST_F(EditDialogTest, ClosingAnUntouchedFormDoesNotAsk) {
    showDialog();
    m_dialog.place->setText(u"typed"_s);
    m_dialog.place->clear(); // back to what was loaded
    m_dialog.reject();
    EXPECT_TRUE(m_prompter.confirmations.isEmpty());
    EXPECT_FALSE(m_dialog.isVisible());
}

TEST_F(EditDialogTest, AConflictOffersToReloadTheStoredRecord) {
    showDialog();
    m_dialog.name->setText(u"Zhang Wei Jr"_s);
    m_dialog.refusal = Error::conflict(u"Changed by 031002 at 10:15."_s);
    m_prompter.confirmAnswer = true;
    EXPECT_FALSE(m_dialog.save());
    ASSERT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_TRUE(m_prompter.confirmations.first().contains(u"Changed by 031002 at 10:15."_s));
    EXPECT_EQ(m_dialog.reloads, 1);
    EXPECT_EQ(m_dialog.name->text(), u"Li Na"_s);
    EXPECT_TRUE(m_dialog.isVisible());
    EXPECT_FALSE(m_dialog.hasUnsavedChanges()) << "the reloaded record is what is stored";
}

TEST_F(EditDialogTest, AConflictNotReloadedKeepsTheInputAndSaysWhy) {
    showDialog();
    m_dialog.name->setText(u"Zhang Wei Jr"_s);
    m_dialog.refusal = Error::conflict(u"Changed by 031002 at 10:15."_s);
    m_prompter.confirmAnswer = false;
    EXPECT_FALSE(m_dialog.save());
    EXPECT_EQ(m_dialog.reloads, 0);
    EXPECT_EQ(m_dialog.name->text(), u"Zhang Wei Jr"_s);
    EXPECT_NE(m_dialog.labelShowing(u"Changed by 031002"_s), nullptr);
}

} // namespace
} // namespace sd::test
