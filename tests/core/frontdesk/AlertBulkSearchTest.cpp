#include "EngineTest.h"
#include "core/kernel/storage/Sql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

// The import's bulk path (on SQLite the full-text index is written once at the end instead
// of by a trigger per row) and the search's window path (a page taken from the first rows in
// list order, checked against the index) must give exactly what the plain paths give.
namespace {
constexpr qint64 kMinute = 60 * 1000;

struct Row {
    QString number;
    qint64 receivedAt = 0;
    QString summary;
};
} // namespace

class AlertBulkSearchTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (!IsSkipped() && !HasFatalFailure()) {
            m_app = openApp();
            ASSERT_TRUE(m_app);
            ASSERT_TRUE(m_dir.isValid());
        }
    }

    QString csv(const QList<Row> &rows) {
        const QString path = m_dir.filePath(u"alerts-%1.csv"_s.arg(++m_files));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray text = "number,received_at,source,category,preventable,area,location,"
                          "caller_name,caller_phone,summary,status\n";
        const QTimeZone beijing = QTimeZone(8 * 3600);
        for (const Row &row : rows) {
            text +=
                (row.number + u',' +
                 QDateTime::fromMSecsSinceEpoch(row.receivedAt, beijing).toString(Qt::ISODate) +
                 u",phone,dispute,0,,云溪路12号,李秀兰,13812345678,"_s + row.summary + u",open\n"_s)
                    .toUtf8();
        }
        file.write(text);
        return path;
    }

    AlertImportReport import(const QString &path, bool update = false) {
        AlertImportOptions options;
        options.update = update;
        auto report = m_app->alertImporter().importFile(path, options);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        return report.ok() ? report.value() : AlertImportReport();
    }

    QStringList summariesFound(const QString &text) {
        AlertFilter filter;
        filter.text = text;
        auto page = m_app->alerts().page(filter, {});
        EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
        QStringList summaries;
        for (const Alert &a : page.value()) {
            summaries << a.summary;
        }
        summaries.sort();
        return summaries;
    }

    // Every page of a search, following the keyset as the list does.
    QStringList allPages(const AlertFilter &filter, AlertPageRequest request) {
        QStringList numbers;
        for (;;) {
            auto page = m_app->alerts().page(filter, request);
            EXPECT_TRUE(page.ok()) << page.error().message.toStdString();
            if (!page.ok() || page->isEmpty()) {
                return numbers;
            }
            for (const Alert &a : page.value()) {
                numbers << a.number;
            }
            request.afterReceivedAt = page->last().receivedAt;
            request.afterId = page->last().id;
            request.afterNumber = page->last().number;
        }
    }

    void expectSearchIndexWhole() {
        if (engine() != Engine::Sqlite) {
            return;
        }
        auto checked =
            runSql(m_app->database().connection(),
                   u"INSERT INTO alert_fts (alert_fts) VALUES ('integrity-check')"_s, {});
        EXPECT_TRUE(checked.ok()) << checked.error().message.toStdString();
        EXPECT_EQ(scalarSql(m_app->database().connection(),
                            u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND "
                            u"name = 'alert_fts_insert'"_s,
                            {})
                      ->toLongLong(),
                  1);
        // The bulk write's pause of FTS5's segment merging is over.
        EXPECT_NE(scalarSql(m_app->database().connection(),
                            u"SELECT COALESCE(MAX(v), 4) FROM alert_fts_config WHERE "
                            u"k = 'automerge'"_s,
                            {})
                      ->toLongLong(),
                  0);
    }

    std::unique_ptr<Application> m_app;
    QTemporaryDir m_dir;
    int m_files = 0;
};

TEST_P(AlertBulkSearchTest, ImportedAlertsAreFoundLikeTypedOnes) {
    Alert typed;
    typed.receivedAt = kFixedNowMs - 90 * kMinute;
    typed.source = AlertSource::Phone;
    typed.category = AlertCategory::Dispute;
    typed.summary = u"邻里噪音纠纷"_s;
    SD_ASSERT_OK(m_app->alerts().addAlert(typed));

    // Inserted, then updated by a second import (a number twice in one file is refused).
    const AlertImportReport report =
        import(csv({{u"JQ-2026-900001"_s, kFixedNowMs - 80 * kMinute, u"电动车被盗，车主报警"_s},
                    {QString(), kFixedNowMs - 70 * kMinute, u"井盖丢失，行人绊倒"_s}}));
    EXPECT_EQ(report.inserted, 2);
    EXPECT_TRUE(report.committed);
    const AlertImportReport update =
        import(csv({{u"JQ-2026-900001"_s, kFixedNowMs - 80 * kMinute, u"电动车已找回"_s}}), true);
    EXPECT_EQ(update.updated, 1);
    EXPECT_TRUE(update.committed);

    EXPECT_EQ(summariesFound(u"动车"_s), QStringList{u"电动车已找回"_s});
    EXPECT_TRUE(summariesFound(u"被盗"_s).isEmpty()) << "the replaced text is not indexed";
    EXPECT_EQ(summariesFound(u"井盖"_s), QStringList{u"井盖丢失，行人绊倒"_s});
    EXPECT_EQ(summariesFound(u"纠纷"_s), QStringList{u"邻里噪音纠纷"_s});
    expectSearchIndexWhole();

    // Typed alerts are indexed again once the import is over.
    typed.summary = u"自行车被盗"_s;
    SD_ASSERT_OK(m_app->alerts().addAlert(typed));
    EXPECT_EQ(summariesFound(u"被盗"_s), QStringList{u"自行车被盗"_s});

    // A refused file leaves neither rows nor a changed schema behind.
    AlertImportOptions options;
    auto refused = m_app->alertImporter().importFile(
        csv({{QString(), kFixedNowMs - 60 * kMinute, u"摩托车被盗"_s},
             {u"JQ-2026-900001"_s, kFixedNowMs - 60 * kMinute, u"重复"_s}}),
        options);
    SD_ASSERT_OK(refused);
    EXPECT_FALSE(refused->committed);
    EXPECT_TRUE(summariesFound(u"摩托"_s).isEmpty());
    expectSearchIndexWhole();
    EXPECT_EQ(*m_app->alerts().count({}), 4);
}

