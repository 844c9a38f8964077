#include "CommunityAreas.h"
#include "EngineTest.h"
#include "core/frontdesk/AlertTallyRepository.h"
#include "core/kernel/storage/Sql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sd;
using sd::test::EngineTest;
using sd::test::kFixedNowMs;

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// The test station is in Asia/Shanghai, UTC+8 all year since 1991: the check below can
// then find an alert's local day and hour with integer arithmetic in SQL.
constexpr qint64 kShanghaiMs = 8 * kHourMs;

using Counts = QMap<QString, qint64>;

Counts rowsOf(QSqlQuery query) {
    Counts counts;
    while (query.next()) {
        QStringList key;
        const int columns = query.record().count() - 1;
        for (int i = 0; i < columns; ++i) {
            key << query.value(i).toString();
        }
        counts[key.join(u'|')] += query.value(columns).toLongLong();
    }
    return counts;
}

// Julian day numbers of local days, as yyyymmdd.
QString dayText(const QString &julian) {
    return QDate::fromJulianDay(julian.toLongLong()).toString(u"yyyyMMdd"_s);
}
} // namespace

// The kept counts against a GROUP BY over the alerts, after every batch of mixed writes:
// single adds and edits (time, category, flag, area and status changes) and imports that
// add and update. The expected side is computed by the database, not by the code under test.
class AlertTallyTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        m_app = openApp();
        ASSERT_TRUE(m_app);
        ASSERT_EQ(m_app->station().timeZone, u"Asia/Shanghai"_s);
        m_areas = test::addOfficeWithAreas(*m_app, {u"云溪"_s, u"白云"_s, u"阿明里"_s});
        ASSERT_EQ(m_areas.size(), 3);
    }

    QSqlDatabase db() const { return m_app->database().connection(); }

    // The kept counts of a crossing, summed to the given columns.
    Counts kept(const QString &crossing, const QString &columns) const {
        auto query = runSql(db(),
                            u"SELECT %1, SUM(n) FROM alert_tally WHERE crossing = ? "
                            u"GROUP BY %1 HAVING SUM(n) <> 0"_s.arg(columns),
                            {crossing});
        EXPECT_TRUE(query.ok());
        return query.ok() ? rowsOf(std::move(query.value())) : Counts{};
    }
    // The same from the alerts; day and hour as expressions over received_at.
    Counts counted(const QString &columns) const {
        QString select = columns;
        // 2440588 is the Julian day of 1970-01-01.
        select
            .replace(u"day"_s,
                     u"((received_at + %1) / %2 + 2440588)"_s.arg(kShanghaiMs).arg(kDayMs))
            .replace(u"hour"_s, u"(((received_at + %1) / %2) % 24)"_s.arg(kShanghaiMs).arg(kHourMs))
            .replace(u"key_area"_s, u"COALESCE(CAST(area_id AS TEXT), '')"_s);
        auto query = runSql(db(), u"SELECT %1, COUNT(*) FROM alert GROUP BY %1"_s.arg(select));
        EXPECT_TRUE(query.ok()) << (query.ok() ? "" : query.error().message.toStdString());
        return query.ok() ? rowsOf(std::move(query.value())) : Counts{};
    }

    void expectCountsMatchTheAlerts(int batch) {
        // Day, category, flag: the crossing every figure by time starts from.
        Counts byDay = counted(u"day, category, preventable"_s);
        Counts fromAlerts;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            QStringList key = it.key().split(u'|');
            key[0] = dayText(key[0]);
            fromAlerts[key.join(u'|')] = it.value();
        }
        EXPECT_EQ(kept(u""_s, u"day, category, preventable"_s), fromAlerts) << "batch " << batch;
        EXPECT_EQ(kept(u"area+status"_s, u"key1, key2"_s), counted(u"key_area, status"_s))
            << "batch " << batch;
        Counts byHour = counted(u"hour, category"_s);
        Counts hours;
        for (auto it = byHour.cbegin(); it != byHour.cend(); ++it) {
            QStringList key = it.key().split(u'|');
            key[0] = key[0].rightJustified(2, u'0');
            hours[key.join(u'|')] = it.value();
        }
        EXPECT_EQ(kept(u"hour"_s, u"key1, category"_s), hours) << "batch " << batch;
        EXPECT_EQ(kept(u"source+hour"_s, u"key1"_s), counted(u"source"_s)) << "batch " << batch;
        auto mismatches = AlertTallyRepository(m_app->database()).verify();
        ASSERT_TRUE(mismatches.ok());
        EXPECT_EQ(mismatches->join(u'\n').toStdString(), "") << "batch " << batch;
    }

    Alert randomAlert() {
        Alert alert;
        // Over two years, so local days and years turn at 16:00 UTC.
        alert.receivedAt = kFixedNowMs - qint64(m_random.bounded(730 * 24)) * kHourMs -
                           m_random.bounded(int(kHourMs));
        alert.source = allAlertSources()[m_random.bounded(int(allAlertSources().size()))];
        alert.category = allAlertCategories()[m_random.bounded(int(allAlertCategories().size()))];
        alert.preventable = m_random.bounded(2) == 1;
        const int area = m_random.bounded(int(m_areas.size()) + 1);
        if (area < m_areas.size()) {
            alert.areaId = m_areas[area].id;
        }
        alert.summary = u"邻里纠纷 %1"_s.arg(m_random.bounded(100000));
        return alert;
    }

    void editAtRandom(Alert alert) {
        switch (m_random.bounded(5)) {
        case 0:
            alert.receivedAt -= qint64(m_random.bounded(48)) * kHourMs;
            break;
        case 1:
            alert.category =
                allAlertCategories()[m_random.bounded(int(allAlertCategories().size()))];
            break;
        case 2:
            alert.preventable = !alert.preventable;
            break;
        case 3:
            alert.areaId = alert.areaId ? std::nullopt : std::optional<qint64>(m_areas[0].id);
            break;
        default:
            alert.status = nextStatus(alert.status);
        }
        auto edited = m_app->alerts().updateAlert(alert);
        ASSERT_TRUE(edited.ok()) << edited.error().message.toStdString();
    }

    AlertStatus nextStatus(AlertStatus status) {
        switch (status) {
        case AlertStatus::Open:
            return AlertStatus::OnScene;
        case AlertStatus::OnScene:
            return m_random.bounded(2) ? AlertStatus::ResolvedOnScene
                                       : AlertStatus::ReferredToMediation;
        default:
            return AlertStatus::Closed;
        }
    }

    // A file of new alerts and updates of alerts already stored.
    void importAtRandom(int rows) {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString path = dir.filePath(u"alerts.csv"_s);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("number,received_at,source,category,preventable,area,location,caller_name,"
                   "caller_phone,summary,status\n");
        const auto line = [&](const QString &number, const Alert &alert) {
            const QString area = alert.areaId ? m_areas[0].name : QString();
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(alert.receivedAt, QTimeZone(8 * 3600));
            file.write(u"%1,%2,%3,%4,%5,%6,,,,%7,%8\n"_s
                           .arg(number, at.toString(Qt::ISODate), toKey(alert.source),
                                toKey(alert.category), alert.preventable ? u"1"_s : u"0"_s, area,
                                alert.summary, toKey(alert.status))
                           .toUtf8());
        };
        for (int i = 0; i < rows; ++i) {
            line({}, randomAlert());
        }
        QSet<qint64> updated;
        for (int i = 0; i < 3 && !m_stored.isEmpty(); ++i) {
            const qint64 id = m_stored[m_random.bounded(int(m_stored.size()))];
            if (updated.contains(id)) {
                continue; // a number twice in one file is refused
            }
            updated.insert(id);
            auto stored = m_app->alerts().alert(id);
            ASSERT_TRUE(stored.ok());
            Alert changed = randomAlert();
            changed.status = stored->status;
            line(stored->number, changed);
        }
        file.close();
        AlertImportOptions options;
        options.update = true;
        auto report = m_app->alertImporter().importFile(path, options);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        ASSERT_TRUE(report->committed) << report->problems.report().toStdString();
    }

    std::unique_ptr<Application> m_app;
    QList<CommunityArea> m_areas;
    QList<qint64> m_stored;
    QRandomGenerator m_random{20261207};
};

