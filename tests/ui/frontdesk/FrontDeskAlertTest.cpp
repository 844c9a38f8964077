#include "LanguageForTest.h"
#include "Mnemonics.h"
#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "ui/frontdesk/AlertChecklistView.h"
#include "ui/frontdesk/AlertDialog.h"
#include "ui/frontdesk/AlertTableModel.h"
#include "ui/frontdesk/AlertsPanel.h"
#include "ui/frontdesk/FrontDeskContext.h"
#include "ui/frontdesk/OfficerPicker.h"
#include "ui/widgets/FieldErrors.h"
#include "ui/widgets/OptionalDateEdit.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

class FrontDeskAlertTest : public UiTest {
protected:
    void SetUp() override {
        UiTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_officer = addAccount(u"031031"_s, u"Wang Fang"_s, Role::Officer, u"Officer-Pass-2026"_s);
        // People and accounts are made by the System operator, before anyone logs in.
        m_other = addPerson(u"031032"_s, u"Zhao Min"_s);
        addAccount(u"031002"_s, u"Instructor Li"_s, Role::Instructor, u"Instructor-Pass-2026"_s);
        login(u"031031"_s, u"Officer-Pass-2026"_s);
    }
    void TearDown() override {
        m_page.reset();
        m_context.reset();
        UiTest::TearDown();
    }

    void openPage() {
        m_context =
            std::make_unique<FrontDeskContext>(FrontDeskContext{m_app->alerts(),
                                                                m_app->records(),
                                                                organisation(),
                                                                m_app->access(),
                                                                m_app->session(),
                                                                m_app->clock(),
                                                                m_prompter,
                                                                QTimeZone("Asia/Shanghai"_ba),
                                                                m_app->station().name,
                                                                {}});
        m_page = std::make_unique<AlertsPanel>(*m_context,
                                               m_app->access().allows(Permission::FileAlerts));
        m_page->show();
    }

    Alert addAlert(const QString &summary, qint64 receivedAt, AlertCategory category) {
        Alert alert;
        alert.receivedAt = receivedAt;
        alert.source = AlertSource::Phone;
        alert.category = category;
        alert.location = u"1 Harbour Road"_s;
        alert.callerName = u"Li Lei"_s;
        alert.callerPhone = u"13800138000"_s;
        alert.summary = summary;
        auto stored = m_app->alerts().addAlert(alert);
        EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
        return stored.ok() ? stored.value() : Alert();
    }

    AlertDialog *openAddDialog() {
        m_page->findChild<QAction *>(u"addAlertAction"_s)->trigger();
        auto *dialog = m_page->findChild<AlertDialog *>();
        EXPECT_NE(dialog, nullptr);
        return dialog;
    }

    template <typename T> static T *field(QWidget *dialog, const QString &name) {
        auto *found = dialog->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    static void clickSave(QWidget *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    }

    Account m_officer;
    Person m_other;
    std::unique_ptr<FrontDeskContext> m_context;
    std::unique_ptr<AlertsPanel> m_page;
};

TEST_P(FrontDeskAlertTest, AlertRegisteredThroughTheDialogIsStoredAndListed) {
    const Person other = m_other;
    openPage();
    AlertDialog *dialog = openAddDialog();
    ASSERT_NE(dialog, nullptr);
    QPointer<AlertDialog> guard(dialog);
    auto *received = field<QDateTimeEdit>(dialog, u"receivedEdit"_s);
    // Defaults to now, shown in the station's time (Asia/Shanghai: 10:00 UTC is 18:00).
    EXPECT_EQ(received->time(), QTime(18, 0));
    auto *category = field<QComboBox>(dialog, u"categoryCombo"_s);
    category->setCurrentIndex(category->findData(u"dispute"_s));
    QTest::keyClicks(field<QLineEdit>(dialog, u"locationEdit"_s), u"3 Market Street"_s);
    field<QLineEdit>(dialog, u"callerNameEdit"_s)->insert(u"张伟"_s);
    QTest::keyClicks(field<QLineEdit>(dialog, u"callerPhoneEdit"_s), u"13900001111"_s);
    field<QPlainTextEdit>(dialog, u"summaryEdit"_s)->setPlainText(u"邻里噪音纠纷"_s);
    ASSERT_TRUE(dialog->officers()->setChecked(other.id, true));
    // A new alert can only start open or on scene, never jump to an outcome.
    auto *status = field<QComboBox>(dialog, u"statusCombo"_s);
    EXPECT_GE(status->findData(u"on_scene"_s), 0);
    clickSave(dialog);

    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 2000)) << "dialog stayed open";
    auto stored = m_app->alerts().page({}, {});
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    const Alert &alert = stored->constFirst();
    EXPECT_TRUE(alert.number.startsWith(u"JQ-2026-"_s)) << alert.number.toStdString();
    EXPECT_EQ(alert.category, AlertCategory::Dispute);
    EXPECT_EQ(alert.callerName, u"张伟"_s);
    EXPECT_EQ(alert.summary, u"邻里噪音纠纷"_s);
    EXPECT_EQ(alert.officerIds, QList<qint64>{other.id});
    EXPECT_EQ(alert.receivedAt, kFixedNowMs - kFixedNowMs % 60000);
    AlertTableModel *model = m_page->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->alertAt(0).id, alert.id);
    EXPECT_EQ(m_page->view()->currentIndex().row(), 0);
}