TEST_P(AlertBulkSearchTest, SearchPagesFollowTheListOrderWhereverTheMatchesAre) {
    // Stored in file order, received mostly in that order, except that every 700th row was
    // received last: the newest rows then sit far apart in the index.
    QList<Row> rows;
    const qint64 base = kFixedNowMs - 30LL * 24 * 60 * kMinute;
    for (int i = 0; i < 6500; ++i) {
        Row row;
        row.number = u"JQ-2026-%1"_s.arg(i + 1, 6, 10, QChar(u'0'));
        row.receivedAt = base + (i % 700 == 0 ? 10000 + i : i / 2) * kMinute;
        row.summary = i % 97 == 0 ? u"井盖缺失"_s : i % 3 == 0 ? u"邻里纠纷调解"_s : u"老人求助"_s;
        rows << row;
    }
    ASSERT_EQ(import(csv(rows)).inserted, 6500);
    expectSearchIndexWhole();

    struct Case {
        QString text;
        std::optional<qint64> from;
    };
    for (const Case &search : {Case{u"纠纷"_s, {}}, Case{u"井盖"_s, {}},
                               Case{u"纠纷"_s, base + 1000 * kMinute}, Case{u"老人"_s, {}}}) {
        QList<int> matching;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows[i].summary.contains(search.text) &&
                (!search.from || rows[i].receivedAt >= *search.from)) {
                matching << i;
            }
        }
        AlertFilter filter;
        filter.text = search.text;
        filter.from = search.from;
        for (const AlertSort sort : {AlertSort::ReceivedAt, AlertSort::Number}) {
            for (const bool descending : {true, false}) {
                QList<int> expected = matching;
                std::sort(expected.begin(), expected.end(), [&](int a, int b) {
                    // Numbers and ids both follow file order here.
                    const auto key = [&](int i) {
                        return sort == AlertSort::Number ? std::pair<qint64, int>(0, i)
                                                         : std::pair(rows[i].receivedAt, i);
                    };
                    return descending ? key(b) < key(a) : key(a) < key(b);
                });
                QStringList expectedNumbers;
                for (const int i : expected) {
                    expectedNumbers << rows[i].number;
                }
                AlertPageRequest request;
                request.sort = sort;
                request.descending = descending;
                EXPECT_EQ(allPages(filter, request), expectedNumbers)
                    << search.text.toStdString() << " sort " << int(sort) << " descending "
                    << descending;
            }
        }
        EXPECT_EQ(*m_app->alerts().count(filter), matching.size());
        EXPECT_EQ(*m_app->alerts().count(filter, 100), std::min<qint64>(100, matching.size()));
        EXPECT_EQ(*m_app->alerts().count(filter, 100000), matching.size());
    }
}

TEST_P(AlertBulkSearchTest, CountsOnlyThisStationsMatches) {
    const AlertImportReport report =
        import(csv({{QString(), kFixedNowMs - 80 * kMinute, u"电动车被盗"_s},
                    {QString(), kFixedNowMs - 70 * kMinute, u"电动车充电起火"_s},
                    {QString(), kFixedNowMs - 60 * kMinute, u"井盖丢失"_s}}));
    ASSERT_EQ(report.inserted, 3);
    AlertFilter filter;
    filter.text = u"电动车"_s;
    EXPECT_EQ(*m_app->alerts().count(filter), 2);
    EXPECT_EQ(*m_app->alerts().count(filter, 1), 1);

    // A database that does hold a second station's alerts (a shared server, or a file
    // edited by hand): its matches are not this station's.
    const auto connection = m_app->database().connection();
    auto other = scalarSql(connection,
                           u"INSERT INTO station (code, name, created_at) VALUES "
                           u"('other', 'Other', 0) RETURNING id"_s,
                           {});
    SD_ASSERT_OK(other);
    SD_ASSERT_OK(runSql(connection,
                        u"UPDATE alert SET station_id = ? WHERE summary = '电动车被盗'"_s,
                        {other->toLongLong()}));
    EXPECT_EQ(*m_app->alerts().count(filter), 1);
    EXPECT_EQ(*m_app->alerts().count(filter, 10), 1);
    filter.text = u"井盖"_s;
    EXPECT_EQ(*m_app->alerts().count(filter), 1);
}

SD_INSTANTIATE_ENGINES(AlertBulkSearchTest);
