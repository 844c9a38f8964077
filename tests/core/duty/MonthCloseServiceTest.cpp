#include "EngineTest.h"
#include "core/frontdesk/AlertBulkWriter.h"
#include "core/kernel/storage/Sql.h"
#include "core/kernel/storage/Transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs; // 2026-03-15: February has ended, March has not

namespace {
Secret pw(const char *text) {
    return Secret::fromUtf8(QByteArray(text));
}

// A wall-clock time in the station's zone (Asia/Shanghai).
qint64 shanghai(int month, int day, int hour = 10) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0),
                     QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
        .toMSecsSinceEpoch();
}
} // namespace

// The monthly close: sealing a month, and the closed-period guard on every path that
// writes an alert, a record or a case dated in it, on both engines.
class MonthCloseServiceTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        m_officerId = addPerson(u"031031"_s, u"周杰"_s);
        addPerson(u"031001"_s, u"周建国"_s);
        addPerson(u"031034"_s, u"管理员"_s);
        SD_ASSERT_OK(m_app->accounts().createFirstAdmin(u"031034"_s, pw("Station-Admin-2026")));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"031031"_s, Role::Officer, pw("Officer-77-Desk")));
        SD_ASSERT_OK(
            m_app->accounts().addAccount(u"031001"_s, Role::Chief, pw("Station-Chief-2026")));
        SD_ASSERT_OK(m_app->accounts().login(u"031001"_s, pw("Station-Chief-2026")));
        auto february = m_app->alerts().addAlert(alert(shanghai(2, 27)));
        SD_ASSERT_OK(february);
        m_february = february.value();
    }
    qint64 addPerson(const QString &badge, const QString &name) {
        Person person;
        person.badgeNo = badge;
        person.name = name;
        auto stored = m_app->organisation().addPerson(person);
        EXPECT_TRUE(stored.ok());
        return stored.ok() ? stored->id : 0;
    }
    Alert alert(qint64 receivedAt) const {
        Alert a;
        a.receivedAt = receivedAt;
        a.source = AlertSource::Phone;
        a.category = AlertCategory::Dispute;
        a.summary = u"邻里噪音纠纷"_s;
        a.location = u"云溪路12号"_s;
        a.officerIds = {m_officerId};
        return a;
    }
    MonthCloseService &close() { return m_app->monthClose(); }
    qint64 count(const QString &sql) {
        auto n = scalarSql(m_app->database().connection(), sql);
        return n ? n->toLongLong() : -1;
    }
    // The refusal of an edit into a closed month names the month.
    static void expectClosed(const Status &status) {
        ASSERT_FALSE(status.ok());
        EXPECT_EQ(status.error().code, ErrorCode::Validation);
        EXPECT_TRUE(status.error().message.contains(u"2026-02 is closed"_s))
            << status.error().message.toStdString();
    }
    template <typename T> static void expectClosed(const Result<T> &result) {
        ASSERT_FALSE(result.ok());
        expectClosed(Status(result.error()));
    }
    QString writeCsv(const QString &rows) {
        const QString path = m_dir.filePath(u"alerts.csv"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("number,received_at,source,category,preventable,area,location,caller_name,"
                   "caller_phone,summary,status\n");
        file.write(rows.toUtf8());
        return path;
    }
    static QString csvRow(const QString &number, const QString &receivedAt) {
        return number + u","_s + receivedAt +
               u",phone,dispute,0,,云溪路12号,李秀兰,13812345678,"
               u"门口有人吵架,open\n"_s;
    }

    std::unique_ptr<Application> m_app;
    qint64 m_officerId = 0;
    Alert m_february;
    QTemporaryDir m_dir;
};