TEST_P(FrontDeskAlertTest, BadFieldIsShownByThatFieldAndNothingIsStored) {
    openPage();
    AlertDialog *dialog = openAddDialog();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(field<QLineEdit>(dialog, u"locationEdit"_s), u"3 Market Street"_s);
    QTest::keyClicks(field<QLineEdit>(dialog, u"callerPhoneEdit"_s), u"12345"_s);
    field<QPlainTextEdit>(dialog, u"summaryEdit"_s)->setPlainText(u"Noise"_s);
    clickSave(dialog);
    QTest::qWait(50);

    EXPECT_TRUE(dialog->isVisible()) << "the dialog must stay open";
    const QString error = dialog->errors().errorText(u"caller_phone"_s);
    EXPECT_TRUE(error.contains(u"12345"_s)) << error.toStdString();
    auto *label = dialog->findChild<QLabel *>(u"error_caller_phone"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_EQ(label->parentWidget(),
              field<QLineEdit>(dialog, u"callerPhoneEdit"_s)->parentWidget());
    EXPECT_EQ(dialog->focusWidget(), field<QLineEdit>(dialog, u"callerPhoneEdit"_s));
    EXPECT_EQ(m_app->alerts().count({}).value(), 0);
}

// Alt+letter reaches one control only, in both languages, on the alert register and in the
// dialog of a new and of a stored alert.
TEST_P(FrontDeskAlertTest, EachMnemonicOfTheAlertDialogReachesOneControl) {
    const Alert alert = addAlert(u"Lost wallet"_s, kFixedNowMs - 3600000, AlertCategory::Other);
    for (const QString &code : {u"en"_s, u"zh_CN"_s}) {
        SCOPED_TRACE(code.toStdString());
        LanguageForTest language(code);
        ASSERT_TRUE(language.installed());
        openPage();
        EXPECT_TRUE(duplicateMnemonics(m_page.get()).isEmpty())
            << duplicateMnemonics(m_page.get()).join(u'\n').toStdString();
        AlertDialog *added = openAddDialog();
        ASSERT_NE(added, nullptr);
        EXPECT_TRUE(duplicateMnemonics(added).isEmpty())
            << duplicateMnemonics(added).join(u'\n').toStdString()
            << "\ntaken: " << claimedMnemonics(added).toStdString();
        ASSERT_TRUE(m_page->selectAlert(alert.id));
        AlertDialog *stored = m_page->openSelected();
        ASSERT_NE(stored, nullptr);
        EXPECT_TRUE(duplicateMnemonics(stored).isEmpty())
            << duplicateMnemonics(stored).join(u'\n').toStdString()
            << "\ntaken: " << claimedMnemonics(stored).toStdString();
        m_page.reset();
    }
}

TEST_P(FrontDeskAlertTest, StatusOffersOnlyTheAllowedChanges) {
    Alert alert = addAlert(u"Lost wallet"_s, kFixedNowMs - 3600000, AlertCategory::Assistance);
    openPage();
    ASSERT_TRUE(m_page->selectAlert(alert.id));
    AlertDialog *dialog = m_page->openSelected();
    ASSERT_NE(dialog, nullptr);
    auto *status = field<QComboBox>(dialog, u"statusCombo"_s);
    for (AlertStatus to : allAlertStatuses()) {
        const bool offered = status->findData(toKey(to)) >= 0;
        EXPECT_EQ(offered,
                  to == AlertStatus::Open || alertStatusChangeAllowed(AlertStatus::Open, to))
            << toKey(to).toStdString();
    }
}

TEST_P(FrontDeskAlertTest, ChecklistTicksAreStoredWithWhoAndUntickedStepsStandOut) {
    Alert alert = addAlert(u"Lost wallet"_s, kFixedNowMs - 3600000, AlertCategory::Assistance);
    openPage();
    ASSERT_TRUE(m_page->selectAlert(alert.id));
    AlertDialog *dialog = m_page->openSelected();
    ASSERT_NE(dialog, nullptr);
    AlertChecklistView *checklist = dialog->checklist();
    ASSERT_NE(checklist, nullptr);
    ASSERT_GE(checklist->list()->count(), 6);
    const int steps = checklist->list()->count();
    EXPECT_EQ(checklist->untickedCount(), steps);
    ASSERT_TRUE(checklist->setTicked(0, true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->untickedCount() == steps - 1; }, 2000));
    auto stored = m_app->alerts().checklist(alert.id);
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->at(0).ticked);
    EXPECT_EQ(stored->at(0).tickedBy, m_app->session().actor().name);
    EXPECT_TRUE(checklist->list()->item(0)->text().contains(m_app->session().actor().name));
    // Unticked steps are set apart by more than colour: their text is bold.
    EXPECT_FALSE(checklist->list()->item(0)->font().bold());
    EXPECT_TRUE(checklist->list()->item(1)->font().bold());

    ASSERT_TRUE(checklist->setTicked(0, false));
    ASSERT_TRUE(QTest::qWaitFor([&] { return checklist->untickedCount() == steps; }, 2000));
    EXPECT_FALSE(m_app->alerts().checklist(alert.id)->at(0).ticked);
}

