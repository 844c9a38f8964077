// The audit chain verifies while other desks write (issue 13, item 6): the rows and the
// head are read in one snapshot, so a row appended meanwhile is never taken for rows cut
// off the end.
#include "EngineTest.h"
#include "core/demo/AuditSeeder.h"

#include <atomic>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;

namespace {

// Another desk appending audit rows as fast as it can, on its own connection and thread,
// until stopped.
class AuditWriter {
public:
    explicit AuditWriter(const DatabaseUrl &url) {
        std::promise<QString> started;
        std::future<QString> startedResult = started.get_future();
        m_thread = std::thread(
            [this, url, promise = std::move(started)]() mutable { write(url, promise); });
        m_startError = startedResult.get();
    }
    ~AuditWriter() { stop(); }
    AuditWriter(const AuditWriter &) = delete;
    AuditWriter &operator=(const AuditWriter &) = delete;

    const QString &startError() const { return m_startError; }
    qint64 written() const { return m_written.load(); }
    // The first failed append, if any (empty when every one succeeded).
    QString stop() {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        return m_failure;
    }

private:
    void write(const DatabaseUrl &url, std::promise<QString> &started) {
        auto app = Application::open(url, Application::OpenMode::ExistingOnly);
        if (!app) {
            started.set_value(app.error().message);
            return;
        }
        bool first = true;
        while (!m_stop) {
            const Status appended = app.value()->audit().record(
                {u"test.append"_s, u"test"_s, QString::number(m_written), u"success"_s, {}});
            if (!appended) {
                m_failure = appended.error().message;
                break;
            }
            ++m_written;
            if (first) {
                started.set_value(QString());
                first = false;
            }
        }
        if (first) {
            started.set_value(m_failure);
        }
    }

    std::thread m_thread;
    QString m_startError;
    QString m_failure;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_written{0};
};

} // namespace

class AuditSnapshotTest : public EngineTest {};

TEST_P(AuditSnapshotTest, VerifyingWhileAnotherDeskAppendsRaisesNoFalseAlarm) {
    auto app = openApp();
    ASSERT_TRUE(app);
    // A few thousand rows, so each verify reads long enough for the writer to commit meanwhile.
    auto seeded = AuditSeeder(app->database(), app->session()).seed(3000, 7, sd::test::kFixedNowMs);
    ASSERT_TRUE(seeded.ok()) << seeded.error().message.toStdString();
    auto knownHead = app->audit().head();
    ASSERT_TRUE(knownHead.ok()) << knownHead.error().message.toStdString();

    AuditWriter otherDesk(testDatabase().url());
    ASSERT_TRUE(otherDesk.startError().isEmpty()) << otherDesk.startError().toStdString();
    const qint64 writtenBefore = otherDesk.written();
    constexpr int kVerifies = 20;
    int falseAlarms = 0;
    QStringList problems;
    for (int i = 0; i < kVerifies; ++i) {
        // Every other verify also proves the head written down before the writer started.
        auto verified =
            app->audit().verify(i % 2 == 0 ? std::optional<AuditHead>(*knownHead) : std::nullopt);
        ASSERT_TRUE(verified.ok()) << verified.error().message.toStdString();
        if (!verified->intact) {
            ++falseAlarms;
            problems << verified->problem;
        }
    }
    const qint64 writtenDuring = otherDesk.written() - writtenBefore;
    const QString writerFailure = otherDesk.stop();
    std::printf("[audit snapshot] %s: %d verifies while %lld rows were appended, %d false "
                "alarm(s)\n",
                qPrintable(sd::test::engineName(engine())), kVerifies,
                static_cast<long long>(writtenDuring), falseAlarms);
    EXPECT_TRUE(writerFailure.isEmpty()) << writerFailure.toStdString();
    EXPECT_GT(writtenDuring, 0); // the verifies did run while the other desk wrote
    EXPECT_EQ(falseAlarms, 0) << problems.join(u"\n"_s).toStdString();

    // Still a real check once the writer is done: everything it wrote verifies.
    auto final = app->audit().verify(*knownHead);
    ASSERT_TRUE(final.ok()) << final.error().message.toStdString();
    EXPECT_TRUE(final->intact) << final->problem.toStdString();
    EXPECT_EQ(final->rowsChecked, knownHead->seq + otherDesk.written());
}

SD_INSTANTIATE_ENGINES(AuditSnapshotTest);