TEST_P(MonthCloseServiceTest, TheChiefClosesAnEndedMonthOnceWithItsFiguresSealed) {
    auto closed = close().close(u"2026-02"_s, u"月度结账"_s);
    SD_ASSERT_OK(closed);
    EXPECT_TRUE(closed->isClosed());
    EXPECT_EQ(closed->closedBy, m_app->session().actor().name);
    const auto figures = MonthFigures::fromCanonical(closed->figuresJson);
    ASSERT_TRUE(figures);
    EXPECT_EQ(figures->alerts, 1);
    EXPECT_EQ(figures->byCategory.value(u"dispute"_s), 1);
    EXPECT_EQ(figures->byStatus.value(u"open"_s), 1);
    EXPECT_EQ(closed->digest,
              MonthClose::digestOf(u"2026-02"_s, closed->figuresJson, closed->auditHead));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'month.close'"_s), 1);

    auto twice = close().close(u"2026-02"_s, u"again"_s);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message.contains(u"2026-02 is already closed"_s));
    auto notEnded = close().close(u"2026-03"_s, u"early"_s);
    ASSERT_FALSE(notEnded.ok());
    EXPECT_TRUE(notEnded.error().message.contains(u"2026-03 has not ended"_s));
    auto noReason = close().close(u"2026-01"_s, u"  "_s);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().field, u"reason"_s);
    auto badMonth = close().close(u"2026-13"_s, u"x"_s);
    ASSERT_FALSE(badMonth.ok());
    EXPECT_EQ(badMonth.error().field, u"period"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM month_close"_s), 1);
    SD_ASSERT_OK(close().verifyAll());
    EXPECT_TRUE(close().verifyAll()->isEmpty());
}

TEST_P(MonthCloseServiceTest, OnlyTheChiefClosesAndUnownedItemsAreNamed) {
    Alert unowned = alert(shanghai(2, 10));
    unowned.officerIds.clear();
    auto stored = m_app->alerts().addAlert(unowned);
    SD_ASSERT_OK(stored);
    auto refused = close().close(u"2026-02"_s, u"月结"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(stored->number))
        << refused.error().message.toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM month_close"_s), 0);

    m_app->accounts().logout();
    SD_ASSERT_OK(m_app->accounts().login(u"031031"_s, pw("Officer-77-Desk")));
    auto denied = close().close(u"2026-01"_s, u"月结"_s);
    ASSERT_FALSE(denied.ok());
    EXPECT_EQ(denied.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM month_close"_s), 0);
}

TEST_P(MonthCloseServiceTest, EveryServicePathIntoAClosedMonthIsRefused) {
    SD_ASSERT_OK(close().close(u"2026-02"_s, u"月结"_s));
    // update
    Alert edited = m_february;
    edited.summary = u"改过"_s;
    expectClosed(m_app->alerts().updateAlert(edited));
    // create
    expectClosed(m_app->alerts().addAlert(alert(shanghai(2, 3))));
    // moving an open month's alert into the closed one
    auto march = m_app->alerts().addAlert(alert(shanghai(3, 2)));
    SD_ASSERT_OK(march);
    Alert moved = march.value();
    moved.receivedAt = shanghai(2, 20);
    expectClosed(m_app->alerts().updateAlert(moved));
    // a record of the closed month's alert
    expectClosed(m_app->records().createFromAlert(m_february.id));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM onscene_record"_s), 0);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM alert"_s), 2);
    EXPECT_EQ(m_app->alerts().alert(m_february.id)->summary, m_february.summary);
    // the open month is still open
    Alert marchEdit = march.value();
    marchEdit.summary = u"三月"_s;
    SD_ASSERT_OK(m_app->alerts().updateAlert(marchEdit));
}

TEST_P(MonthCloseServiceTest, AMediationCaseOpenedInAClosedMonthIsRefused) {
    MediationCase draft;
    draft.source = MediationSource::WalkIn;
    draft.disputeType = DisputeType::Neighbour;
    draft.facts = u"邻里纠纷"_s;
    draft.openedAt = shanghai(2, 5);
    draft.mediatorIds = {m_officerId};
    MediationParty party;
    party.role = PartyRole::Applicant;
    party.name = u"李秀兰"_s;
    draft.parties << party;
    auto opened = m_app->mediation().createCase(draft);
    SD_ASSERT_OK(opened);
    SD_ASSERT_OK(close().close(u"2026-02"_s, u"月结"_s));
    MediationCase edited = opened.value();
    edited.facts = u"改过"_s;
    expectClosed(m_app->mediation().updateCase(edited));
    expectClosed(m_app->mediation().createCase(draft));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM mediation_case"_s), 1);
}

