// The paged lists keep themselves current from the change feed: a commit of a kind a list
// shows refreshes it once, in place, about 200 ms later, with no reload call; a rollback, or a
// kind it does not show, refreshes nothing; and on PostgreSQL an alert filed by another desk
// (the real stationctl, a second process on the same database) appears within 2 seconds.
#include "ModelTesterGuard.h"
#include "UiTestFixture.h"
#include "core/kernel/storage/Transaction.h"
#include "ui/frontdesk/AlertTableModel.h"
#include "ui/organisation/PersonTableModel.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace sd::test {
namespace {

Alert sampleAlert(const QString &summary, qint64 receivedAt) {
    Alert alert;
    alert.receivedAt = receivedAt;
    alert.source = AlertSource::Phone;
    alert.category = AlertCategory::Dispute;
    alert.summary = summary;
    alert.location = u"1 Harbour Road"_s;
    alert.callerName = u"Li Lei"_s;
    alert.callerPhone = u"13800138000"_s;
    return alert;
}

// Lets the event loop run for ms, so a refresh that should not come has every chance to.
void settle(int ms) {
    QTest::qWait(ms);
}

#define SD_EXPECT_NO_MODEL_FAILURES(guard)                                                         \
    EXPECT_TRUE((guard).failures().isEmpty()) << (guard).failures().join(u'\n').toStdString()

class PagedTableModelTest : public UiTest {
protected:
    Alert addAlert(const QString &summary, qint64 receivedAt) {
        auto stored = m_app->alerts().addAlert(sampleAlert(summary, receivedAt));
        EXPECT_TRUE(stored.ok()) << (stored.ok() ? "" : stored.error().message.toStdString());
        return stored.ok() ? stored.value() : Alert();
    }
    const QTimeZone m_zone{QByteArrayLiteral("Asia/Shanghai")};
};

TEST_P(PagedTableModelTest, AServiceWriteRefreshesTheListWithoutAReloadAndKeepsTheSelection) {
    const Alert older = addAlert(u"Older"_s, kFixedNowMs - 7200 * 1000);
    AlertTableModel model(m_app->alerts(), m_zone);
    ModelTesterGuard guard(&model);
    model.reload();
    ASSERT_EQ(model.rowCount(), 1);
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(0, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QSignalSpy refreshed(&model, &AlertTableModel::refreshed);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const Alert newer = addAlert(u"Newer"_s, kFixedNowMs - 3600 * 1000);
    EXPECT_EQ(model.rowCount(), 1) << "the refresh waits for the burst to end";
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() > 0; }, 2000));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.totalCount(), 2);
    EXPECT_EQ(model.alertAt(0).id, newer.id) << "newest first, as the list is sorted";
    EXPECT_EQ(model.alertAt(1).id, older.id);
    EXPECT_EQ(resets.count(), 0) << "refreshed in place, not reset";
    // The selected alert stays selected although it moved down a row.
    EXPECT_EQ(selection.currentIndex().row(), 1);
    EXPECT_TRUE(selection.isRowSelected(1));
    EXPECT_FALSE(selection.isRowSelected(0));

    // A change to a shown alert reaches its cells.
    Alert edited = newer;
    edited.summary = u"Newer, edited"_s;
    auto updated = m_app->alerts().updateAlert(edited);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() > 1; }, 2000));
    EXPECT_EQ(model.index(0, AlertTableModel::SummaryColumn).data().toString(), u"Newer, edited"_s);
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(PagedTableModelTest, ABurstOfWritesIsOneRefresh) {
    AlertTableModel model(m_app->alerts(), m_zone);
    ModelTesterGuard guard(&model);
    model.reload();
    QSignalSpy refreshed(&model, &AlertTableModel::refreshed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 5; ++i) {
        addAlert(u"Burst %1"_s.arg(i), kFixedNowMs - (i + 1) * 60000);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() > 0; }, 2000));
    settle(2 * PagedModelBase::kRefreshDelayMs);
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_EQ(inserted.count(), 1) << "the five alerts come in together";
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.totalCount(), 5);
    SD_EXPECT_NO_MODEL_FAILURES(guard);
}