TEST_P(FrontDeskAlertTest, ListPagesLazilySortsInSqlAndFilters) {
    for (int i = 0; i < 25; ++i) {
        addAlert(i % 5 == 0 ? u"Bicycle stolen near the school"_s : u"Noise at night"_s,
                 kFixedNowMs - qint64(i + 1) * 3600000,
                 i % 5 == 0 ? AlertCategory::Criminal : AlertCategory::Dispute);
    }
    openPage();
    AlertTableModel *model = m_page->model();
    ModelTesterGuard tester(model);
    model->setPageSize(10);
    model->reload();
    EXPECT_EQ(model->totalCount(), 25);
    EXPECT_EQ(model->rowCount(), 10);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 20);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 25);
    EXPECT_FALSE(model->canFetchMore({}));
    // Newest first by default, across page boundaries.
    for (int row = 1; row < model->rowCount(); ++row) {
        EXPECT_GT(model->alertAt(row - 1).receivedAt, model->alertAt(row).receivedAt);
    }

    model->sort(AlertTableModel::NumberColumn, Qt::AscendingOrder);
    while (model->canFetchMore({})) {
        model->fetchMore({});
    }
    ASSERT_EQ(model->rowCount(), 25);
    for (int row = 1; row < model->rowCount(); ++row) {
        EXPECT_LT(model->alertAt(row - 1).number, model->alertAt(row).number);
    }

    QComboBox *category = m_page->categoryFilter();
    category->setCurrentIndex(category->findData(u"criminal"_s));
    EXPECT_EQ(model->totalCount(), 5);
    category->setCurrentIndex(0);
    EXPECT_EQ(model->totalCount(), 25);

    // The search waits for typing to pause, then asks the database.
    QTest::keyClicks(m_page->searchField(), u"Bicycle"_s);
    EXPECT_EQ(model->totalCount(), 25) << "not yet: the search is debounced";
    ASSERT_TRUE(QTest::qWaitFor([&] { return model->totalCount() == 5; }, 2000));
    EXPECT_FALSE(model->totalIsCapped());

    // A search's count stops at the cap and says so; the rows are all still there.
    model->setCountCap(3);
    model->reload();
    EXPECT_EQ(model->totalCount(), 3);
    EXPECT_TRUE(model->totalIsCapped());
    EXPECT_EQ(model->rowCount(), 5);
    auto *count = m_page->findChild<QLabel *>(u"alertCount"_s);
    ASSERT_TRUE(count);
    EXPECT_EQ(count->text(), u"Alerts: more than 3"_s);
    EXPECT_TRUE(tester.failures().isEmpty()) << tester.failures().join(u'\n').toStdString();
}

TEST_P(FrontDeskAlertTest, PeriodIsTheStationsDays) {
    // 2026-03-15 00:30 in Shanghai is 2026-03-14 16:30 UTC.
    const qint64 earlyLocal =
        QDateTime(QDate(2026, 3, 15), QTime(0, 30), QTimeZone("Asia/Shanghai"_ba))
            .toMSecsSinceEpoch();
    addAlert(u"Early"_s, earlyLocal, AlertCategory::Other);
    addAlert(u"Day before"_s, earlyLocal - 3600000, AlertCategory::Other);
    openPage();
    m_page->fromField()->setOptionalDate(QDate(2026, 3, 15));
    m_page->toField()->setOptionalDate(QDate(2026, 3, 15));
    EXPECT_EQ(m_page->model()->totalCount(), 1);
    EXPECT_EQ(m_page->model()->alertAt(0).summary, u"Early"_s);
}

TEST_P(FrontDeskAlertTest, WithoutFileAlertsTheRegisterOnlyShows) {
    addAlert(u"Noise"_s, kFixedNowMs - 3600000, AlertCategory::Dispute);
    login(u"031002"_s, u"Instructor-Pass-2026"_s);
    openPage();
    EXPECT_FALSE(m_page->findChild<QAction *>(u"addAlertAction"_s)->isEnabled());
    m_page->view()->selectRow(0);
    AlertDialog *dialog = m_page->openSelected();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QPushButton *>(u"saveButton"_s), nullptr);
    EXPECT_TRUE(field<QLineEdit>(dialog, u"locationEdit"_s)->isReadOnly());
}

SD_INSTANTIATE_SQLITE(FrontDeskAlertTest);

} // namespace
} // namespace sd::test