TEST_P(MonthCloseServiceTest, AnImportTouchingAClosedMonthStoresNothing) {
    SD_ASSERT_OK(close().close(u"2026-02"_s, u"月结"_s));
    const qint64 before = count(u"SELECT COUNT(*) FROM alert"_s);
    // a new row in the closed month, among rows of an open one
    auto report =
        m_app->alertImporter().importFile(writeCsv(csvRow({}, u"2026-03-01T10:00:00+08:00"_s) +
                                                   csvRow({}, u"2026-02-10T10:00:00+08:00"_s)),
                                          AlertImportOptions{});
    SD_ASSERT_OK(report);
    EXPECT_FALSE(report->committed);
    EXPECT_TRUE(report->problems.report().contains(u"2026-02 is closed"_s))
        << report->problems.report().toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM alert"_s), before);
    // --update of the closed month's alert, even to a date outside it
    AlertImportOptions update;
    update.update = true;
    report = m_app->alertImporter().importFile(
        writeCsv(csvRow({}, u"2026-03-01T10:00:00+08:00"_s) +
                 csvRow(m_february.number, u"2026-03-02T10:00:00+08:00"_s)),
        update);
    SD_ASSERT_OK(report);
    EXPECT_FALSE(report->committed);
    EXPECT_TRUE(report->problems.report().contains(u"2026-02 is closed"_s))
        << report->problems.report().toStdString();
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM alert"_s), before);
    EXPECT_EQ(m_app->alerts().alert(m_february.id)->receivedAt, m_february.receivedAt);
    // the bulk writer itself refuses, whoever drives it
    SD_ASSERT_OK(inTransaction(m_app->database(), [&]() -> Status {
        AlertBulkWriter writer(m_app->database(), kFixedNowMs, u"test"_s);
        SD_RETURN_IF_ERROR(writer.begin());
        Alert bulk = alert(shanghai(2, 11));
        bulk.number = u"JQ-2026-000900"_s;
        auto inserted = writer.insert(bulk);
        EXPECT_FALSE(inserted.ok());
        EXPECT_FALSE(writer.update(m_february).ok());
        return writer.finish();
    }));
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM alert"_s), before);
}

TEST_P(MonthCloseServiceTest, ReopeningOrAnAmendmentLetsAnEditThrough) {
    SD_ASSERT_OK(close().close(u"2026-02"_s, u"月结"_s));
    auto noMonth = close().amend(u"2026-02"_s, u"JQ-2026-999999"_s, u"更正"_s);
    ASSERT_FALSE(noMonth.ok());
    EXPECT_EQ(noMonth.error().field, u"ref"_s);
    auto amended = close().amend(u"2026-02"_s, m_february.number, u"更正地址"_s);
    SD_ASSERT_OK(amended);
    Alert edited = m_february;
    edited.location = u"云溪路14号"_s;
    auto stored = m_app->alerts().updateAlert(edited);
    SD_ASSERT_OK(stored);
    auto revisions = close().revisionsShownIn(u"2026-03"_s);
    SD_ASSERT_OK(revisions);
    ASSERT_EQ(revisions->size(), 1);
    EXPECT_EQ(revisions->first().ref, m_february.number);
    EXPECT_EQ(revisions->first().reason, u"更正地址"_s);
    // the amendment names one item: another of the month stays refused
    EXPECT_FALSE(m_app->alerts().addAlert(alert(shanghai(2, 3))).ok());

    auto reopenedWithout = close().reopen(u"2026-02"_s, QString());
    ASSERT_FALSE(reopenedWithout.ok());
    auto reopened = close().reopen(u"2026-02"_s, u"补录警情"_s);
    SD_ASSERT_OK(reopened);
    EXPECT_EQ(reopened->status, u"reopened"_s);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'month.reopen'"_s), 1);
    SD_ASSERT_OK(m_app->alerts().addAlert(alert(shanghai(2, 3))));
    // closed again, with the new figures
    auto again = close().close(u"2026-02"_s, u"重新结账"_s);
    SD_ASSERT_OK(again);
    EXPECT_EQ(MonthFigures::fromCanonical(again->figuresJson)->alerts, 2);
}

TEST_P(MonthCloseServiceTest, VerifyNamesAMonthWhoseFiguresWereChanged) {
    SD_ASSERT_OK(close().close(u"2026-02"_s, u"月结"_s));
    auto tampered = runSql(m_app->database().connection(),
                           u"UPDATE month_close SET figures = replace(figures, '\"alerts\":1', "
                           u"'\"alerts\":7')"_s);
    SD_ASSERT_OK(tampered);
    auto problems = close().verifyAll();
    SD_ASSERT_OK(problems);
    ASSERT_EQ(problems->size(), 1);
    EXPECT_EQ(problems->first().number, u"2026-02"_s);
}

SD_INSTANTIATE_ENGINES(MonthCloseServiceTest);