TEST_P(AlertTallyTest, KeptCountsEqualAGroupByOverTheAlertsAfterEveryBatchOfMixedWrites) {
    for (int batch = 0; batch < 12; ++batch) {
        for (int i = 0; i < 40; ++i) {
            auto added = m_app->alerts().addAlert(randomAlert());
            ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
            m_stored << added->id;
        }
        for (int i = 0; i < 40; ++i) {
            auto stored = m_app->alerts().alert(m_stored[m_random.bounded(int(m_stored.size()))]);
            ASSERT_TRUE(stored.ok());
            editAtRandom(stored.value());
            ASSERT_FALSE(HasFatalFailure());
        }
        importAtRandom(batch % 3 == 0 ? 150 : 20);
        ASSERT_FALSE(HasFatalFailure());
        expectCountsMatchTheAlerts(batch);
    }
}

TEST_P(AlertTallyTest, AStaleEditMovesNoCount) {
    auto added = m_app->alerts().addAlert(randomAlert());
    ASSERT_TRUE(added.ok());
    Alert first = added.value();
    first.category = AlertCategory::Criminal;
    ASSERT_TRUE(m_app->alerts().updateAlert(first).ok());
    Alert stale = added.value();
    stale.category = AlertCategory::Traffic;
    auto refused = m_app->alerts().updateAlert(stale);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    expectCountsMatchTheAlerts(0);
}

TEST_P(AlertTallyTest, VerifyNamesAKeptCountThatNoLongerMatches) {
    Alert alert = randomAlert();
    alert.receivedAt = kFixedNowMs; // 2026-03-15 18:00 in Shanghai
    alert.category = AlertCategory::Dispute;
    ASSERT_TRUE(m_app->alerts().addAlert(alert).ok());
    SD_ASSERT_OK(runSql(db(), u"UPDATE alert_tally SET n = n + 1 WHERE crossing = '' AND "
                              u"day = 20260315 AND category = 'dispute'"_s));
    auto mismatches = AlertTallyRepository(m_app->database()).verify();
    ASSERT_TRUE(mismatches.ok());
    ASSERT_EQ(mismatches->size(), 1);
    EXPECT_TRUE(mismatches->first().contains(u"|20260315|dispute|"_s))
        << mismatches->first().toStdString();
    EXPECT_TRUE(mismatches->first().contains(u"kept 2"_s)) << mismatches->first().toStdString();
}

// A database from before the counts: they are built from its alerts on opening.
TEST_P(AlertTallyTest, CountsMissingFromAnOlderDatabaseAreBuiltOnOpening) {
    for (int i = 0; i < 30; ++i) {
        ASSERT_TRUE(m_app->alerts().addAlert(randomAlert()).ok());
    }
    SD_ASSERT_OK(runSql(db(), u"DELETE FROM alert_tally"_s));
    SD_ASSERT_OK(runSql(db(), u"DELETE FROM alert_tally_state"_s));
    m_app.reset();
    m_app = openApp();
    ASSERT_TRUE(m_app);
    EXPECT_EQ(kept(u""_s, u"crossing"_s).value(u""_s), 30);
    expectCountsMatchTheAlerts(0);
}

SD_INSTANTIATE_ENGINES(AlertTallyTest);
