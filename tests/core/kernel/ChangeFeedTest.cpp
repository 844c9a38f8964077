#include "core/kernel/storage/ChangeFeed.h"

#include "EngineTest.h"
#include "core/kernel/storage/Transaction.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

namespace {

Alert sampleAlert(const QString &summary) {
    Alert alert;
    alert.receivedAt = kFixedNowMs - 3600 * 1000;
    alert.source = AlertSource::Phone;
    alert.category = AlertCategory::Dispute;
    alert.summary = summary;
    alert.location = u"1 Harbour Road"_s;
    alert.callerName = u"Li Lei"_s;
    alert.callerPhone = u"13800138000"_s;
    return alert;
}

// Every change of every announcement the spy saw, in order.
QList<Change> changesIn(const QSignalSpy &spy) {
    QList<Change> all;
    for (const QList<QVariant> &arguments : spy) {
        all += arguments.at(0).value<QList<Change>>();
    }
    return all;
}

bool waitFor(const std::function<bool()> &done, int ms) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return done();
}

} // namespace

class ChangeFeedTest : public EngineTest {};

TEST_P(ChangeFeedTest, ACommitAnnouncesWhatItsAuditRowNames) {
    auto app = openApp();
    ASSERT_TRUE(app);
    QSignalSpy spy(&app->database().changes(), &ChangeFeed::changed);
    auto stored = app->alerts().addAlert(sampleAlert(u"Noise"_s));
    SD_ASSERT_OK(stored);
    ASSERT_EQ(spy.count(), 1) << "one announcement for one commit";
    const QList<Change> changes = changesIn(spy);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).kind, u"alert"_s);
    EXPECT_EQ(changes.at(0).id, stored->number);
    EXPECT_TRUE(changes.at(0).local);
}

TEST_P(ChangeFeedTest, ARollbackAnnouncesNothing) {
    auto app = openApp();
    ASSERT_TRUE(app);
    QSignalSpy spy(&app->database().changes(), &ChangeFeed::changed);
    Status failed = inTransaction(app->database(), [&]() -> Status {
        SD_RETURN_IF_ERROR(
            app->audit().append({u"alert.update"_s, u"alert"_s, u"JQ-1"_s, u"success"_s, {}}));
        return Error::validation(u"summary"_s, u"refused"_s);
    });
    ASSERT_FALSE(failed.ok());
    {
        Transaction abandoned(app->database());
        SD_ASSERT_OK(abandoned.begun());
        SD_ASSERT_OK(
            app->audit().append({u"person.update"_s, u"person"_s, u"000001"_s, u"success"_s, {}}));
    } // destroyed without commit
    QCoreApplication::processEvents();
    EXPECT_EQ(spy.count(), 0);
    // Nothing of the rolled-back work leaks into the next commit either.
    SD_ASSERT_OK(app->alerts().addAlert(sampleAlert(u"After"_s)));
    const QList<Change> changes = changesIn(spy);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).kind, u"alert"_s);
}

TEST_P(ChangeFeedTest, OneTransactionOfSeveralChangesIsOneAnnouncement) {
    auto app = openApp();
    ASSERT_TRUE(app);
    QSignalSpy spy(&app->database().changes(), &ChangeFeed::changed);
    Status written = inTransaction(app->database(), [&]() -> Status {
        SD_RETURN_IF_ERROR(
            app->audit().append({u"alert.update"_s, u"alert"_s, u"JQ-1"_s, u"success"_s, {}}));
        SD_RETURN_IF_ERROR(app->audit().append(
            {u"mediation.update"_s, u"mediation"_s, u"TJ-7"_s, u"success"_s, {}}));
        // The same record twice is announced once.
        return app->audit().append({u"alert.update"_s, u"alert"_s, u"JQ-1"_s, u"success"_s, {}});
    });
    SD_ASSERT_OK(written);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(changesIn(spy),
              (QList<Change>{{u"alert"_s, u"JQ-1"_s, true}, {u"mediation"_s, u"TJ-7"_s, true}}));
}

