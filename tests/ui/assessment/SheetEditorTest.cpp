#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/assessment/AssessmentPage.h"
#include "ui/assessment/EntryDialog.h"
#include "ui/assessment/EntryTableModel.h"
#include "ui/assessment/ReviewPanel.h"
#include "ui/assessment/SheetEditorDialog.h"
#include "ui/assessment/SheetTableModel.h"
#include "ui/widgets/FieldErrors.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {

// The score sheet editor as a squad leader drafts with it and as others only read it:
// every refusal comes from the core and shows next to the field it names.
class SheetEditorTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const Person leader = addPerson(u"031011"_s, u"吴海涛"_s);
        m_squad = addUnit(UnitKind::Squad, u"刑事探组"_s, {leader.id}, leader.id).id;
        addUnit(UnitKind::Squad, u"治安探组"_s, {}, std::nullopt);
        AssessmentScheme scheme;
        scheme.code = u"LAW-M"_s;
        scheme.name = u"月度执法考核"_s;
        scheme.items = {{0, u"D01"_s, u"警情反馈超时"_s, -2, 10},
                        {0, u"D02"_s, u"执法过错"_s, -50, 100},
                        {0, u"B01"_s, u"群众书面表扬"_s, 3, 6}};
        auto stored = m_app->assessments().addScheme(scheme);
        ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
        m_scheme = stored.value();

        Alert alert;
        alert.receivedAt = m_app->clock().nowMs() - 3600 * 1000;
        alert.source = AlertSource::Phone;
        alert.category = AlertCategory::Dispute;
        alert.summary = u"邻里纠纷"_s;
        alert.location = u"云溪路12号"_s;
        auto added = m_app->alerts().addAlert(alert);
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        m_alertNumber = added->number;
        actAs(u"吴海涛 (031011)"_s, Role::SquadLeader);
    }

    void actAs(const QString &name, Role role) {
        Actor actor;
        actor.name = name;
        actor.role = role;
        m_app->session().setActor(actor);
    }

    static void choose(QComboBox *combo, const QString &startOfText) {
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemText(i).startsWith(startOfText)) {
                combo->setCurrentIndex(i);
                Q_EMIT combo->activated(i);
                return;
            }
        }
        ADD_FAILURE() << "no item " << startOfText.toStdString();
    }

    // The dialog now open: closed ones linger until the event loop deletes them.
    template <typename Dialog> static Dialog *openDialog(QObject *parent) {
        for (Dialog *dialog : parent->findChildren<Dialog *>()) {
            if (dialog->isVisible()) {
                return dialog;
            }
        }
        return nullptr;
    }

    // Types text as key presses; characters without a key (Chinese) arrive as an input
    // method would deliver them, one key event carrying the text.
    static void type(QWidget *widget, const QString &text) {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(widget, QString(c));
            } else {
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c),
                                    Qt::NoModifier);
            }
        }
    }

    static void typePoints(QSpinBox *spin, const QString &points) {
        spin->clear();
        type(spin, points);
    }

    // Fills the entry dialog as a user types it; kind empty leaves the record unlinked.
    static void fillEntry(EntryDialog *dialog, const QString &item, const QString &points,
                          const QString &reason, const QString &kind = {},
                          const QString &number = {}) {
        choose(dialog->itemCombo(), item);
        typePoints(dialog->pointsEdit(), points);
        dialog->reasonEdit()->clear();
        type(dialog->reasonEdit(), reason);
        choose(dialog->recordKindCombo(),
               kind.isEmpty() ? dialog->recordKindCombo()->itemText(0) : kind);
        dialog->recordNumberEdit()->clear();
        type(dialog->recordNumberEdit(), number);
    }

    ScoreSheet storedDraft(const QString &period, int lateCount) {
        ScoreSheet draft;
        draft.schemeId = m_scheme.id;
        draft.subjectId = m_squad;
        draft.period = period;
        for (int i = 0; i < lateCount; ++i) {
            draft.entries << ScoreEntry{
                0, m_scheme.items.at(0).id, {}, -2, u"反馈超时"_s, u"督察通报"_s, {}, {}};
        }
        auto sheet = m_app->assessments().createSheet(draft);
        EXPECT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
        return sheet.value();
    }

    SheetEditorDialog *openStored(AssessmentPage &page, qint64 id) {
        ReviewPanel *review = page.review();
        for (int row = 0; row < review->model()->rowCount(); ++row) {
            if (review->model()->sheetAt(row)->id == id) {
                review->view()->selectRow(row);
                QTest::mouseClick(review->findChild<QPushButton *>(u"openSheetButton"_s),
                                  Qt::LeftButton);
                return openDialog<SheetEditorDialog>(&page);
            }
        }
        ADD_FAILURE() << "sheet not listed";
        return nullptr;
    }

    qint64 m_squad = 0;
    AssessmentScheme m_scheme;
    QString m_alertNumber;
};