TEST_P(PagedTableModelTest, ARolledBackWriteOrAKindTheListDoesNotShowRefreshesNothing) {
    addAlert(u"Shown"_s, kFixedNowMs - 3600 * 1000);
    AlertTableModel model(m_app->alerts(), m_zone);
    model.reload();
    QSignalSpy refreshed(&model, &AlertTableModel::refreshed);
    // An alert's audit row is written (what the feed hears of), then the write fails and
    // the transaction rolls back.
    const Status failed = inTransaction(m_app->database(), [&]() -> Status {
        SD_RETURN_IF_ERROR(m_app->audit().append(
            {u"alert.update"_s, u"alert"_s, u"JQ-2026-000001"_s, u"success"_s, {}}));
        return Error::validation(u"summary"_s, u"refused"_s);
    });
    ASSERT_FALSE(failed.ok());
    // People are not in the alert list.
    addPerson(u"070001"_s, u"Zhou Min"_s);
    settle(3 * PagedModelBase::kRefreshDelayMs);
    EXPECT_EQ(refreshed.count(), 0);
    EXPECT_FALSE(model.refreshPending());
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_P(PagedTableModelTest, NoRefreshUnderAModalDialogWhichMayBeEditingARowOfTheList) {
    AlertTableModel model(m_app->alerts(), m_zone);
    model.reload();
    QSignalSpy refreshed(&model, &AlertTableModel::refreshed);
    QDialog dialog;
    dialog.setModal(true);
    dialog.show();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return QApplication::activeModalWidget() == &dialog; }, 2000));
    addAlert(u"Filed while a dialog is open"_s, kFixedNowMs - 60000);
    settle(3 * PagedModelBase::kRefreshDelayMs);
    EXPECT_EQ(refreshed.count(), 0);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.refreshPending()) << "the change waits, it is not dropped";
    dialog.close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() > 0; }, 2000));
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_P(PagedTableModelTest, AnOffsetPagedListRefreshesAsManyRowsAsItHadLoaded) {
    for (int i = 0; i < 12; ++i) {
        addPerson(u"08%1"_s.arg(i, 4, 10, QChar(u'0')), u"Person %1"_s.arg(i, 2, 10, QChar(u'0')));
    }
    // No model tester here: it fetches every page it can, and this counts the loaded rows.
    PersonTableModel model(organisation());
    model.setPageSize(5);
    model.reload();
    model.fetchMore({});
    ASSERT_EQ(model.rowCount(), 10);
    QSignalSpy refreshed(&model, &PersonTableModel::refreshed);
    const Person added = addPerson(u"089999"_s, u"Person 00a"_s);
    ASSERT_TRUE(QTest::qWaitFor([&] { return refreshed.count() > 0; }, 2000));
    EXPECT_EQ(model.rowCount(), 10) << "still the rows it had loaded, the newcomer among them";
    EXPECT_EQ(model.totalCount(), 13);
    EXPECT_GE(model.rowOfPerson(added.id), 0);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    EXPECT_EQ(model.rowCount(), 13);
}

SD_INSTANTIATE_ENGINES(PagedTableModelTest);

// Two application instances on one PostgreSQL server: this process's alert list, and the
// stationctl executable importing an alert into the same database.
class OtherDeskTest : public PagedTableModelTest {};

TEST_P(OtherDeskTest, AnAlertFiledAtAnotherDeskShowsWithinTwoSecondsWithoutARefresh) {
    SD_ASSERT_OK(m_app->database().listenForOtherDesks());
    ASSERT_TRUE(m_app->database().changes().isListening());
    AlertTableModel model(m_app->alerts(), m_zone);
    model.reload();
    ASSERT_EQ(model.rowCount(), 0);
    QSignalSpy heard(&m_app->database().changes(), &ChangeFeed::changed);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString csv = dir.filePath(u"alerts.csv"_s);
    {
        QFile file(csv);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("number,received_at,source,category,preventable,area,location,"
                   "caller_name,caller_phone,summary,status\n"
                   ",2026-03-15T09:00:00Z,phone,dispute,0,,1 Harbour Road,Li Lei,13800138000,"
                   "Filed at the other desk,open\n");
    }
    QProcess otherDesk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"STATIONDESK_DATABASE"_s);
    environment.insert(u"XDG_DATA_HOME"_s, dir.path());
    otherDesk.setProcessEnvironment(environment);
    otherDesk.setStandardInputFile(QProcess::nullDevice());
    otherDesk.start(QStringLiteral(SD_STATIONCTL_PATH),
                    {u"--lang"_s, u"en"_s, u"--database"_s, testDatabase().urlText(), u"import"_s,
                     u"alerts"_s, csv});
    ASSERT_TRUE(otherDesk.waitForStarted()) << otherDesk.errorString().toStdString();
    // The event loop runs all along, as on a desk: the notification may arrive before exit.
    ASSERT_TRUE(QTest::qWaitFor([&] { return otherDesk.state() == QProcess::NotRunning; }, 60000));
    ASSERT_EQ(otherDesk.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(otherDesk.exitCode(), 0) << otherDesk.readAllStandardError().toStdString();

    // The import committed before stationctl exited: from then on, 2 seconds at most.
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 2000))
        << "the list did not show the other desk's alert within 2 s";
    EXPECT_LE(clock.elapsed(), 2000);
    EXPECT_EQ(model.alertAt(0).summary, u"Filed at the other desk"_s);
    EXPECT_EQ(model.totalCount(), 1);
    ASSERT_GE(heard.count(), 1);
    const QList<Change> changes = heard.at(0).at(0).value<QList<Change>>();
    ASSERT_FALSE(changes.isEmpty());
    EXPECT_FALSE(changes.at(0).local) << "it came from the other desk";
}

INSTANTIATE_TEST_SUITE_P(Engines, OtherDeskTest, ::testing::Values(::sd::Engine::Postgres),
                         ::sd::test::engineParamName);

} // namespace
} // namespace sd::test