TEST_P(ChangeFeedTest, AnAuditOnlyEventAnnouncesTheAuditLogNotItsObject) {
    auto app = openApp();
    ASSERT_TRUE(app);
    QSignalSpy spy(&app->database().changes(), &ChangeFeed::changed);
    SD_ASSERT_OK(
        app->audit().record({u"onscene.print"_s, u"onscene"_s, u"XC-1"_s, u"success"_s, {}}));
    const QList<Change> changes = changesIn(spy);
    ASSERT_EQ(changes.size(), 1);
    EXPECT_EQ(changes.at(0).kind, u"audit"_s);
}

TEST_P(ChangeFeedTest, AnotherDesksCommitReachesThisDesk) {
    auto deskA = openApp();
    auto deskB = openApp();
    ASSERT_TRUE(deskA && deskB);
    if (engine() != Engine::Postgres) {
        // A SQLite file has no other desks to hear from: listening is a no-op, not an error.
        SD_ASSERT_OK(deskB->database().listenForOtherDesks());
        EXPECT_FALSE(deskB->database().changes().isListening());
        return;
    }
    SD_ASSERT_OK(deskA->database().listenForOtherDesks());
    SD_ASSERT_OK(deskB->database().listenForOtherDesks());
    QSignalSpy atA(&deskA->database().changes(), &ChangeFeed::changed);
    QSignalSpy atB(&deskB->database().changes(), &ChangeFeed::changed);
    auto stored = deskA->alerts().addAlert(sampleAlert(u"Filed at desk A"_s));
    SD_ASSERT_OK(stored);
    ASSERT_TRUE(waitFor([&] { return !changesIn(atB).isEmpty(); }, 2000))
        << "desk B heard nothing of desk A's alert within 2 s";
    const QList<Change> heard = changesIn(atB);
    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard.at(0).kind, u"alert"_s);
    EXPECT_EQ(heard.at(0).id, stored->number);
    EXPECT_FALSE(heard.at(0).local);
    // Desk A announced its own commit once, and ignores the notification it sent.
    waitFor([] { return false; }, 300);
    ASSERT_EQ(changesIn(atA).size(), 1);
    EXPECT_TRUE(changesIn(atA).at(0).local);
}

SD_INSTANTIATE_ENGINES(ChangeFeedTest);

TEST(ChangeFeedPayload, RoundTripsAndSplitsLargeCommits) {
    ChangePayload payload{u"desk-1"_s, 3, {}};
    for (int i = 0; i < 600; ++i) {
        payload.changes.append({u"alert"_s, u"JQ-2026-%1"_s.arg(i, 6, 10, QChar(u'0')), false});
    }
    const QStringList texts = ChangeFeed::encode(payload);
    ASSERT_GT(texts.size(), 1);
    QList<Change> back;
    for (const QString &text : texts) {
        EXPECT_LT(text.toUtf8().size(), ChangeFeed::kMaxPayloadBytes + 1);
        auto decoded = ChangeFeed::decode(text);
        ASSERT_TRUE(decoded);
        EXPECT_EQ(decoded->desk, u"desk-1"_s);
        EXPECT_EQ(decoded->stationId, 3);
        back += decoded->changes;
    }
    EXPECT_EQ(back, payload.changes);
}

TEST(ChangeFeedPayload, RefusesMalformedPayloads) {
    const QStringList bad{
        u""_s,
        u"alert:42"_s,
        u"[]"_s,
        u"{\"v\":2,\"desk\":\"d\",\"station\":\"1\",\"changes\":[[\"alert\",\"1\"]]}"_s,
        u"{\"v\":1,\"desk\":\"\",\"station\":\"1\",\"changes\":[[\"alert\",\"1\"]]}"_s,
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"x\",\"changes\":[[\"alert\",\"1\"]]}"_s,
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"1\",\"changes\":[]}"_s,
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"1\",\"changes\":[[\"Alert!\",\"1\"]]}"_s,
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"1\",\"changes\":[[\"alert\",1]]}"_s,
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"1\",\"changes\":[[\"alert\"]]}"_s,
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"1\",\"changes\":[[\"alert\",\"1\"]],\"x\":0}"_s,
    };
    for (const QString &text : bad) {
        EXPECT_FALSE(ChangeFeed::decode(text)) << text.toStdString();
    }
    EXPECT_TRUE(ChangeFeed::decode(
        u"{\"v\":1,\"desk\":\"d\",\"station\":\"1\",\"changes\":[[\"alert\",\"1\"]]}"_s));
}