TEST_P(SheetEditorTest, ASquadLeaderCreatesASheetWithALinkedEntryAndSeesTheTotalLive) {
    AssessmentPage page(*m_app, m_prompter);
    ReviewPanel *review = page.review();
    auto *newButton = review->findChild<QPushButton *>(u"newSheetButton"_s);
    ASSERT_TRUE(newButton && newButton->isVisibleTo(&page));
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto *editor = openDialog<SheetEditorDialog>(&page);
    ASSERT_TRUE(editor);
    ModelTesterGuard guard(editor->entries());
    EXPECT_FALSE(editor->isReadOnly());
    // Schemes and items go by their names; the codes are only tooltips.
    ASSERT_EQ(editor->schemeCombo()->count(), 1);
    EXPECT_EQ(editor->schemeCombo()->itemText(0), u"月度执法考核"_s);
    EXPECT_EQ(editor->schemeCombo()->itemData(0, Qt::ToolTipRole).toString(), u"LAW-M"_s);
    choose(editor->schemeCombo(), u"月度执法考核"_s);
    EXPECT_EQ(editor->periodEdit()->placeholderText(), editor->tr("e.g. 2026-07"));

    // No subject, then a month that does not exist: refused by field, nothing stored.
    type(editor->periodEdit(), u"2026-07"_s);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(editor->errors().errorText(u"subject"_s).isEmpty());
    choose(editor->subjectCombo(), u"刑事探组"_s);
    editor->periodEdit()->clear();
    type(editor->periodEdit(), u"2026-13"_s);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(editor->errors().errorText(u"period"_s).contains(u"2026-13"_s))
        << editor->errors().errorText(u"period"_s).toStdString();
    editor->periodEdit()->clear();
    type(editor->periodEdit(), u"2026-Q3"_s);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_FALSE(editor->errors().errorText(u"period"_s).isEmpty());
    EXPECT_EQ(m_app->assessments().countSheets({}).value(), 0);

    editor->periodEdit()->clear();
    type(editor->periodEdit(), u"2026-07"_s);
    EXPECT_TRUE(editor->totalText().contains(u"100"_s)) << editor->totalText().toStdString();

    // An entry: more than the item costs, then a record number of the wrong form, then
    // one that does not exist, each refused next to its field; then the real alert.
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    auto *entry = openDialog<EntryDialog>(editor);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->pointsEdit()->value(), -2); // the first item's one occurrence
    QStringList items;
    for (int i = 0; i < entry->itemCombo()->count(); ++i) {
        items << entry->itemCombo()->itemText(i);
    }
    EXPECT_EQ(items, QStringList({u"警情反馈超时"_s, u"执法过错"_s, u"群众书面表扬"_s}));
    EXPECT_EQ(entry->itemCombo()->itemData(0, Qt::ToolTipRole).toString(), u"D01"_s);
    fillEntry(entry, u"警情反馈超时"_s, u"-3"_s, u"反馈超时"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_TRUE(entry->isVisible());
    EXPECT_TRUE(entry->errors().errorText(u"points"_s).contains(u"警情反馈超时"_s))
        << entry->errors().errorText(u"points"_s).toStdString();
    EXPECT_FALSE(entry->errors().errorText(u"points"_s).contains(u"D01"_s));
    typePoints(entry->pointsEdit(), u"-2"_s);
    choose(entry->recordKindCombo(), displayName(RecordKind::Alert));
    type(entry->recordNumberEdit(), u"JQ-2026-12"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_TRUE(entry->errors().errorText(u"record"_s).contains(u"JQ-2026-12"_s))
        << entry->errors().errorText(u"record"_s).toStdString();
    entry->recordNumberEdit()->clear();
    type(entry->recordNumberEdit(), u"JQ-1999-000001"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_TRUE(entry->errors().errorText(u"record"_s).contains(u"JQ-1999-000001"_s));
    entry->recordNumberEdit()->clear();
    type(entry->recordNumberEdit(), m_alertNumber);
    type(entry->evidenceEdit(), u"督察通报 2026-07-3"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_FALSE(entry->isVisible());
    ASSERT_EQ(editor->entries()->rowCount(), 1);
    EXPECT_TRUE(editor->totalText().contains(u"98"_s)) << editor->totalText().toStdString();
    const QModelIndex item = editor->entries()->index(0, EntryTableModel::ItemColumn);
    EXPECT_EQ(item.data().toString(), u"警情反馈超时"_s);
    EXPECT_TRUE(item.data(Qt::ToolTipRole).toString().contains(u"D01"_s));

    // A bonus with a deduction's sign is refused too.
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    entry = openDialog<EntryDialog>(editor);
    ASSERT_TRUE(entry);
    fillEntry(entry, u"群众书面表扬"_s, u"-3"_s, u"群众表扬"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_FALSE(entry->errors().errorText(u"points"_s).isEmpty());
    typePoints(entry->pointsEdit(), u"3"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    ASSERT_EQ(editor->entries()->rowCount(), 2);
    EXPECT_TRUE(editor->totalText().contains(u"101"_s)) << editor->totalText().toStdString();

    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_TRUE(editor->errors().generalText().isEmpty())
        << editor->errors().generalText().toStdString();
    auto sheets = m_app->assessments().sheets({});
    ASSERT_EQ(sheets->size(), 1);
    auto stored = m_app->assessments().sheet(sheets->at(0).id);
    EXPECT_EQ(stored->period, u"2026-07"_s);
    EXPECT_EQ(stored->total, 101);
    ASSERT_EQ(stored->entries.size(), 2);
    EXPECT_EQ(stored->entries.at(0).recordKind, RecordKind::Alert);
    EXPECT_EQ(stored->entries.at(0).recordNumber, m_alertNumber);
    EXPECT_EQ(stored->entries.at(0).evidence, u"督察通报 2026-07-3"_s);
    // The new draft is listed, ready to submit.
    ASSERT_EQ(review->model()->rowCount(), 1);
    EXPECT_EQ(review->model()->sheetAt(0)->id, stored->id);
    const QModelIndex scheme = review->model()->index(0, SheetTableModel::SchemeColumn);
    EXPECT_EQ(scheme.data().toString(), u"月度执法考核"_s);
    EXPECT_EQ(scheme.data(Qt::ToolTipRole).toString(), u"LAW-M"_s);
    EXPECT_TRUE(guard.failures().isEmpty()) << guard.failures().join(u'\n').toStdString();
}

TEST_P(SheetEditorTest, ASecondSheetForTheSamePeriodIsRefusedWithAClearMessage) {
    storedDraft(u"2026-07"_s, 1);
    AssessmentPage page(*m_app, m_prompter);
    SheetEditorDialog *editor = page.review()->newSheet();
    ASSERT_TRUE(editor);
    choose(editor->schemeCombo(), u"月度执法考核"_s);
    choose(editor->subjectCombo(), u"刑事探组"_s);
    type(editor->periodEdit(), u"2026-07"_s);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    const QString error = editor->errors().errorText(u"period"_s);
    EXPECT_TRUE(error.contains(u"刑事探组"_s) && error.contains(u"2026-07"_s))
        << error.toStdString();
    EXPECT_TRUE(editor->isVisible());
    EXPECT_EQ(m_app->assessments().countSheets({}).value(), 1);
}

TEST_P(SheetEditorTest, EntriesAreEditedAndRemovedAndAnItemsMaximumOrATotalBelowZeroIsRefused) {
    const ScoreSheet draft = storedDraft(u"2026-07"_s, 5); // D01 at its maximum of 10
    AssessmentPage page(*m_app, m_prompter);
    SheetEditorDialog *editor = openStored(page, draft.id);
    ASSERT_TRUE(editor);
    EXPECT_FALSE(editor->isReadOnly());
    EXPECT_FALSE(editor->schemeCombo()->isEnabled());
    EXPECT_EQ(editor->schemeCombo()->currentText(), u"月度执法考核"_s);
    EXPECT_TRUE(editor->windowTitle().contains(u"月度执法考核"_s))
        << editor->windowTitle().toStdString();
    EXPECT_FALSE(editor->windowTitle().contains(u"LAW-M"_s));
    EXPECT_TRUE(editor->totalText().contains(u"90"_s)) << editor->totalText().toStdString();

    EntryDialog *entry = editor->addEntry();
    ASSERT_TRUE(entry);
    fillEntry(entry, u"警情反馈超时"_s, u"-2"_s, u"又一次超时"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_TRUE(entry->errors().errorText(u"points"_s).contains(u"10"_s))
        << entry->errors().errorText(u"points"_s).toStdString();
    // Two grave errors would take the total below zero.
    fillEntry(entry, u"执法过错"_s, u"-50"_s, u"执法过错"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_TRUE(entry->errors().errorText(u"points"_s).isEmpty());
    EXPECT_EQ(editor->entries()->rowCount(), 6);
    entry = editor->addEntry();
    fillEntry(entry, u"执法过错"_s, u"-50"_s, u"执法过错"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    EXPECT_TRUE(entry->errors().errorText(u"points"_s).contains(u"-10"_s))
        << entry->errors().errorText(u"points"_s).toStdString();
    entry->reject();

    // Edit the first entry's reason, remove the second.
    editor->entryView()->selectRow(0);
    QTest::mouseClick(editor->editButton(), Qt::LeftButton);
    entry = openDialog<EntryDialog>(editor);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->reasonEdit()->text(), u"反馈超时"_s);
    entry->reasonEdit()->clear();
    type(entry->reasonEdit(), u"反馈超时 45 分钟"_s);
    QTest::mouseClick(entry->okButton(), Qt::LeftButton);
    editor->entryView()->selectRow(1);
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    EXPECT_EQ(editor->entries()->rowCount(), 5);
    EXPECT_TRUE(editor->totalText().contains(u"42"_s)) << editor->totalText().toStdString();
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

    auto stored = m_app->assessments().sheet(draft.id);
    ASSERT_EQ(stored->entries.size(), 5);
    EXPECT_EQ(stored->entries.at(0).reason, u"反馈超时 45 分钟"_s);
    EXPECT_EQ(stored->total, 42);
    EXPECT_EQ(stored->grade, Grade::Fail);
}

TEST_P(SheetEditorTest, ASheetSavedMeanwhileIsAConflictThatOffersTheLatestVersion) {
    const ScoreSheet draft = storedDraft(u"2026-07"_s, 1);
    AssessmentPage page(*m_app, m_prompter);
    SheetEditorDialog *editor = openStored(page, draft.id);
    ASSERT_TRUE(editor);
    // Someone else adds an entry while the dialog is open.
    ScoreSheet theirs = draft;
    theirs.entries << theirs.entries.at(0);
    SD_ASSERT_OK(m_app->assessments().updateSheet(theirs));

    editor->removeEntry(0);
    m_prompter.confirmAnswer = false; // keep what I typed
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_EQ(m_prompter.confirmations.size(), 1);
    EXPECT_FALSE(editor->errors().generalText().isEmpty());
    EXPECT_EQ(editor->entries()->rowCount(), 0);
    EXPECT_EQ(m_app->assessments().sheet(draft.id)->entries.size(), 2);

    m_prompter.confirmAnswer = true; // load theirs
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_EQ(editor->entries()->rowCount(), 2);
    EXPECT_TRUE(editor->totalText().contains(u"96"_s)) << editor->totalText().toStdString();
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    EXPECT_EQ(m_app->assessments().sheet(draft.id)->entries.size(), 2);
}

TEST_P(SheetEditorTest, SubmittedAndApprovedSheetsAndAReviewersViewAreReadOnly) {
    ScoreSheet draft = storedDraft(u"2026-07"_s, 1);
    auto submitted = m_app->assessments().submitSheet(draft.id, draft.rowVersion);
    SD_ASSERT_OK(submitted);
    // The drafter's list holds drafts only: open the submitted one directly.
    AssessmentPage page(*m_app, m_prompter);
    auto *editor = new SheetEditorDialog(m_app->assessments(), m_app->organisation(), m_prompter,
                                         submitted.value(), true, &page);
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_FALSE(editor->saveButton()->isVisibleTo(editor));
    EXPECT_FALSE(editor->addButton()->isVisibleTo(editor));
    EXPECT_EQ(editor->addEntry(), nullptr);
    EXPECT_FALSE(editor->save());
    EXPECT_TRUE(editor->findChild<QLabel *>(u"sheetState"_s)
                    ->text()
                    .contains(editor->tr("Submitted for review")));

    // The instructor sees the sheet in the inbox and opens it read-only.
    actAs(u"林志远 (031002)"_s, Role::Instructor);
    AssessmentPage reviewer(*m_app, m_prompter);
    EXPECT_FALSE(
        reviewer.review()->findChild<QPushButton *>(u"newSheetButton"_s)->isVisibleTo(&reviewer));
    SheetEditorDialog *seen = openStored(reviewer, draft.id);
    ASSERT_TRUE(seen);
    EXPECT_TRUE(seen->isReadOnly());
    EXPECT_EQ(seen->entries()->rowCount(), 1);
    EXPECT_TRUE(seen->totalText().contains(u"98"_s)) << seen->totalText().toStdString();
    SD_ASSERT_OK(m_app->assessments().approveSheet(submitted->id, submitted->rowVersion));

    actAs(u"吴海涛 (031011)"_s, Role::SquadLeader);
    auto approved = m_app->assessments().sheet(draft.id);
    SheetEditorDialog sealed(m_app->assessments(), m_app->organisation(), m_prompter,
                             approved.value(), true);
    EXPECT_TRUE(sealed.isReadOnly());
    EXPECT_EQ(sealed.editEntry(0), nullptr);
}

SD_INSTANTIATE_SQLITE(SheetEditorTest);

} // namespace sd::test
